package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_ENDS_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_REQUESTED_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 村两委张贴公示: checks the posting day whatever the form checked, puts the notice on the
 * public board and sets {@code noticeEndsOn}. A bad day is refused with a 400 and the task stays open.
 */
@Component
class PostPublicNoticeListener implements TaskListener {

  private final VillageNoticeboard noticeboard;

  PostPublicNoticeListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    var requestedOn = InvalidSubmission.date(task.getVariable(NOTICE_REQUESTED_ON), NOTICE_REQUESTED_ON, "提请公示日期");
    var postedOn = InvalidSubmission.date(task.getVariable(POSTED_ON), POSTED_ON, "张贴日期");
    var district = task.getTenantId() != null ? task.getTenantId() : (String) task.getVariable(DISTRICT_CODE);
    var notice = noticeboard.post(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), district,
        NoticeRequest.from(task.getVariables()), requestedOn, postedOn);
    task.setVariable(POSTED_ON, notice.postedOn().toString());
    task.setVariable(NOTICE_ENDS_ON, notice.endsOn().toString());
  }
}
