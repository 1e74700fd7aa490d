package org.fupinflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Behind every overdue boundary timer: {@code ${escalateOverdueStep}} with the input parameters
 * {@code overdueStep} (the user task's or external task's id) and {@code escalationLevel} (1 or 2), and for an
 * external task {@code stepDeadline} (its deadline, as the timer's expression gives it).
 */
@Component("escalateOverdueStep")
class EscalateOverdueStepDelegate implements JavaDelegate {

  static final String OVERDUE_STEP = "overdueStep";
  static final String ESCALATION_LEVEL = "escalationLevel";
  /** Optional: the step's deadline, for steps without a due date of their own (an external task). */
  static final String STEP_DEADLINE = "stepDeadline";

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
      overdueSteps.escalate(execution, step, level,
          (java.util.Date) execution.getVariableLocal(STEP_DEADLINE));
      return null;
    });
  }
}
