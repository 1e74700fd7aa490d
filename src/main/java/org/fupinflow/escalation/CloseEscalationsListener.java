package org.fupinflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** {@code complete} listener of every deadline-bearing user task: closes its escalations. */
@Component("closeEscalations")
class CloseEscalationsListener implements TaskListener {

  private final OverdueSteps overdueSteps;

  CloseEscalationsListener(OverdueSteps overdueSteps) {
    this.overdueSteps = overdueSteps;
  }

  @Override
  public void notify(DelegateTask task) {
    // The official completing the step may not see the 督办 task or the incident: system work.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      overdueSteps.close(task);
      return null;
    });
  }
}
