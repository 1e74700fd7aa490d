package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORMED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORM_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 告知申请人 ({@code ${informApplicantListener}}), the township: the day the applicant was told
 * ({@link ReliefClaimCases#inform}); a refusal leaves the task open.
 */
@Component("informApplicantListener")
class InformApplicantListener implements TaskListener {

  private final ReliefClaimCases cases;

  InformApplicantListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.inform(task.getExecution().getProcessBusinessKey(), task.getVariable(INFORMED_ON),
        task.getVariable(INFORM_NOTE));
  }
}
