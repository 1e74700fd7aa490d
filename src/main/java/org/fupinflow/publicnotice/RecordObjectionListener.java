package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_RAISED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code complete} of 登记公示异议（如有）: the village committee records an objection in Tasklist. */
@Component("recordObjectionListener")
class RecordObjectionListener implements TaskListener {

  private final VillageNoticeboard noticeboard;

  RecordObjectionListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateTask task) {
    var raisedOn = noticeboard.raiseObjection(task.getProcessInstanceId(), task.getVariable(OBJECTION_CONTENT));
    task.setVariable(OBJECTION_RAISED_ON, raisedOn.toString());
  }
}
