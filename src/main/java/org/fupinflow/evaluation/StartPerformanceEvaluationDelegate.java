package org.fupinflow.evaluation;

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
 * 通知各区县报送绩效评价材料: the year is today's in China time (engine clock), whatever zone the cron timer fired in;
 * every district without that year's case gets one ({@link DistrictCases}).
 */
@Component("startPerformanceEvaluation")
class StartPerformanceEvaluationDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartPerformanceEvaluationDelegate.class);

  private final DistrictCases districtCases;

  StartPerformanceEvaluationDelegate(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ChinaTime.today().getYear();
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    int started = Context.getCommandContext().runWithoutAuthorization(() -> districtCases.startInEveryDistrict(
        PerformanceEvaluationProcess.KEY, district -> PerformanceEvaluationProcess.businessKey(district, year),
        Map.of(PerformanceEvaluationProcess.Variables.EVALUATION_YEAR, String.valueOf(year))));
    log.info("Year {}: started {} district performance evaluations", year, started);
    execution.setVariable(PerformanceEvaluationScheduleProcess.Variables.EVALUATION_YEAR, year);
    execution.setVariable(PerformanceEvaluationScheduleProcess.Variables.CASES_STARTED, started);
  }
}
