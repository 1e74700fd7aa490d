package org.fupinflow.household;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 乡镇信息采集 and 村级民主评议 (category B, {@code ${collectHouseholdInformationListener}}): the
 * collection is checked and filed in the household tables ({@link HouseholdCases#collectInformation}), and the
 * personal variables are removed from the case, in the task's transaction. They never reach history (see
 * {@link PersonalDataOutOfHistory}); a refused submission changes nothing.
 */
@Component("collectHouseholdInformationListener")
class CollectHouseholdInformationListener implements TaskListener {

  private final HouseholdCases cases;

  CollectHouseholdInformationListener(HouseholdCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    var done = cases.collectInformation(task.getExecution().getProcessBusinessKey(), task::getVariable);
    task.removeVariables(HouseholdIdentificationProcess.Variables.PERSONAL);
    task.setVariables(done.variables());
  }
}
