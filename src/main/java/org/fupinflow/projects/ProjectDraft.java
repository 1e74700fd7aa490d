package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A project as an official sends it to {@code /api/projects}, not yet checked. {@code fundLevel} (optional) is the
 * level of the funds it is for; a direct entry may not be for city-level funds, which need the city's re-review.
 */
@Schema(description = "区县直接入库的项目 / A project as the district enters it")
record ProjectDraft(
    @Schema(description = ApiTexts.DRAFT_DISTRICT, example = "daoli") String district,
    @Schema(description = ApiTexts.DRAFT_CODE, example = "230-0102-FPJ-0001") String code,
    @Schema(description = ApiTexts.DRAFT_NAME) String name,
    @Schema(description = ApiTexts.DRAFT_FUND_LINE, example = "扶贫特惠保险补助") String fundLine,
    @Schema(description = ApiTexts.DRAFT_PURPOSE) String purpose,
    @Schema(description = ApiTexts.DRAFT_BUDGET, example = "45800.00") BigDecimal budgetYuan,
    @Schema(description = ApiTexts.DRAFT_SPENDING_PLAN) Project.SpendingPlan spendingPlan,
    @Schema(description = ApiTexts.DRAFT_INDICATORS) List<Project.Indicator> indicators,
    @Schema(description = "资金级次（可选），不能为市级 / Fund level (optional), not 市级 / CITY") String fundLevel) {

  ProjectDraft(String district, String code, String name, String fundLine, String purpose, BigDecimal budgetYuan,
      Project.SpendingPlan spendingPlan, List<Project.Indicator> indicators) {
    this(district, code, name, fundLine, purpose, budgetYuan, spendingPlan, indicators, null);
  }
}
