package org.fupinflow.householdledger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_NOTE;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_SUBMITTED;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** 报送监测户和即时帮扶人口台账: what {@link LedgerReports#confirmSubmitted} accepts as the district's confirmation. */
class LedgerConfirmationTest {

  private final LedgerReports reports = new LedgerReports(null);

  @Test
  void onlyACheckedConfirmationCompletesTheReport() {
    for (var submitted : new Object[] {null, false, "true"}) {
      assertThatThrownBy(() -> reports.confirmSubmitted(submitted, null))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage(LEDGER_SUBMITTED + "：请先将台账报送市扶贫办并勾选确认 / " + LEDGER_SUBMITTED
              + ": send the ledger to the city poverty office and confirm it");
    }
    assertThatCode(() -> reports.confirmSubmitted(true, null)).doesNotThrowAnyException();
  }

  @Test
  void theNoteRunsToFiveHundredCharacters() {
    assertThatCode(() -> reports.confirmSubmitted(true, "注".repeat(500))).doesNotThrowAnyException();
    assertThatThrownBy(() -> reports.confirmSubmitted(true, "注".repeat(501)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage(LEDGER_NOTE + "：备注不能超过500字 / " + LEDGER_NOTE + ": at most 500 characters");
  }
}
