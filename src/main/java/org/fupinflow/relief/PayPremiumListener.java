package org.fupinflow.relief;

import static org.fupinflow.relief.InsurancePremiumProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 缴纳保费 ({@code ${payPremiumListener}}): the payment is checked and posted in the task's
 * transaction; a refusal leaves the task open and nothing written.
 */
@Component("payPremiumListener")
class PayPremiumListener implements TaskListener {

  private final InsurancePremiums premiums;

  PayPremiumListener(InsurancePremiums premiums) {
    this.premiums = premiums;
  }

  @Override
  public void notify(DelegateTask task) {
    premiums.pay(InsurancePremiums.CaseRef.of(task.getExecution()), task.getVariable(Variables.PAID_ON),
        task.getVariable(Variables.PAYMENT_COMMENT));
  }
}
