package org.fupinflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * {@code end} listener of every deadline-bearing external task (a step an outside party works over REST): closes its
 * escalations when it ends, completed or ended by a BPMN error, as {@link CloseEscalationsListener} does for user
 * tasks.
 */
@Component("closeStepEscalations")
class CloseStepEscalationsListener implements ExecutionListener {

  private final OverdueSteps overdueSteps;

  CloseStepEscalationsListener(OverdueSteps overdueSteps) {
    this.overdueSteps = overdueSteps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      overdueSteps.close(execution.getProcessInstanceId(), execution.getCurrentActivityId());
      return null;
    });
  }
}
