package org.fupinflow.householdledger;

import static org.fupinflow.security.ProcessPolicy.bool;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger schedule and the districts' ledger reports are started by the application on the ledger days (001:
 * the 15th and 29th), never by hand; the report's step takes its confirmation and note only.
 */
@Configuration
class HouseholdLedgerPolicy {

  @Bean
  ProcessPolicy householdLedgerSchedulePolicy() {
    return ProcessPolicy.startedByApplication(HouseholdLedgerScheduleProcess.KEY).cityWide();
  }

  @Bean
  ProcessPolicy householdLedgerReportPolicy() {
    return ProcessPolicy.startedByApplication(HouseholdLedgerReportProcess.KEY)
        .task(HouseholdLedgerReportProcess.Elements.TASK_SUBMIT_HOUSEHOLD_LEDGER,
            bool(HouseholdLedgerReportProcess.Variables.LEDGER_SUBMITTED),
            text(HouseholdLedgerReportProcess.Variables.LEDGER_NOTE));
  }
}
