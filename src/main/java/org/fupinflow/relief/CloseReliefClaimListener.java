package org.fupinflow.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code end} of a claim, however it ends ({@code ${closeReliefClaim}}): the register records when. */
@Component("closeReliefClaim")
class CloseReliefClaimListener implements ExecutionListener {

  private final ReliefClaimCases cases;

  CloseReliefClaimListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    cases.close(execution.getProcessInstanceId());
  }
}
