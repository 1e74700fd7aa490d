package org.fupinflow.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code start} of a claim, 乡镇提报救助申请 ({@code ${registerReliefClaim}}): the report is checked and filed
 * ({@link ReliefClaimCases#register}; a bad one is refused with a 400 and nothing starts), its case number becomes the
 * business key.
 */
@Component("registerReliefClaim")
class RegisterReliefClaimListener implements ExecutionListener {

  private final ReliefClaimCases cases;

  RegisterReliefClaimListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var registered = cases.register(execution.getVariables(), execution.getProcessInstanceId(),
        ActingOfficial.userId(execution.getProcessEngineServices().getIdentityService()));
    execution.setProcessBusinessKey(registered.caseNumber());
    registered.variables().writeTo(execution);
  }
}
