package org.fupinflow.projects;

import org.fupinflow.security.ActingOfficial;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.CONFIRMATION_REMARK;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.STATISTICS_CONFIRMED;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * 确认月统计: checks the form's required checkbox on the server (the browser's check is no check; without it the engine
 * REST API answers 400 and the task stays open) and records who confirmed the month and when (engine clock), in the
 * transaction that completes the task. District and month come from the case's tenant and business key.
 */
@Component("confirmMonthlyStatistics")
class ConfirmMonthlyStatisticsListener implements TaskListener {

  static final int MAX_REMARK = 500;

  private final MonthlyStatisticsConfirmations confirmations;
  private final IdentityService identityService;

  ConfirmMonthlyStatisticsListener(MonthlyStatisticsConfirmations confirmations, IdentityService identityService) {
    this.confirmations = confirmations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(STATISTICS_CONFIRMED))) {
      throw new BadUserRequestException(STATISTICS_CONFIRMED + "：请核对月统计后勾选确认 / " + STATISTICS_CONFIRMED
          + ": check the monthly statistics and confirm them");
    }
    var remark = task.getVariable(CONFIRMATION_REMARK) instanceof String text && !text.isBlank() ? text.strip() : null;
    if (remark != null && remark.length() > MAX_REMARK) {
      throw new BadUserRequestException(CONFIRMATION_REMARK + "：备注不能超过500字 / " + CONFIRMATION_REMARK
          + ": at most 500 characters");
    }
    var execution = task.getExecution();
    var district = task.getTenantId();
    var month = MonthlyStatisticsProcess.month(execution.getProcessBusinessKey(), district);
    var confirmedBy = ActingOfficial.userId(identityService);
    confirmations.record(district, month, confirmedBy, ChinaTime.now(), remark);
  }
}
