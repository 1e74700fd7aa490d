package org.fupinflow.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code end} of {@code insurance-premium} ({@code ${closePremiumCase}}): a cancelled case frees its year. */
@Component("closePremiumCase")
class ClosePremiumCaseListener implements ExecutionListener {

  private final InsurancePremiums premiums;

  ClosePremiumCaseListener(InsurancePremiums premiums) {
    this.premiums = premiums;
  }

  @Override
  public void notify(DelegateExecution execution) {
    premiums.closeUnpaid(InsurancePremiums.CaseRef.of(execution));
  }
}
