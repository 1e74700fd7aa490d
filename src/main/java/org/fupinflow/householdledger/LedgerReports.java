package org.fupinflow.householdledger;

import java.time.LocalDate;
import java.util.Map;
import org.fupinflow.security.DistrictCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the ledger reports of a ledger day: one per district, each in its district's tenant, none twice
 * ({@link DistrictCases}).
 */
@Component
class LedgerReports {

  private static final Logger log = LoggerFactory.getLogger(LedgerReports.class);

  private final DistrictCases districtCases;

  LedgerReports(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  /** Returns how many districts got a new report. */
  int startAll(LocalDate ledgerDay) {
    int started = districtCases.startInEveryDistrict(HouseholdLedgerReportProcess.KEY,
        district -> HouseholdLedgerReportProcess.businessKey(district, ledgerDay),
        Map.of(HouseholdLedgerReportProcess.Variables.LEDGER_DATE, ledgerDay.toString()));
    log.info("Ledger day {}: started {} district ledger reports", ledgerDay, started);
    return started;
  }
}
