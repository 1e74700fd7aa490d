package org.fupinflow.householdledger;

import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_NOTE;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_SUBMITTED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 报送监测户和即时帮扶人口台账 ({@code ${confirmLedgerSubmitted}}): without the confirmation the engine
 * REST API answers 400 and the task stays open ({@link LedgerReports#confirmSubmitted}).
 */
@Component("confirmLedgerSubmitted")
class ConfirmLedgerSubmittedListener implements TaskListener {

  private final LedgerReports reports;

  ConfirmLedgerSubmittedListener(LedgerReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.confirmSubmitted(task.getVariable(LEDGER_SUBMITTED), task.getVariable(LEDGER_NOTE));
  }
}
