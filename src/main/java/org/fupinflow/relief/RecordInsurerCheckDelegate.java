package org.fupinflow.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记核查结果 ({@code ${recordInsurerCheck}}), after the insurer's worker completed its external task: the verified
 * figures are checked and recorded ({@link ReliefClaimCases#recordCheck}).
 */
@Component("recordInsurerCheck")
class RecordInsurerCheckDelegate implements JavaDelegate {

  private final ReliefClaimCases cases;

  RecordInsurerCheckDelegate(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.recordCheck(execution.getProcessBusinessKey(), execution.getVariables()).writeTo(execution);
  }
}
