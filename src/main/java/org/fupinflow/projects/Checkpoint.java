package org.fupinflow.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.function.Function;

/** The four dates of 004's spending plan (资金支出计划): the end of March, June, October and December. */
enum Checkpoint {
  MARCH(MonthDay.of(3, 31), Project.SpendingPlan::march),
  JUNE(MonthDay.of(6, 30), Project.SpendingPlan::june),
  OCTOBER(MonthDay.of(10, 31), Project.SpendingPlan::october),
  DECEMBER(MonthDay.of(12, 31), Project.SpendingPlan::december);

  private final MonthDay day;
  private final Function<Project.SpendingPlan, BigDecimal> percent;

  Checkpoint(MonthDay day, Function<Project.SpendingPlan, BigDecimal> percent) {
    this.day = day;
    this.percent = percent;
  }

  LocalDate in(int year) {
    return day.atYear(year);
  }

  /** The latest checkpoint on or before {@code day} in its year; empty before the end of March. */
  static Optional<Checkpoint> latestBy(LocalDate day) {
    Checkpoint latest = null;
    for (var checkpoint : values()) {
      if (!checkpoint.in(day.getYear()).isAfter(day)) {
        latest = checkpoint;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The plan's cumulative percent by this checkpoint. */
  BigDecimal plannedPercent(Project.SpendingPlan plan) {
    return percent.apply(plan);
  }
}
