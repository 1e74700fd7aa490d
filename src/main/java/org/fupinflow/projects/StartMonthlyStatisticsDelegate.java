package org.fupinflow.projects;

import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.DistrictCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 通知各区县确认月统计: the month is the one before today in China time (engine clock), whatever zone the cron timer
 * fired in; every district without that month's case gets one ({@link DistrictCases}).
 */
@Component("startMonthlyStatistics")
class StartMonthlyStatisticsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartMonthlyStatisticsDelegate.class);

  private final DistrictCases districtCases;

  StartMonthlyStatisticsDelegate(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var month = YearMonth.from(ChinaTime.today()).minusMonths(1);
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    int started = Context.getCommandContext().runWithoutAuthorization(() -> districtCases.startInEveryDistrict(
        MonthlyStatisticsProcess.KEY, district -> MonthlyStatisticsProcess.businessKey(district, month),
        Map.of(MonthlyStatisticsProcess.Variables.STATISTICS_MONTH, month.toString())));
    log.info("Month {}: started {} district monthly statistics confirmations", month, started);
    execution.setVariable(MonthlyStatisticsScheduleProcess.Variables.STATISTICS_MONTH, month.toString());
    execution.setVariable(MonthlyStatisticsScheduleProcess.Variables.CASES_STARTED, started);
  }
}
