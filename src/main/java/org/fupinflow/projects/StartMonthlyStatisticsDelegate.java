package org.fupinflow.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 通知各区县确认月统计 ({@code ${startMonthlyStatistics}}): every district without last month's case gets one
 * ({@link MonthlyStatisticsStarts#startForLastMonth}); the run shows which month and how many.
 */
@Component("startMonthlyStatistics")
class StartMonthlyStatisticsDelegate implements JavaDelegate {

  private final MonthlyStatisticsStarts starts;

  StartMonthlyStatisticsDelegate(MonthlyStatisticsStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    var started = Context.getCommandContext().runWithoutAuthorization(starts::startForLastMonth);
    execution.setVariable(MonthlyStatisticsScheduleProcess.Variables.STATISTICS_MONTH, started.month().toString());
    execution.setVariable(MonthlyStatisticsScheduleProcess.Variables.CASES_STARTED, started.casesStarted());
  }
}
