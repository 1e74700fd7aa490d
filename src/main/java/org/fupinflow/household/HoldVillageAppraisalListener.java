package org.fupinflow.household;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 村级民主评议 (category C): the appraisal's date, result and record, checked on the server. */
@Component
class HoldVillageAppraisalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TownshipStep.complete(task, TownshipStep.villageAppraisal(task));
  }
}
