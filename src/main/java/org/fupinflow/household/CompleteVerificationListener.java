package org.fupinflow.household;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 乡镇入户核实 (category A, {@code ${completeVerificationListener}}): Tasklist's form checks run
 * only in the browser, so {@link HouseholdCases#verify} checks the submission; a bad one is refused with a 400 naming
 * the field, and the task stays open with nothing changed.
 */
@Component("completeVerificationListener")
class CompleteVerificationListener implements TaskListener {

  private final HouseholdCases cases;

  CompleteVerificationListener(HouseholdCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariables(cases.verify(task::getVariable).variables());
  }
}
