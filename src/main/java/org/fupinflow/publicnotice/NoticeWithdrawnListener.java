package org.fupinflow.publicnotice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code start} of 公示撤回: an objection was upheld; the caller reads {@code upheld}. */
@Component("noticeWithdrawnListener")
class NoticeWithdrawnListener implements ExecutionListener {

  private final VillageNoticeboard noticeboard;

  NoticeWithdrawnListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    noticeboard.withdraw(execution.getProcessInstanceId());
    execution.setVariable(PublicNoticeProcess.Variables.NOTICE_OUTCOME, PublicNoticeProcess.Outcomes.UPHELD);
  }
}
