package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 提出资金分配意见 ({@code ${proposeAllocationListener}}): the proposal is checked and held on the
 * line in the task's transaction (a refusal leaves the task open and the ledger untouched); the form's slots are
 * cleared and the disbursement form is given the proposal's date and lines to show.
 */
@Component("proposeAllocationListener")
class ProposeAllocationListener implements TaskListener {

  static final List<String> ALLOCATION_SLOTS = IntStream.rangeClosed(1, FundDisbursementProcess.ALLOCATION_SLOTS)
      .mapToObj(Variables::allocationSlot).toList();

  private final FundDisbursements disbursements;

  ProposeAllocationListener(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void notify(DelegateTask task) {
    var proposal = disbursements.propose(CaseExecution.of(task.getExecution()), task::getVariable, task.getAssignee());
    // The round is recorded in fund_allocation; a later round starts from empty slots, never from these.
    task.getExecution().getProcessInstance().removeVariables(ALLOCATION_SLOTS);
    task.setVariable(Variables.PROPOSED_ON, proposal.proposedOn().toString());
    task.setVariable(Variables.ALLOCATION_SUMMARY, proposal.summary());
  }
}
