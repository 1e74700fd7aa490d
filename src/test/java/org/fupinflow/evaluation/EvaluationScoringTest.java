package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 002's arithmetic by hand: notices of 100,000.00 yuan received on 1 March 2023, evaluated at the end of 2023. */
class EvaluationScoringTest {

  private static final LocalDate RECEIVED = LocalDate.of(2023, 3, 1);
  private static final LocalDate END_OF_YEAR = LocalDate.of(2023, 12, 31);
  private static final long AMOUNT = 10_000_000L;

  @Test
  void disbursementWithinThirtyDaysEarnsFullMarksAt45DaysHalfAndAt61DaysNothing() {
    var speed = Scoring.timeliness(ProvinceEvaluation.DISBURSEMENT_SPEED, List.of(
        noticeMovedAfter("on time", 30), noticeMovedAfter("45 days", 45), noticeMovedAfter("61 days", 61)), END_OF_YEAR);

    assertThat(speed.notices()).extracting(Scoring.ScoredNotice::points)
        .containsExactly(points("5.00"), points("2.50"), points("0.00"));
    // 5 × (1 + 0.5 + 0) / 3
    assertThat(speed.points()).isEqualByComparingTo("2.50");
  }

  @Test
  void projectFilingWithin45DaysEarnsFullMarksAt52DaysEightFifteenthsAndAt61DaysNothing() {
    var filing = Scoring.timeliness(ProvinceEvaluation.PROJECT_FILING, List.of(
        noticeMovedAfter("45 days", 45), noticeMovedAfter("52 days", 52), noticeMovedAfter("61 days", 61)), END_OF_YEAR);

    // 10 × (60 − 52) / 15 = 5.333…
    assertThat(filing.notices()).extracting(Scoring.ScoredNotice::points)
        .containsExactly(points("10.00"), points("5.33"), points("0.00"));
    // 10 × (1 + 8/15 + 0) / 3 = 5.111…
    assertThat(filing.points()).isEqualByComparingTo("5.11");
  }

  @Test
  void undisbursedMoneyCountsWithNothingAfterSixtyDaysAndNotYetBefore() {
    var half = new Scoring.NoticeFlow("half", null, RECEIVED, AMOUNT,
        List.of(new Scoring.Movement(RECEIVED.plusDays(10), AMOUNT / 2, null)));

    var after61Days = Scoring.timeliness(ProvinceEvaluation.DISBURSEMENT_SPEED, List.of(half), RECEIVED.plusDays(61));
    var after60Days = Scoring.timeliness(ProvinceEvaluation.DISBURSEMENT_SPEED, List.of(half), RECEIVED.plusDays(60));

    assertThat(after61Days.points()).isEqualByComparingTo("2.50");
    assertThat(after61Days.countedFen()).isEqualTo(AMOUNT);
    assertThat(after60Days.points()).isEqualByComparingTo("5.00");
    assertThat(after60Days.countedFen()).isEqualTo(AMOUNT / 2);
  }

  @Test
  void disbursementsBeyondTheNoticesAmountAreNotCounted() {
    var withMatching = new Scoring.NoticeFlow("matched", null, RECEIVED, AMOUNT, List.of(
        new Scoring.Movement(RECEIVED.plusDays(20), AMOUNT, null),
        new Scoring.Movement(RECEIVED.plusDays(70), AMOUNT, null)));

    var speed = Scoring.timeliness(ProvinceEvaluation.DISBURSEMENT_SPEED, List.of(withMatching), END_OF_YEAR);

    assertThat(speed.points()).isEqualByComparingTo("5.00");
    assertThat(speed.notices().get(0).movements().get(1).countedFen()).isZero();
  }

  @Test
  void nothingReceivedScoresNoPointsRatherThanFullMarks() {
    assertThat(Scoring.timeliness(ProvinceEvaluation.DISBURSEMENT_SPEED, List.of(), END_OF_YEAR).points()).isNull();
    assertThat(Scoring.carryOverPoints(Scoring.carryOver(2023, List.of()))).isNull();
  }

  @Test
  void tenPercentCarriedOverUnderOneYearEarns6Point67AndTwentyFivePercentNothing() {
    var tenPercent = Scoring.carryOver(2023, List.of(new Scoring.YearFlow(2023, AMOUNT, AMOUNT * 9 / 10)));
    var twentyFivePercent = Scoring.carryOver(2023, List.of(new Scoring.YearFlow(2023, AMOUNT, AMOUNT * 3 / 4)));

    assertThat(tenPercent.underOneYearPercent()).isEqualByComparingTo("10.00");
    // 8 × (20 − 10) / (20 − 8) = 6.666…; nothing older: + 4 + 2
    var ten = Scoring.carryOverPoints(tenPercent);
    assertThat(ten.underOneYear()).isEqualByComparingTo("6.67");
    assertThat(ten.total()).isEqualByComparingTo("12.67");
    var twentyFive = Scoring.carryOverPoints(twentyFivePercent);
    assertThat(twentyFive.underOneYear()).isEqualByComparingTo("0.00");
    assertThat(twentyFive.total()).isEqualByComparingTo("6.00");
  }

  @Test
  void leftoversAreTheNewestMoneyAgedByTheYearItCameIn() {
    // 2021: 100,000 in, 2022: 100,000 in and 150,000 out, 2023: 100,000 in and 40,000 out → 110,000 left:
    // 100,000 from 2023 (< 1 year), 10,000 from 2022 (1–2 years), nothing from 2021.
    var carried = Scoring.carryOver(2023, List.of(new Scoring.YearFlow(2021, AMOUNT, 0),
        new Scoring.YearFlow(2022, AMOUNT, AMOUNT * 3 / 2), new Scoring.YearFlow(2023, AMOUNT, AMOUNT * 2 / 5)));

    // available = 300,000 in − 150,000 out before 2023 = 150,000
    assertThat(carried).isEqualTo(new Scoring.CarryOver(15_000_000L, AMOUNT, AMOUNT / 10, 0));
    var points = Scoring.carryOverPoints(carried);
    // < 1 year: 66.67% → 0; 1–2 years: 6.67% → 4 × (10 − 6.666…) / 8 = 1.666… → 1.67; none older → 2
    assertThat(points.underOneYear()).isEqualByComparingTo("0.00");
    assertThat(points.oneToTwoYears()).isEqualByComparingTo("1.67");
    assertThat(points.overTwoYears()).isEqualByComparingTo("2.00");
  }

  @Test
  void moneyOlderThanTwoYearsCostsTheTwoPoints() {
    // 200,000 in, 75,000 out → 125,000 left: all of 2023's 100,000 and 25,000 from 2020.
    var carried = Scoring.carryOver(2023, List.of(new Scoring.YearFlow(2020, AMOUNT, AMOUNT / 2),
        new Scoring.YearFlow(2023, AMOUNT, AMOUNT / 4)));

    assertThat(carried.overTwoYearsFen()).isEqualTo(AMOUNT / 4);
    assertThat(Scoring.carryOverPoints(carried).overTwoYears()).isEqualByComparingTo("0.00");
  }

  private static Scoring.NoticeFlow noticeMovedAfter(String documentNumber, int days) {
    return new Scoring.NoticeFlow(documentNumber, null, RECEIVED, AMOUNT,
        List.of(new Scoring.Movement(RECEIVED.plusDays(days), AMOUNT, null)));
  }

  private static java.math.BigDecimal points(String value) {
    return new java.math.BigDecimal(value);
  }
}
