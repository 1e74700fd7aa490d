package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_UPHELD;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 区县扶贫办处理公示异议: checks and records the decision. Without a decision or a reason
 * the answer is a 400 and the task stays open.
 */
@Component("decideObjectionListener")
class DecideObjectionListener implements TaskListener {

  private final VillageNoticeboard noticeboard;

  DecideObjectionListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateTask task) {
    noticeboard.decideObjection(task.getProcessInstanceId(), task.getVariable(OBJECTION_UPHELD),
        task.getVariable(OBJECTION_DECISION_REASON), task.getAssignee());
  }
}
