package org.fupinflow.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A township's application as it is sent to {@code /api/projects/applications}, not yet checked: the goal table as
 * {@code /api/projects} takes it, plus the applying township ({@code township}, its code, e.g. {@code xinnong}; may be
 * left out by an officer of one township) and the level of the funds it asks for ({@code fundLevel}: CENTRAL, PROVINCE,
 * CITY, DISTRICT or 中央, 省级, 市级, 区级/县级).
 */
record ProjectApplicationDraft(String district, String code, String township, String name, String fundLine,
                               String fundLevel, String purpose, BigDecimal budgetYuan,
                               Project.SpendingPlan spendingPlan, List<Project.Indicator> indicators) {

  ProjectDraft project() {
    return new ProjectDraft(district, code, name, fundLine, purpose, budgetYuan, spendingPlan, indicators, fundLevel);
  }
}
