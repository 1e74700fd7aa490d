package org.fupinflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 市扶贫办评分 ({@code ${scoreEvaluationEvidence}}): refused (400, the task stays open) while any
 * basic item scored from evidence is not entered ({@link PublishedGrades#requireEvidenceScored}). District and year
 * come from the case's tenant and business key.
 */
@Component("scoreEvaluationEvidence")
class ScoreEvidenceListener implements TaskListener {

  private final PublishedGrades grades;

  ScoreEvidenceListener(PublishedGrades grades) {
    this.grades = grades;
  }

  @Override
  public void notify(DelegateTask task) {
    var district = task.getTenantId();
    grades.requireEvidenceScored(district,
        PerformanceEvaluationProcess.year(task.getExecution().getProcessBusinessKey(), district));
  }
}
