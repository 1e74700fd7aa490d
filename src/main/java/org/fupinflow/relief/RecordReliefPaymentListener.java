package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_AMOUNT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 登记救助金发放 ({@code ${recordReliefPaymentListener}}), the insurer: the payment is checked
 * against the computed payout and recorded ({@link ReliefClaimCases#pay}); a refusal leaves the task open.
 */
@Component("recordReliefPaymentListener")
class RecordReliefPaymentListener implements TaskListener {

  private final ReliefClaimCases cases;

  RecordReliefPaymentListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.pay(task.getExecution().getProcessBusinessKey(), task.getVariable(PAID_ON), task.getVariable(PAID_AMOUNT))
        .writeTo(task);
  }
}
