package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fupinflow.projects.SpendingSupervisionProcess.Variables;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.Test;

/** 下达督办意见: the catch-up date {@link SpendingSupervisions#catchUpBy} accepts lies after today and within a year. */
class CatchUpDateTest {

  private final LocalDate today = LocalDate.of(2020, 7, 2);

  @Test
  void tomorrowAndADayAYearAwayAreAccepted() {
    assertThat(SpendingSupervisions.catchUpBy("2020-07-03", today)).isEqualTo(LocalDate.of(2020, 7, 3));
    assertThat(SpendingSupervisions.catchUpBy("2021-07-02", today)).isEqualTo(LocalDate.of(2021, 7, 2));
  }

  @Test
  void todayIsTooSoonAndADayPastAYearTooLate() {
    assertThatThrownBy(() -> SpendingSupervisions.catchUpBy("2020-07-02", today))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage(Variables.CATCH_UP_BY + "：限期追赶日期应晚于今天（2020-07-02） / " + Variables.CATCH_UP_BY
            + ": the catch-up date must lie after today (2020-07-02)");
    assertThatThrownBy(() -> SpendingSupervisions.catchUpBy("2021-07-03", today))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(Variables.CATCH_UP_BY + "：限期追赶日期不能晚于一年后（2021-07-02）");
  }
}
