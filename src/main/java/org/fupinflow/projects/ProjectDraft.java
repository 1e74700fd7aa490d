package org.fupinflow.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project as an official sends it to {@code /api/projects}, not yet checked. {@code fundLevel} (optional) is the
 * level of the funds it is for; a direct entry may not be for city-level funds, which need the city's re-review.
 */
record ProjectDraft(String district, String code, String name, String fundLine, String purpose, BigDecimal budgetYuan,
                    Project.SpendingPlan spendingPlan, List<Project.Indicator> indicators, String fundLevel) {

  ProjectDraft(String district, String code, String name, String fundLine, String purpose, BigDecimal budgetYuan,
      Project.SpendingPlan spendingPlan, List<Project.Indicator> indicators) {
    this(district, code, name, fundLine, purpose, budgetYuan, spendingPlan, indicators, null);
  }
}
