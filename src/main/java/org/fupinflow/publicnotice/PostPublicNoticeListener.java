package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_ENDS_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 村两委张贴公示 ({@code ${postPublicNoticeListener}}): {@link VillageNoticeboard#post} checks the
 * posting day whatever the form checked and puts the notice on the public board; the case gets {@code noticeEndsOn}.
 * A bad day is refused with a 400 and the task stays open.
 */
@Component("postPublicNoticeListener")
class PostPublicNoticeListener implements TaskListener {

  private final VillageNoticeboard noticeboard;

  PostPublicNoticeListener(VillageNoticeboard noticeboard) {
    this.noticeboard = noticeboard;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    var district = task.getTenantId() != null ? task.getTenantId() : (String) task.getVariable(DISTRICT_CODE);
    var notice = noticeboard.post(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), district,
        task.getVariables());
    task.setVariable(POSTED_ON, notice.postedOn().toString());
    task.setVariable(NOTICE_ENDS_ON, notice.endsOn().toString());
  }
}
