package org.fupinflow.publicnotice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * On the start of a notice: refuses a request the public board could not show (400, nothing is started, and a
 * calling case's step stays where it was) and records the day it was requested, from which posting is due.
 */
@Component
class RequestPublicNoticeListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    NoticeRequest.from(execution.getVariables());
    execution.setVariable(PublicNoticeProcess.Variables.NOTICE_REQUESTED_ON, ChinaTime.today().toString());
  }
}
