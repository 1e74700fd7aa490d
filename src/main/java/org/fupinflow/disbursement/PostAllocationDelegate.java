package org.fupinflow.disbursement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记资金分配 ({@code ${postAllocation}}): the proposal's hold becomes its allocations. */
@Component("postAllocation")
class PostAllocationDelegate implements JavaDelegate {

  private final FundDisbursements disbursements;

  PostAllocationDelegate(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.postAllocation(CaseExecution.of(execution));
  }
}
