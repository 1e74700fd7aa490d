package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.fupinflow.projects.ProjectSpending.CheckpointSpending;
import org.junit.jupiter.api.Test;

/** The checkpoint arithmetic of spending against plan, without Spring. */
class ProjectSpendingTest {

  @Test
  void plannedAmountsAreBudgetTimesPercentRoundedHalfUpToTheFen() {
    assertThat(ProjectSpending.plannedFen(10_000_000L, new BigDecimal("20.00"))).isEqualTo(2_000_000L);
    // 1.01 yuan × 33.33% = 0.336633 yuan → 0.34
    assertThat(ProjectSpending.plannedFen(101L, new BigDecimal("33.33"))).isEqualTo(34L);
    // 0.03 yuan × 50% = 0.015 yuan → 0.02 (half up, not half even)
    assertThat(ProjectSpending.plannedFen(3L, new BigDecimal("50.00"))).isEqualTo(2L);
    // 0.01 yuan × 49.99% = 0.004999 yuan → 0.00
    assertThat(ProjectSpending.plannedFen(1L, new BigDecimal("49.99"))).isZero();
    // 725,000.00 yuan (004's interest subsidy) × 100% exactly
    assertThat(ProjectSpending.plannedFen(72_500_000L, new BigDecimal("100.00"))).isEqualTo(72_500_000L);
  }

  @Test
  void sharesArePercentWithTwoDecimalsHalfUp() {
    assertThat(ProjectSpending.percent(5_000_000L, 10_000_000L)).isEqualByComparingTo("50.00").hasScaleOf(2);
    // 1 / 3 = 33.333…% → 33.33; 2 / 3 = 66.666…% → 66.67
    assertThat(ProjectSpending.percent(1L, 3L)).isEqualTo(new BigDecimal("33.33"));
    assertThat(ProjectSpending.percent(2L, 3L)).isEqualTo(new BigDecimal("66.67"));
    // 0.125% → 0.13
    assertThat(ProjectSpending.percent(1L, 800L)).isEqualTo(new BigDecimal("0.13"));
    assertThat(ProjectSpending.percent(0L, 0L)).isNull();
  }

  @Test
  void aCheckpointIsBehindOnlyOnceItsDateHasPassedWithLessThanPlannedDisbursed() {
    var march = LocalDate.of(2020, 3, 31);

    assertThat(ProjectSpending.status(march, LocalDate.of(2020, 3, 30), 0, 1)).isEqualTo(SpendingStatus.NOT_YET_DUE);
    assertThat(ProjectSpending.status(march, march, 1_999_999L, 2_000_000L)).isEqualTo(SpendingStatus.BEHIND_PLAN);
    assertThat(ProjectSpending.status(march, march, 2_000_000L, 2_000_000L))
        .isEqualTo(SpendingStatus.AHEAD_OR_ON_PLAN);
    assertThat(ProjectSpending.status(march, LocalDate.of(2020, 4, 1), 2_000_001L, 2_000_000L))
        .isEqualTo(SpendingStatus.AHEAD_OR_ON_PLAN);
  }

  @Test
  void theProjectStandsWhereItsLatestPassedCheckpointStands() {
    var project = aProject("100000.00", "20", "50", "80", "100");
    var byCheckpoint = Map.of(Checkpoint.MARCH, 1_500_000L, Checkpoint.JUNE, 5_000_000L,
        Checkpoint.OCTOBER, 5_000_000L, Checkpoint.DECEMBER, 5_000_000L);

    var asOfJune = ProjectSpending.of(project, 2020, LocalDate.of(2020, 6, 30), 5_000_000L, byCheckpoint);
    var asOfMay = ProjectSpending.of(project, 2020, LocalDate.of(2020, 5, 31), 1_500_000L, byCheckpoint);
    var asOfNovember = ProjectSpending.of(project, 2020, LocalDate.of(2020, 11, 1), 5_000_000L, byCheckpoint);
    var asOfFebruary = ProjectSpending.of(project, 2020, LocalDate.of(2020, 2, 1), 0, Map.of());

    assertThat(asOfJune.checkpoints()).extracting(CheckpointSpending::status).containsExactly(
        SpendingStatus.BEHIND_PLAN, SpendingStatus.AHEAD_OR_ON_PLAN, SpendingStatus.NOT_YET_DUE,
        SpendingStatus.NOT_YET_DUE);
    assertThat(asOfJune.status()).isEqualTo(SpendingStatus.AHEAD_OR_ON_PLAN);
    assertThat(asOfJune.disbursedPercent()).isEqualTo(new BigDecimal("50.00"));
    assertThat(asOfJune.checkpoints().get(1).plannedYuan()).isEqualTo(new BigDecimal("50000.00"));
    assertThat(asOfMay.status()).isEqualTo(SpendingStatus.BEHIND_PLAN);
    assertThat(asOfNovember.status()).as("October: 50,000.00 of 80,000.00").isEqualTo(SpendingStatus.BEHIND_PLAN);
    assertThat(asOfFebruary.status()).isEqualTo(SpendingStatus.NOT_YET_DUE);
    assertThat(asOfFebruary.disbursedYuan()).isEqualTo(new BigDecimal("0.00"));
  }

  private static Project aProject(String budget, String march, String june, String october, String december) {
    var draft = Drafts.withPlan(Drafts.withBudget(Drafts.anIndustryProject("daoli", Drafts.freshCode()),
        new BigDecimal(budget)), march, june, october, december);
    return ProjectRules.check(draft);
  }
}
