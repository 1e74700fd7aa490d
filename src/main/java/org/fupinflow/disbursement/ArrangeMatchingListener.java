package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 落实配套资金 ({@code ${arrangeMatchingListener}}): the matching is checked and posted in the
 * task's transaction; a refusal leaves the task open and the ledger untouched.
 */
@Component("arrangeMatchingListener")
class ArrangeMatchingListener implements TaskListener {

  private final FundDisbursements disbursements;

  ArrangeMatchingListener(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void notify(DelegateTask task) {
    disbursements.arrangeMatching(CaseExecution.of(task.getExecution()), task.getVariable(Variables.MATCHING_ARRANGED_ON),
        task.getVariable(Variables.MATCHING_SOURCE));
    // Shown in Cockpit, and asked by the matching gateway of the definitions deployed before V9.
    task.setVariable(Variables.MATCHING_ARRANGED, true);
  }
}
