package org.fupinflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 市扶贫办评分: refused (400, the task stays open) while any basic item scored from evidence is not
 * entered, naming the items; the bonus (10) and the deduction (11) may stay empty. District and year come from the
 * case's tenant and business key.
 */
@Component("scoreEvaluationEvidence")
class ScoreEvidenceListener implements TaskListener {

  static final String FIELD = "evidence";

  private final PublishedGrades grades;

  ScoreEvidenceListener(PublishedGrades grades) {
    this.grades = grades;
  }

  @Override
  public void notify(DelegateTask task) {
    var district = task.getTenantId();
    int year = PerformanceEvaluationProcess.year(task.getExecution().getProcessBusinessKey(), district);
    var missing = grades.missingItems(district, year);
    if (!missing.isEmpty()) {
      throw new InvalidSubmission(FIELD, "尚未录入第 " + String.join("、", missing) + " 项的得分，请先录入（PUT /api/evaluation/"
          + district + "/" + year + "/evidence/{item}）再完成评分", "items " + String.join(", ", missing)
          + " are not entered yet; enter them (PUT /api/evaluation/" + district + "/" + year
          + "/evidence/{item}) before completing the scoring");
    }
  }
}
