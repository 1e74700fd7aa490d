package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_RAISED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of 收到公示异议, the message {@code PublicNoticeObjection} correlated through the engine REST API:
 * records the objection carried in the message's {@code objectionContent}. Without it the correlation is
 * refused with a 400 and the notice runs on.
 */
@Component
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
