package org.fupinflow.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 检查各项目支出进度 of the checkpoint schedule ({@code ${detectBehindPlan}}): every project behind plan at the latest
 * checkpoint gets a case ({@link SpendingSupervisions#detectAtLatestCheckpoint}); the run shows which checkpoint and
 * how many.
 */
@Component("detectBehindPlan")
class DetectBehindPlanDelegate implements JavaDelegate {

  private final SpendingSupervisions supervisions;

  DetectBehindPlanDelegate(SpendingSupervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    var detection = Context.getCommandContext().runWithoutAuthorization(supervisions::detectAtLatestCheckpoint);
    execution.setVariable(SpendingSupervisionScheduleProcess.Variables.CHECKPOINT_DATE,
        detection.checkpointDate().toString());
    execution.setVariable(SpendingSupervisionScheduleProcess.Variables.CASES_STARTED, detection.casesStarted());
  }
}
