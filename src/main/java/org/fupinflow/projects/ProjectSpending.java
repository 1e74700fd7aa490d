package org.fupinflow.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupinflow.money.Yuan;

/**
 * One project's disbursements against its budget and its spending plan (004), in yuan with two decimals:
 * {@code disbursedYuan} to the as-of date, its share of the budget in percent, and each checkpoint with its plan.
 * {@code status} is that of the latest checkpoint passed ({@link SpendingStatus#NOT_YET_DUE} before the first).
 */
record ProjectSpending(String code, String name, String fundLine, BigDecimal budgetYuan, BigDecimal disbursedYuan,
    BigDecimal disbursedPercent, SpendingStatus status, List<CheckpointSpending> checkpoints) {

  /** A checkpoint: the plan's cumulative percent and amount, what was disbursed by its date, and the verdict. */
  record CheckpointSpending(Checkpoint checkpoint, LocalDate date, BigDecimal plannedPercent, BigDecimal plannedYuan,
      BigDecimal disbursedYuan, SpendingStatus status) {
  }

  /**
   * The project's figures for {@code year} as of {@code asOf}, from fen disbursed to date and by each checkpoint
   * (counted only up to {@code asOf}).
   */
  static ProjectSpending of(Project project, int year, LocalDate asOf, long disbursedToDateFen,
      Map<Checkpoint, Long> disbursedByFen) {
    var budgetFen = Yuan.toFen(project.budgetYuan());
    var checkpoints = new ArrayList<CheckpointSpending>();
    var status = SpendingStatus.NOT_YET_DUE;
    for (var checkpoint : Checkpoint.values()) {
      var date = checkpoint.in(year);
      var percent = checkpoint.plannedPercent(project.spendingPlan());
      var plannedFen = plannedFen(budgetFen, percent);
      long disbursedFen = disbursedByFen.getOrDefault(checkpoint, 0L);
      var verdict = status(date, asOf, disbursedFen, plannedFen);
      if (verdict != SpendingStatus.NOT_YET_DUE) {
        status = verdict;
      }
      checkpoints.add(new CheckpointSpending(checkpoint, date, percent, Yuan.of(plannedFen), Yuan.of(disbursedFen),
          verdict));
    }
    return new ProjectSpending(project.code(), project.name(), project.fundLine(), project.budgetYuan(),
        Yuan.of(disbursedToDateFen), percent(disbursedToDateFen, budgetFen), status, List.copyOf(checkpoints));
  }

  /** Budget × cumulative percent, to the fen, half up: 100,000.00 yuan × 20.00% = 20,000.00 yuan. */
  static long plannedFen(long budgetFen, BigDecimal percent) {
    return BigDecimal.valueOf(budgetFen).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** {@code part} as a percent of {@code whole}, two decimals, half up; {@code null} when {@code whole} is zero. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
        RoundingMode.HALF_UP);
  }

  /** Behind when the checkpoint has passed ({@code date <= asOf}) and less than planned was disbursed by it. */
  static SpendingStatus status(LocalDate date, LocalDate asOf, long disbursedFen, long plannedFen) {
    if (date.isAfter(asOf)) {
      return SpendingStatus.NOT_YET_DUE;
    }
    return disbursedFen < plannedFen ? SpendingStatus.BEHIND_PLAN : SpendingStatus.AHEAD_OR_ON_PLAN;
  }
}
