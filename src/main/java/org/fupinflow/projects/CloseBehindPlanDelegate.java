package org.fupinflow.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 解除支出进度落后事件 ({@code ${closeBehindPlan}}): the project caught up; the case's incidents are resolved and its
 * row records when ({@link SpendingSupervisions#caughtUp}).
 */
@Component("closeBehindPlan")
class CloseBehindPlanDelegate implements JavaDelegate {

  private final SpendingSupervisions supervisions;

  CloseBehindPlanDelegate(SpendingSupervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // System work: the message is correlated by the application after a disbursement posting.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      supervisions.caughtUp(execution.getProcessBusinessKey(), execution.getTenantId(),
          execution.getProcessInstanceId());
      return null;
    });
  }
}
