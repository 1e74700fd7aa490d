package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A township's application as it is sent to {@code /api/projects/applications}, not yet checked: the goal table as
 * {@code /api/projects} takes it, plus the applying township ({@code township}, its code, e.g. {@code xinnong}; may be
 * left out by an officer of one township) and the level of the funds it asks for ({@code fundLevel}: CENTRAL, PROVINCE,
 * CITY, DISTRICT or 中央, 省级, 市级, 区级/县级).
 */
@Schema(description = "乡镇的项目申报 / A township's project application")
record ProjectApplicationDraft(
    @Schema(description = ApiTexts.DRAFT_DISTRICT, example = "daoli") String district,
    @Schema(description = ApiTexts.DRAFT_CODE, example = "230-0102-FPJ-0001") String code,
    @Schema(description = "申报乡镇代码，只属一个乡镇的干部可省略 / The applying township's code; an "
        + "officer of one township may leave it out", example = "xinnong") String township,
    @Schema(description = ApiTexts.DRAFT_NAME) String name,
    @Schema(description = ApiTexts.DRAFT_FUND_LINE, example = "扶贫特惠保险补助") String fundLine,
    @Schema(description = "申请的资金级次，必填：CENTRAL/中央、PROVINCE/省级、CITY/市级、DISTRICT/区级（县级亦为区级）"
        + " / Fund level asked for, required: CENTRAL/中央, PROVINCE/省级, CITY/市级, DISTRICT/区级 (县级 is 区级)",
        example = "市级") String fundLevel,
    @Schema(description = ApiTexts.DRAFT_PURPOSE) String purpose,
    @Schema(description = ApiTexts.DRAFT_BUDGET, example = "45800.00") BigDecimal budgetYuan,
    @Schema(description = ApiTexts.DRAFT_SPENDING_PLAN) Project.SpendingPlan spendingPlan,
    @Schema(description = ApiTexts.DRAFT_INDICATORS) List<Project.Indicator> indicators) {

  ProjectDraft project() {
    return new ProjectDraft(district, code, name, fundLine, purpose, budgetYuan, spendingPlan, indicators, fundLevel);
  }
}
