package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_COMMENT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 审核并提请保险公司核查 ({@code ${checkReliefClaimListener}}): the district office's decision is
 * checked and recorded ({@link ReliefClaimCases#check}); a refusal of the submission leaves the task open.
 */
@Component("checkReliefClaimListener")
class CheckReliefClaimListener implements TaskListener {

  private final ReliefClaimCases cases;

  CheckReliefClaimListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.check(task.getExecution().getProcessBusinessKey(), task.getVariable(CHECK_DECISION),
        task.getVariable(CHECK_COMMENT)).writeTo(task);
  }
}
