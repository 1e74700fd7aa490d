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
record ProjectApplicationDraft(@Schema(description = "区县代码（租户） / District code (tenant)", example = "daoli") String district, @Schema(description = "项目编码：3位数字-4位数字-3个字母-4位字母或数字（004） / Project code: 3 "
          + "digits, 4 digits, 3 letters, 4 letters or digits (seed 004)", example = "230-0102-FPJ-0001") String code,
    @Schema(description = "申报乡镇代码，只属一个乡镇的干部可省略 / The applying township's code; an "
          + "officer of one township may leave it out", example = "xinnong") String township,
    @Schema(description = "项目名称 / Project name") String name,
    @Schema(description = "资金名称：只能从该资金线拨付（专款专用） / Fund line: the only line it may "
          + "be paid from (earmarked)", example = "扶贫特惠保险补助") String fundLine,
    @Schema(description = "申请的资金级次，必填：CENTRAL/中央、PROVINCE/省级、CITY/市级、DISTRICT/区级（县级亦为区级）"
          + " / Fund level asked for, required: CENTRAL/中央, PROVINCE/省级, CITY/市级, DISTRICT/区级 (县级 is 区级)", example = "市级") String fundLevel,
    @Schema(description = "用途，不得为负面清单（工作经费、宣传费、交通通讯费、交通费、通讯费） / Purpose"
          + ", not on the negative list (工作经费, 宣传费, 交通通讯费, 交通费, 通讯费)") String purpose,
    @Schema(description = "预算，元，大于0，最多两位小数（以分保存） / Budget in yuan, above 0, at "
          + "most two decimals (kept in fen)", example = "45800.00") BigDecimal budgetYuan,
    @Schema(description = "资金支出计划：至3月、6月、10月、12月底的累计百分比，0–100，非递减，12月为100 "
          + "/ Spending plan: cumulative percent by the end of March, June, October, December, 0–100, non-decreasing, "
          + "December = 100") Project.SpendingPlan spendingPlan,
    @Schema(description = "绩效目标表，至少一个产出指标和一个效益指标，最多50项 / Performance goals, "
          + "at least one output and one benefit indicator, at most 50") List<Project.Indicator> indicators) {

  ProjectDraft project() {
    return new ProjectDraft(district, code, name, fundLine, purpose, budgetYuan, spendingPlan, indicators, fundLevel);
  }
}
