package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_RAISED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of 收到公示异议, the message {@code PublicNoticeObjection} ({@link NoticeObjections} correlates it
 * for a village committee): records the objection carried in the message's {@code objectionContent}, raised by the
 * engine's authenticated user. Without it the correlation is refused with a 400 and the notice runs on.
 */
@Component("objectionReceivedListener")
class ObjectionReceivedListener implements ExecutionListener {

  private final VillageNoticeboard noticeboard;

  ObjectionReceivedListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var raisedOn = noticeboard.raiseObjection(execution.getProcessInstanceId(), execution.getVariable(OBJECTION_CONTENT));
    execution.setVariable(OBJECTION_RAISED_ON, raisedOn.toString());
  }
}
