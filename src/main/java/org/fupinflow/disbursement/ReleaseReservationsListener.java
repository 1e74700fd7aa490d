package org.fupinflow.disbursement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code end} of the process ({@code ${releaseReservations}}): a cancelled case frees what its proposal holds. */
@Component("releaseReservations")
class ReleaseReservationsListener implements ExecutionListener {

  private final FundDisbursements disbursements;

  ReleaseReservationsListener(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void notify(DelegateExecution execution) {
    disbursements.releaseReservations(CaseExecution.of(execution));
  }
}
