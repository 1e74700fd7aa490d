package org.fupinflow.householdledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseholdLedgerCadenceTest {

  @ParameterizedTest(name = "a run on {0} files the ledger of {1}")
  @CsvSource({
      "2020-10-15, 2020-10-15",
      "2020-10-29, 2020-10-29",
      "2020-10-16, 2020-10-15", // the timer fired late: the 15th's ledger, late and overdue
      "2020-10-31, 2020-10-29",
      "2020-11-01, 2020-10-29",
      "2020-11-14, 2020-10-29",
      "2021-02-28, 2021-02-28", // common year: no 29 February, the month's last day instead
      "2021-03-10, 2021-02-28",
      "2024-02-28, 2024-02-15", // leap year: the 28th is no ledger day, the 15th's reports exist
      "2024-02-29, 2024-02-29",
      "2021-01-01, 2020-12-29"})
  void aScheduleRunFilesTheLatestLedgerDayOnOrBeforeItsDayInChina(LocalDate runDay, LocalDate ledgerDay) {
    assertThat(LedgerCadence.latestOnOrBefore(runDay)).isEqualTo(ledgerDay);
  }
}
