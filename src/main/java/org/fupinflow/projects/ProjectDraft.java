package org.fupinflow.projects;

import java.math.BigDecimal;
import java.util.List;

/** A project as an official sends it to {@code /api/projects}, not yet checked. */
record ProjectDraft(String district, String code, String name, String fundLine, String purpose, BigDecimal budgetYuan,
                    Project.SpendingPlan spendingPlan, List<Project.Indicator> indicators) {
}
