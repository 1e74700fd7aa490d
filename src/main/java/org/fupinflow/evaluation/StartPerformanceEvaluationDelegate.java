package org.fupinflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 通知各区县报送绩效评价材料 ({@code ${startPerformanceEvaluation}}): every district without this year's case gets one
 * ({@link PerformanceEvaluationStarts#startForThisYear}); the run shows which year and how many.
 */
@Component("startPerformanceEvaluation")
class StartPerformanceEvaluationDelegate implements JavaDelegate {

  private final PerformanceEvaluationStarts starts;

  StartPerformanceEvaluationDelegate(PerformanceEvaluationStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    var started = Context.getCommandContext().runWithoutAuthorization(starts::startForThisYear);
    execution.setVariable(PerformanceEvaluationScheduleProcess.Variables.EVALUATION_YEAR, started.year());
    execution.setVariable(PerformanceEvaluationScheduleProcess.Variables.CASES_STARTED, started.casesStarted());
  }
}
