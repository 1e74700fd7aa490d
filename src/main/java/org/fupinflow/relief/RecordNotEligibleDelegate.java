package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.NOT_ELIGIBLE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记不符合救助条件 ({@code ${recordNotEligible}}), after the insurer's BPMN error: its reason ends the claim
 * ({@link ReliefClaimCases#recordNotEligible}).
 */
@Component("recordNotEligible")
class RecordNotEligibleDelegate implements JavaDelegate {

  private final ReliefClaimCases cases;

  RecordNotEligibleDelegate(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.recordNotEligible(execution.getProcessBusinessKey(), execution.getVariable(NOT_ELIGIBLE_REASON))
        .writeTo(execution);
  }
}
