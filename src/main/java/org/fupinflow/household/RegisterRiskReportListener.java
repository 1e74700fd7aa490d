package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.CASE_KIND;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.EXTERNAL_REFERENCE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VILLAGE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.security.TownshipDirectory;
import org.springframework.stereotype.Component;

/**
 * On the start of a case: refuses an invalid report (400, nothing is started), checks the officer reports for
 * their own township, and gives the case its number as business key. A business key sent by an integrator is
 * kept as {@code externalReference}.
 */
@Component
class RegisterRiskReportListener implements ExecutionListener {

  private final CaseNumbers caseNumbers;
  private final TownshipDirectory townships;

  RegisterRiskReportListener(CaseNumbers caseNumbers, TownshipDirectory townships) {
    this.caseNumbers = caseNumbers;
    this.townships = townships;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var now = ChinaTime.now();
    var report = RiskReport.from(execution.getVariables(), ChinaTime.dateOf(now));
    townships.checkMayActFor(report.districtCode(), report.townshipCode());
    var sentKey = execution.getProcessBusinessKey();
    if (sentKey != null && !sentKey.isBlank()) {
      execution.setVariable(EXTERNAL_REFERENCE, sentKey);
    }
    execution.setProcessBusinessKey(caseNumbers.next(CASE_KIND, report.districtCode(), now.toInstant()));
    execution.setVariable(VILLAGE_NAME, report.villageName());
  }
}
