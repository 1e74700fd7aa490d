package org.fupinflow.householdledger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 通知各区县报送台账 ({@code ${startHouseholdLedgerReports}}): every district without the due ledger day's report gets
 * one ({@link LedgerReports#startDue}); the run shows which day and how many.
 */
@Component("startHouseholdLedgerReports")
class StartHouseholdLedgerReportsDelegate implements JavaDelegate {

  private final LedgerReports reports;

  StartHouseholdLedgerReportsDelegate(LedgerReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    var started = Context.getCommandContext().runWithoutAuthorization(reports::startDue);
    execution.setVariable(HouseholdLedgerScheduleProcess.Variables.LEDGER_DATE, started.ledgerDay().toString());
    execution.setVariable(HouseholdLedgerScheduleProcess.Variables.REPORTS_STARTED, started.reportsStarted());
  }
}
