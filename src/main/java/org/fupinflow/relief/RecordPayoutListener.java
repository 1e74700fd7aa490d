package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAYOUT_DECISION;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code end} of 计算救助金 ({@code ${recordPayout}}): the decision's payout is the claim's; nothing payable ends it
 * ({@link ReliefClaimCases#recordPayout}).
 */
@Component("recordPayout")
class RecordPayoutListener implements ExecutionListener {

  private final ReliefClaimCases cases;

  RecordPayoutListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    var decision = (Map<String, Object>) execution.getVariable(PAYOUT_DECISION);
    cases.recordPayout(execution.getProcessBusinessKey(), decision).writeTo(execution);
  }
}
