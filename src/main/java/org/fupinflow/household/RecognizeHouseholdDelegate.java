package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.springframework.stereotype.Component;

/**
 * 标注监测户, 认定即时帮扶人口 and 回退为脱贫享受政策户 ({@code ${recognizeHousehold}}): the household is recognised, B and
 * C from the day after their notice period.
 */
@Component("recognizeHousehold")
class RecognizeHouseholdDelegate implements JavaDelegate {

  private final HouseholdStatusChanges changes;

  RecognizeHouseholdDelegate(HouseholdStatusChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OUTCOME, changes.recognize(execution.getProcessBusinessKey(),
        execution.getVariable(PublicNoticeProcess.Variables.NOTICE_ENDS_ON)));
  }
}
