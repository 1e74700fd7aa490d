package org.fupinflow.relief;

import static org.fupinflow.relief.InsurancePremiumProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of {@code insurance-premium} ({@code ${openPremiumCase}}): a bad start is refused with a 400 and
 * nothing starts; otherwise the case gets its number as business key and the figures its payment form shows.
 */
@Component("openPremiumCase")
class OpenPremiumCaseListener implements ExecutionListener {

  private final InsurancePremiums premiums;

  OpenPremiumCaseListener(InsurancePremiums premiums) {
    this.premiums = premiums;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var opened = premiums.open(execution.getTenantId(), execution.getVariable(Variables.INSURANCE_YEAR),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(opened.caseNumber());
    execution.setVariables(opened.shown());
  }
}
