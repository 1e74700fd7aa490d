package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fupinflow.fundledger.FundLevel;

/**
 * A project of a district's library with its performance goals, as the goal tables of seed 004 lay them out.
 * The budget is in yuan with scale 2 (stored as fen); the spending plan is cumulative percent. {@code entryRoute} says
 * how it entered the library, {@code fundLevel} the level of funds it was approved for (null when a direct entry did
 * not say) and {@code township} the township that applied (null for a direct entry).
 */
public record Project(String district, String code, String name, String fundLine,
    @Schema(description = "预算，元，两位小数 / yuan, two decimals") BigDecimal budgetYuan,
    String purpose, SpendingPlan spendingPlan, List<Indicator> indicators, Instant createdAt, String createdBy,
    Instant updatedAt, String updatedBy,
    @Schema(description = "入库方式：DIRECT 区县直接入库、DISTRICT_REVIEWED 乡申报、县审核、CITY_REVIEWED"
          + " 乡申报、县审核、市复核 / How it entered the library") EntryRoute entryRoute,
    @Schema(description = "资金级次（直接入库未写时为 null）：CENTRAL 中央、PROVINCE 省级、CITY 市级、"
          + "DISTRICT 区级 / Fund level (null when a direct entry did not say)") FundLevel fundLevel,
    @Schema(description = "申报乡镇代码，直接入库为 null / The applying township, null for a direct "
          + "entry") String township) {

  public Project {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    entryRoute = entryRoute == null ? EntryRoute.DIRECT : entryRoute;
  }

  /** The same project as entering the library by {@code route}, for {@code level} funds, applied by {@code township}. */
  Project entering(EntryRoute route, FundLevel level, String township) {
    return new Project(district, code, name, fundLine, budgetYuan, purpose, spendingPlan, indicators, createdAt,
        createdBy, updatedAt, updatedBy, route, level, township);
  }

  /** 入库方式 in Chinese, for boards and spreadsheets. */
  public String entryRouteLabel() {
    return entryRoute.label();
  }

  /** 资金支出计划（%）: share of the budget spent by the end of each month, cumulative, December = 100. */
  @Schema(description = "至各月底的累计支出百分比，两位小数 / Cumulative percent spent by the end of each month, two decimals")
  public record SpendingPlan(BigDecimal march, BigDecimal june, BigDecimal october, BigDecimal december) {
  }

  /**
   * One row of the goal table: 一级指标 {@code level} (产出指标, 效益指标, 满意度指标), 二级指标 {@code category}
   * (e.g. 数量指标, 社会效益指标), 三级指标 {@code name} and its target value (e.g. "≥90%").
   */
  public record Indicator(
      @Schema(description = "一级指标：产出指标、效益指标（004 的 效果指标 视为效益指标）、满意度指标 "
          + "/ Level: 产出指标 (output), 效益指标 (benefit; 004's 效果指标 counts as one), 满意度指标 (satisfaction)", example = "产出指标") String level,
      @Schema(description = "二级指标：数量/质量/时效/成本指标；经济/社会/生态效益指标、可持续影响指标；"
          + "服务对象满意度指标 / Second level, matching the first", example = "数量指标") String category,
      @Schema(description = "三级指标 / The indicator", example = "参保人数") String name,
      @Schema(description = "指标值 / Target", example = "≥100人") String target) {
  }

  /** At least one output and one benefit indicator: without them a project may not enter the library (001). */
  public boolean hasPerformanceGoals() {
    return indicators.stream().anyMatch(indicator -> IndicatorLevel.OUTPUT.label().equals(indicator.level()))
        && indicators.stream().anyMatch(indicator -> IndicatorLevel.BENEFIT.label().equals(indicator.level()));
  }
}
