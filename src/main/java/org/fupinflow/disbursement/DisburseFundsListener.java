package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 拨付下达 ({@code ${disburseFundsListener}}): district finance's decision is checked, and a
 * disbursement posted, in the task's transaction; a refusal leaves the task open and the ledger untouched.
 */
@Component("disburseFundsListener")
class DisburseFundsListener implements TaskListener {

  private final FundDisbursements disbursements;

  DisburseFundsListener(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void notify(DelegateTask task) {
    disbursements.decideDisbursement(CaseExecution.of(task.getExecution()),
        task.getVariable(Variables.DISBURSEMENT_DECISION), task.getVariable(Variables.DISBURSEMENT_COMMENT),
        task.getVariable(Variables.DISBURSED_ON));
  }
}
