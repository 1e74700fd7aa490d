package org.fupinflow.household;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 村级民主评议 (category C, {@code ${holdVillageAppraisalListener}}): the appraisal's date, result
 * and record, checked on the server.
 */
@Component("holdVillageAppraisalListener")
class HoldVillageAppraisalListener implements TaskListener {

  private final HouseholdCases cases;

  HoldVillageAppraisalListener(HouseholdCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariables(cases.holdVillageAppraisal(task::getVariable).variables());
  }
}
