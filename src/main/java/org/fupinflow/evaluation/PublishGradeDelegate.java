package org.fupinflow.evaluation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * 公布评价结果: stores the district's total and grade of the year, with who completed the scoring and when (engine
 * clock), in the transaction that completes the city's scoring.
 */
@Component("publishEvaluationGrade")
class PublishGradeDelegate implements JavaDelegate {

  private final PublishedGrades grades;
  private final IdentityService identityService;

  PublishGradeDelegate(PublishedGrades grades, IdentityService identityService) {
    this.grades = grades;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var district = execution.getTenantId();
    int year = PerformanceEvaluationProcess.year(execution.getProcessBusinessKey(), district);
    var by = ActingOfficial.userId(identityService);
    grades.publish(district, year, by);
  }
}
