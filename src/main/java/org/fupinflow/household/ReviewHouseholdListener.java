package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RETURN_COUNT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 区县审核 ({@code ${reviewHouseholdListener}}): the decision is checked and recorded
 * ({@link HouseholdCases#review}); a return restarts the township's 5 working days.
 */
@Component("reviewHouseholdListener")
class ReviewHouseholdListener implements TaskListener {

  private final HouseholdCases cases;

  ReviewHouseholdListener(HouseholdCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.review(task.getExecution().getProcessBusinessKey(), task::getVariable).ifPresent(returned -> {
      task.setVariable(RETURN_COUNT, returned.returnCount());
      task.setVariable(TOWNSHIP_STEP_FROM, returned.townshipStepFrom().toString());
    });
  }
}
