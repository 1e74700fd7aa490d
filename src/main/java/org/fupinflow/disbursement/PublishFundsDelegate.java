package org.fupinflow.disbursement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 公告公示 ({@code ${publishFunds}}): each disbursed line goes on the public board. */
@Component("publishFunds")
class PublishFundsDelegate implements JavaDelegate {

  private final FundDisbursements disbursements;

  PublishFundsDelegate(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.publish(CaseExecution.of(execution));
  }
}
