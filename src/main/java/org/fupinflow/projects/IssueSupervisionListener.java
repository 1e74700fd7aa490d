package org.fupinflow.projects;

import static org.fupinflow.projects.SpendingSupervisionProcess.Variables.CATCH_UP_BY;
import static org.fupinflow.projects.SpendingSupervisionProcess.Variables.SUPERVISION_OPINION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 下达督办意见 ({@code ${issueSupervisionListener}}): the opinion and catch-up date are checked on
 * the server and recorded ({@link SpendingSupervisions#issue}); a refusal is a 400 naming the field, and the task stays
 * open.
 */
@Component("issueSupervisionListener")
class IssueSupervisionListener implements TaskListener {

  private final SpendingSupervisions supervisions;

  IssueSupervisionListener(SpendingSupervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    supervisions.issue(execution.getProcessBusinessKey(), execution.getTenantId(), task.getVariable(SUPERVISION_OPINION),
        task.getVariable(CATCH_UP_BY), ActingOfficial.userId(task.getProcessEngineServices().getIdentityService()));
  }
}
