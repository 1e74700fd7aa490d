package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fupinflow.household.HouseholdIdentificationProcess.Outcomes;
import org.springframework.stereotype.Component;

/** 不予认定 ({@code ${recordNotRecognized}}): the case closes with the reason of the step that decided it. */
@Component("recordNotRecognized")
class RecordNotRecognizedDelegate implements JavaDelegate {

  private final HouseholdStatusChanges changes;

  RecordNotRecognizedDelegate(HouseholdStatusChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.notRecognized(execution.getProcessBusinessKey(), execution::getVariable);
    execution.setVariable(OUTCOME, Outcomes.NOT_RECOGNIZED);
  }
}
