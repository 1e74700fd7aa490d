package org.fupinflow.householdledger;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The day a district's ledger report is due, for the model's due date and timers
 * ({@code ${deadlines.endOfDay(ledgerReport.day(execution))}}): from the report's business key and tenant, both set
 * by the application at start, so an overwritten {@code ledgerDate} and a recalculated timer move no deadline.
 * Public, as the expression language calls only public classes' methods.
 */
@Component("ledgerReport")
public class LedgerReportDay {

  public LocalDate day(DelegateExecution execution) {
    return HouseholdLedgerReportProcess.ledgerDay(execution.getProcessBusinessKey(), execution.getTenantId());
  }
}
