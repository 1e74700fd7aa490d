package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.EXTERNAL_REFERENCE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.FAST_TRACK;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_ID_NUMBER;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_NAME;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HOUSEHOLD_ID;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VILLAGE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of a case ({@code ${registerRiskReportListener}}): the report opens a case ({@link HouseholdCases#open};
 * an invalid one is refused with a 400 and nothing starts), whose number becomes the business key. The head's ID number
 * goes to the household table only; the case keeps {@code householdId}. A business key sent by an integrator is kept
 * as {@code externalReference}.
 */
@Component("registerRiskReportListener")
class RegisterRiskReportListener implements ExecutionListener {

  private final HouseholdCases cases;

  RegisterRiskReportListener(HouseholdCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var opened = cases.open(execution.getVariables(), execution.getProcessInstanceId());
    var sentKey = execution.getProcessBusinessKey();
    if (sentKey != null && !sentKey.isBlank()) {
      execution.setVariable(EXTERNAL_REFERENCE, sentKey);
    }
    execution.setProcessBusinessKey(opened.caseNumber());
    execution.removeVariable(HEAD_ID_NUMBER);
    execution.setVariable(HOUSEHOLD_ID, opened.householdId());
    execution.setVariable(HEAD_NAME, opened.headName());
    execution.setVariable(VILLAGE_NAME, opened.villageName());
    execution.setVariable(FAST_TRACK, opened.fastTrack());
    execution.setVariable(TOWNSHIP_STEP_FROM, opened.reportedOn().toString());
  }
}
