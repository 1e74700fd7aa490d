package org.fupinflow.householdledger;

import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_NOTE;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_SUBMITTED;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.DistrictCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the ledger reports of a ledger day: one per district, each in its district's tenant, none twice
 * ({@link DistrictCases}); and checks a district's confirmation that its ledger was sent.
 */
@Component
class LedgerReports {

  private static final Logger log = LoggerFactory.getLogger(LedgerReports.class);
  static final int MAX_NOTE = 500;

  private final DistrictCases districtCases;

  LedgerReports(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  /** A run of the ledger schedule: the ledger day it filed and how many districts got a new report. */
  record Started(LocalDate ledgerDay, int reportsStarted) {
  }

  /**
   * 通知各区县报送台账: the ledger day is the latest one on or before today in China (engine clock), whatever zone
   * the cron timer fired in; every district without that day's report gets one.
   */
  Started startDue() {
    var ledgerDay = LedgerCadence.latestOnOrBefore(ChinaTime.today());
    return new Started(ledgerDay, startAll(ledgerDay));
  }

  /** Returns how many districts got a new report. */
  int startAll(LocalDate ledgerDay) {
    int started = districtCases.startInEveryDistrict(HouseholdLedgerReportProcess.KEY,
        district -> HouseholdLedgerReportProcess.businessKey(district, ledgerDay),
        Map.of(HouseholdLedgerReportProcess.Variables.LEDGER_DATE, ledgerDay.toString()));
    log.info("Ledger day {}: started {} district ledger reports", ledgerDay, started);
    return started;
  }

  /**
   * 报送监测户和即时帮扶人口台账 as submitted: the form's required checkbox is checked only in the browser, so without
   * the confirmation, or with a note over 500 characters, the answer is a 400 and the task stays open.
   */
  void confirmSubmitted(Object submitted, Object note) {
    if (!Boolean.TRUE.equals(submitted)) {
      throw new BadUserRequestException(LEDGER_SUBMITTED + "：请先将台账报送市扶贫办并勾选确认 / " + LEDGER_SUBMITTED
          + ": send the ledger to the city poverty office and confirm it");
    }
    if (note instanceof String text && text.length() > MAX_NOTE) {
      throw new BadUserRequestException(LEDGER_NOTE + "：备注不能超过500字 / " + LEDGER_NOTE + ": at most 500 characters");
    }
  }
}
