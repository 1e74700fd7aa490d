package org.fupinflow.evaluation;

import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_COMPLETE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_DOCUMENTS;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_REMARK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 报送绩效评价材料 ({@code ${submitEvaluationMaterials}}): the materials are checked and recorded
 * ({@link PublishedGrades#submitMaterials}) in the transaction that completes the task; a refusal is a 400 and the
 * task stays open. District and year come from the case's tenant and business key.
 */
@Component("submitEvaluationMaterials")
class SubmitMaterialsListener implements TaskListener {

  private final PublishedGrades grades;
  private final IdentityService identityService;

  SubmitMaterialsListener(PublishedGrades grades, IdentityService identityService) {
    this.grades = grades;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var district = task.getTenantId();
    int year = PerformanceEvaluationProcess.year(task.getExecution().getProcessBusinessKey(), district);
    grades.submitMaterials(district, year, task.getVariable(MATERIALS_DOCUMENTS), task.getVariable(MATERIALS_REMARK),
        task.getVariable(MATERIALS_COMPLETE), ActingOfficial.userId(identityService));
  }
}
