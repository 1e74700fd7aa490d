package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 冲回资金分配 ({@code ${reverseAllocation}}): the returned proposal's allocations are reversed and the case moves on
 * to its next round.
 */
@Component("reverseAllocation")
class ReverseAllocationDelegate implements JavaDelegate {

  private final FundDisbursements disbursements;

  ReverseAllocationDelegate(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = disbursements.reverseAllocation(CaseExecution.of(execution),
        String.valueOf(execution.getVariable(Variables.DISBURSEMENT_COMMENT)));
    execution.setVariable(Variables.PROPOSAL_ROUND, round);
    // The next round is dated anew: neither its form nor a submission without a date takes this round's day.
    execution.getProcessInstance().removeVariable(Variables.PROPOSED_ON);
  }
}
