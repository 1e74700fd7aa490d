package org.fupinflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Behind every overdue boundary timer: {@code ${escalateOverdueStep}} with the input parameters
 * {@code overdueStep} (the user task's id) and {@code escalationLevel} (1 or 2).
 */
@Component("escalateOverdueStep")
class EscalateOverdueStepDelegate implements JavaDelegate {

  static final String OVERDUE_STEP = "overdueStep";
  static final String ESCALATION_LEVEL = "escalationLevel";

  private final OverdueSteps overdueSteps;

  EscalateOverdueStepDelegate(OverdueSteps overdueSteps) {
    this.overdueSteps = overdueSteps;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    var step = (String) execution.getVariableLocal(OVERDUE_STEP);
    var level = Integer.parseInt(String.valueOf(execution.getVariableLocal(ESCALATION_LEVEL)));
    // System work: the timer may fire in the job executor or be executed through REST by an administrator.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      overdueSteps.escalate(execution.getProcessInstanceId(), step, level);
      return null;
    });
  }
}
