package org.fupinflow.publicnotice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the start of a notice: refuses a request the public board could not show (400, nothing is started, and a
 * calling case's step stays where it was) and records the day it was requested, from which posting is due.
 */
@Component("requestPublicNoticeListener")
class RequestPublicNoticeListener implements ExecutionListener {

  private final VillageNoticeboard noticeboard;

  RequestPublicNoticeListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var requestedOn = noticeboard.request(execution.getVariables());
    execution.setVariable(PublicNoticeProcess.Variables.NOTICE_REQUESTED_ON, requestedOn.toString());
  }
}
