package org.fupinflow.disbursement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记到账 ({@code ${recordReceipt}}): the district's share arrives on its fund line. */
@Component("recordReceipt")
class RecordReceiptDelegate implements JavaDelegate {

  private final FundDisbursements disbursements;

  RecordReceiptDelegate(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.recordReceipt(CaseExecution.of(execution));
  }
}
