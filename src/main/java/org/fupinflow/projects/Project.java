package org.fupinflow.projects;

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
public record Project(String district, String code, String name, String fundLine, BigDecimal budgetYuan,
                      String purpose, SpendingPlan spendingPlan, List<Indicator> indicators, Instant createdAt,
                      String createdBy, Instant updatedAt, String updatedBy, EntryRoute entryRoute,
                      FundLevel fundLevel, String township) {

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
  public record SpendingPlan(BigDecimal march, BigDecimal june, BigDecimal october, BigDecimal december) {
  }

  /**
   * One row of the goal table: 一级指标 {@code level} (产出指标, 效益指标, 满意度指标), 二级指标 {@code category}
   * (e.g. 数量指标, 社会效益指标), 三级指标 {@code name} and its target value (e.g. "≥90%").
   */
  public record Indicator(String level, String category, String name, String target) {
  }

  /** At least one output and one benefit indicator: without them a project may not enter the library (001). */
  public boolean hasPerformanceGoals() {
    return indicators.stream().anyMatch(indicator -> IndicatorLevel.OUTPUT.label().equals(indicator.level()))
        && indicators.stream().anyMatch(indicator -> IndicatorLevel.BENEFIT.label().equals(indicator.level()));
  }
}
