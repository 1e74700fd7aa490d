package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.CONFIRMATION_REMARK;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.STATISTICS_CONFIRMED;

import java.time.YearMonth;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/**
 * 确认月统计: what {@link MonthlyStatisticsConfirmations#confirm} refuses before it records anything (it has no table
 * here; what it records is checked by {@code MonthlyStatisticsScheduleTest}).
 */
class MonthlyStatisticsConfirmationTest {

  private final MonthlyStatisticsConfirmations confirmations = new MonthlyStatisticsConfirmations(null);
  private final YearMonth june = YearMonth.of(2021, 6);

  @Test
  void anUncheckedConfirmationIsRefused() {
    for (var confirmed : new Object[] {null, false, "true"}) {
      assertThatThrownBy(() -> confirmations.confirm("daoli", june, confirmed, null, "chenjing"))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage(STATISTICS_CONFIRMED + "：请核对月统计后勾选确认 / " + STATISTICS_CONFIRMED
              + ": check the monthly statistics and confirm them");
    }
  }

  @Test
  void aRemarkOverFiveHundredCharactersIsRefused() {
    assertThatThrownBy(() -> confirmations.confirm("daoli", june, true, " " + "注".repeat(501) + " ", "chenjing"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage(CONFIRMATION_REMARK + "：备注不能超过500字 / " + CONFIRMATION_REMARK + ": at most 500 characters");
  }
}
