package org.fupinflow.projects;

import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.CONFIRMATION_REMARK;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.STATISTICS_CONFIRMED;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 确认月统计 ({@code ${confirmMonthlyStatistics}}): the confirmation is checked and recorded
 * ({@link MonthlyStatisticsConfirmations#confirm}) in the transaction that completes the task. District and month come
 * from the case's tenant and business key.
 */
@Component("confirmMonthlyStatistics")
class ConfirmMonthlyStatisticsListener implements TaskListener {

  private final MonthlyStatisticsConfirmations confirmations;
  private final IdentityService identityService;

  ConfirmMonthlyStatisticsListener(MonthlyStatisticsConfirmations confirmations, IdentityService identityService) {
    this.confirmations = confirmations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var district = task.getTenantId();
    var month = MonthlyStatisticsProcess.month(task.getExecution().getProcessBusinessKey(), district);
    confirmations.confirm(district, month, task.getVariable(STATISTICS_CONFIRMED), task.getVariable(CONFIRMATION_REMARK),
        ActingOfficial.userId(identityService));
  }
}
