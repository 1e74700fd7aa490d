package org.fupinflow.householdledger;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.fupinflow.security.ApplicationStarts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the ledger reports of a ledger day: one per district (every tenant of the identity store), each in
 * its district's tenant. Idempotent: a district that already has the day's report, running or finished, gets
 * no second one, so a retried or repeated schedule run creates nothing twice. The reports are the application's
 * own starts ({@link ApplicationStarts}), also when an administrator executes the schedule's job.
 */
@Component
class LedgerReports {

  private static final Logger log = LoggerFactory.getLogger(LedgerReports.class);

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ApplicationStarts applicationStarts;

  LedgerReports(IdentityService identityService, RuntimeService runtimeService, HistoryService historyService,
      ApplicationStarts applicationStarts) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.applicationStarts = applicationStarts;
  }

  /** Returns how many districts got a new report. */
  int startAll(LocalDate ledgerDay) {
    int started = 0;
    for (Tenant district : identityService.createTenantQuery().orderByTenantId().asc().list()) {
      var businessKey = HouseholdLedgerReportProcess.businessKey(district.getId(), ledgerDay);
      if (exists(businessKey)) {
        log.debug("Ledger report {} exists already", businessKey);
        continue;
      }
      applicationStarts.run(() -> runtimeService.createProcessInstanceByKey(HouseholdLedgerReportProcess.KEY)
          .businessKey(businessKey)
          .setVariable(HouseholdLedgerReportProcess.Variables.DISTRICT_CODE, district.getId())
          .setVariable(HouseholdLedgerReportProcess.Variables.LEDGER_DATE, ledgerDay.toString())
          .execute());
      started++;
    }
    log.info("Ledger day {}: started {} district ledger reports", ledgerDay, started);
    return started;
  }

  private boolean exists(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdLedgerReportProcess.KEY)
        .processInstanceBusinessKey(businessKey).count() > 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(HouseholdLedgerReportProcess.KEY)
            .processInstanceBusinessKey(businessKey).count() > 0;
  }
}
