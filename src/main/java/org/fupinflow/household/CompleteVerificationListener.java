package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_CONFIRMED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFICATION_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFIED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side check of 乡镇入户核实 (category A) when it is completed: Tasklist's form checks run only in the
 * browser. A bad submission is refused with a 400 naming the field, and the task stays open with nothing changed.
 */
@Component
class CompleteVerificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TownshipStep.dateWithinStep(task, VERIFIED_ON, "入户核实日期");
    var confirmed = TownshipStep.requiredBoolean(task, RISK_CONFIRMED, "请确认返贫致贫风险是否属实");
    TownshipStep.requiredNote(task, VERIFICATION_NOTE, "核实情况");
    TownshipStep.complete(task, confirmed);
  }
}
