package org.fupinflow.evaluation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a district's performance evaluation, for the model's due dates and timers
 * ({@code ${performanceEvaluationCase.materialsDue(execution)}}): from the case's business key and tenant, both set by
 * the application at start, and the materials' arrival as recorded in {@code evaluation_materials}, so an overwritten
 * {@code evaluationYear} moves no deadline. Public, as the expression language calls only public classes' methods.
 */
@Component("performanceEvaluationCase")
public class PerformanceEvaluationCase {

  private final EvaluationResults results;
  private final Deadlines deadlines;

  PerformanceEvaluationCase(EvaluationResults results, Deadlines deadlines) {
    this.results = results;
    this.deadlines = deadlines;
  }

  /**
   * 002 第十条: the end of 25 December of the evaluated year, China time. A fixed date of the province's calendar, not
   * a period counted from an event: it is not moved off a weekend (25 December is never a public holiday).
   */
  public Date materialsDue(DelegateExecution execution) {
    return ChinaTime.endOfDay(PerformanceEvaluationProcess.materialsDueOn(year(execution)));
  }

  /** Our own service level: 10 working days after the day the district's materials arrived (China time). */
  public Date scoringDue(DelegateExecution execution) {
    var district = execution.getTenantId();
    var arrived = results.materials(district, year(execution))
        .map(materials -> materials.submittedAt().toLocalDate()).orElseGet(ChinaTime::today);
    return deadlines.workingDays(arrived, PerformanceEvaluationProcess.SCORING_WORKING_DAYS);
  }

  private static int year(DelegateExecution execution) {
    return PerformanceEvaluationProcess.year(execution.getProcessBusinessKey(), execution.getTenantId());
  }
}
