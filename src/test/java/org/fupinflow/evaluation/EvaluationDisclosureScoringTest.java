package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Item 4 (信息公开和公告公示) by hand: the county part from the funds board, the village part from the notices. */
class EvaluationDisclosureScoringTest {

  private static final LocalDate DISBURSED = LocalDate.of(2023, 3, 1);
  private static final long YUAN_10000 = 1_000_000L;

  @Test
  void linesPublishedWithin20WorkingDaysScoreFullAfter40NothingAndBetweenProportionally() {
    var lines = List.of(published("A", 10 * YUAN_10000, 0), published("B", 5 * YUAN_10000, 30),
        published("C", 3 * YUAN_10000, 41), unpublished("D", 2 * YUAN_10000, 45), unpublished("E", YUAN_10000, 10));

    var scored = Scoring.publications(ProvinceEvaluation.FUNDS_PUBLICATION, lines);

    assertThat(scored.lines()).extracting(Scoring.ScoredPublication::share).extracting(share -> share == null ? null
        : share.toPlainString()).containsExactly("1.0000", "0.5000", "0.0000", "0.0000", null);
    assertThat(scored.disbursedFen()).isEqualTo(21 * YUAN_10000);
    // E (10 working days open) is not counted yet
    assertThat(scored.countedFen()).isEqualTo(20 * YUAN_10000);
    // 5 × (100,000 × 1 + 50,000 × 0.5 + 30,000 × 0 + 20,000 × 0) / 200,000 = 3.125
    assertThat(scored.points()).isEqualByComparingTo("3.13");
  }

  @Test
  void the20thWorkingDayIsStillInTimeAndThe21stCostsOneTwentieth() {
    var window = ProvinceEvaluation.FUNDS_PUBLICATION;
    assertThat(Scoring.publications(window, List.of(published("20", YUAN_10000, 20))).points())
        .isEqualByComparingTo("5.00");
    assertThat(Scoring.publications(window, List.of(published("21", YUAN_10000, 21))).points())
        .isEqualByComparingTo("4.75");
    assertThat(Scoring.publications(window, List.of(published("40", YUAN_10000, 40))).points())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void noDisbursementAndNoEndedNoticeScoreNothingRatherThanFullMarks() {
    assertThat(Scoring.publications(ProvinceEvaluation.FUNDS_PUBLICATION, List.of()).points()).isNull();
    assertThat(Scoring.publications(ProvinceEvaluation.FUNDS_PUBLICATION,
        List.of(unpublished("new", YUAN_10000, 3))).points()).isNull();
    assertThat(Scoring.noticePoints(5, 0, 0)).isNull();
  }

  @Test
  void sevenOfNineNoticesShownForTheWholeFiveDaysEarn3Point89() {
    // 5 × 7 / 9 = 3.888…
    assertThat(Scoring.noticePoints(5, 7, 9)).isEqualByComparingTo("3.89");
    assertThat(Scoring.noticePoints(5, 9, 9)).isEqualByComparingTo("5.00");
  }

  private static Scoring.Publication published(String caseNumber, long fen, int workingDays) {
    return new Scoring.Publication(caseNumber, 1, 1, "P", fen, DISBURSED, DISBURSED.plusDays(workingDays),
        workingDays, 200);
  }

  private static Scoring.Publication unpublished(String caseNumber, long fen, int open) {
    return new Scoring.Publication(caseNumber, 1, 1, "P", fen, DISBURSED, null, null, open);
  }
}
