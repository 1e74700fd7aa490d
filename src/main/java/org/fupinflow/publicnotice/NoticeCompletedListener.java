package org.fupinflow.publicnotice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code start} of 公示完成: the period ended without an upheld objection; the caller reads {@code completed}. */
@Component("noticeCompletedListener")
class NoticeCompletedListener implements ExecutionListener {

  private final VillageNoticeboard noticeboard;

  NoticeCompletedListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    noticeboard.complete(execution.getProcessInstanceId());
    execution.setVariable(PublicNoticeProcess.Variables.NOTICE_OUTCOME, PublicNoticeProcess.Outcomes.COMPLETED);
  }
}
