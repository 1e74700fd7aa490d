package org.fupinflow.householdledger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * 通知各区县报送台账: the ledger day is reckoned in China time from the engine clock, whatever zone the cron
 * timer fired in; every district without that day's report gets one.
 */
@Component("startHouseholdLedgerReports")
class StartHouseholdLedgerReportsDelegate implements JavaDelegate {

  private final LedgerReports reports;

  StartHouseholdLedgerReportsDelegate(LedgerReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var ledgerDay = LedgerCadence.latestOnOrBefore(ChinaTime.today());
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    int started = Context.getCommandContext().runWithoutAuthorization(() -> reports.startAll(ledgerDay));
    execution.setVariable(HouseholdLedgerScheduleProcess.Variables.LEDGER_DATE, ledgerDay.toString());
    execution.setVariable(HouseholdLedgerScheduleProcess.Variables.REPORTS_STARTED, started);
  }
}
