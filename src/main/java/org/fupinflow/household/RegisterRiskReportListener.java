package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.CASE_KIND;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.EXTERNAL_REFERENCE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.FAST_TRACK;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_ID_NUMBER;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_NAME;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HOUSEHOLD_ID;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VILLAGE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.security.CaseReaders;
import org.fupinflow.security.TownshipDirectory;
import org.springframework.stereotype.Component;

/**
 * On the start of a case: refuses an invalid report (400, nothing is started), checks the officer reports for
 * their own township, gives the case its number as business key and files the household (found again by its
 * head's resident ID within the district). The head's ID number goes to the household table only; the case
 * keeps {@code householdId}. A business key sent by an integrator is kept as {@code externalReference}. The
 * township's officers may read the case and its history; officers of other townships may not.
 */
@Component
class RegisterRiskReportListener implements ExecutionListener {

  private final CaseNumbers caseNumbers;
  private final TownshipDirectory townships;
  private final Households households;
  private final CaseReaders caseReaders;

  RegisterRiskReportListener(CaseNumbers caseNumbers, TownshipDirectory townships, Households households,
      CaseReaders caseReaders) {
    this.caseNumbers = caseNumbers;
    this.townships = townships;
    this.households = households;
    this.caseReaders = caseReaders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var now = ChinaTime.now();
    var report = RiskReport.from(execution.getVariables(), ChinaTime.dateOf(now));
    townships.checkMayActFor(report.districtCode(), report.townshipCode());
    var household = households.findOrCreate(report, now.toInstant());
    households.openCase(household.id()).ifPresent(running -> {
      throw new InvalidSubmission(HEAD_ID_NUMBER, "该户已有进行中的识别认定案件 " + running,
          "this household already has a running case " + running);
    });
    var sentKey = execution.getProcessBusinessKey();
    if (sentKey != null && !sentKey.isBlank()) {
      execution.setVariable(EXTERNAL_REFERENCE, sentKey);
    }
    var caseNumber = caseNumbers.next(CASE_KIND, report.districtCode(), now.toInstant());
    execution.setProcessBusinessKey(caseNumber);
    households.openCase(caseNumber, household.id(), execution.getProcessInstanceId(), report, now.toInstant());
    caseReaders.grantTownship(execution.getProcessInstanceId(), report.districtCode(), report.townshipCode());
    execution.removeVariable(HEAD_ID_NUMBER);
    execution.setVariable(HOUSEHOLD_ID, household.id());
    execution.setVariable(HEAD_NAME, report.headName());
    execution.setVariable(VILLAGE_NAME, report.villageName());
    execution.setVariable(FAST_TRACK, report.fastTrack());
    execution.setVariable(TOWNSHIP_STEP_FROM, report.reportedOn().toString());
  }
}
