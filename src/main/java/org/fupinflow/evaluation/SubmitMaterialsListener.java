package org.fupinflow.evaluation;

import org.fupinflow.security.ActingOfficial;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_COMPLETE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_DOCUMENTS;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_REMARK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 报送绩效评价材料: checks the form on the server (the browser's check is no check; a refusal is a
 * 400 and the task stays open) and records the materials, who submitted them and when (engine clock), in the
 * transaction that completes the task. District and year come from the case's tenant and business key.
 */
@Component("submitEvaluationMaterials")
class SubmitMaterialsListener implements TaskListener {

  static final int MAX_DOCUMENTS = 2000;
  static final int MAX_REMARK = 500;

  private final EvaluationResults results;
  private final IdentityService identityService;

  SubmitMaterialsListener(EvaluationResults results, IdentityService identityService) {
    this.results = results;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var documents = InvalidSubmission.text(task.getVariable(MATERIALS_DOCUMENTS), MATERIALS_DOCUMENTS, "材料清单（文号、标题）",
        MAX_DOCUMENTS);
    var remark = InvalidSubmission.optionalText(task.getVariable(MATERIALS_REMARK), MATERIALS_REMARK, "备注", MAX_REMARK);
    if (!Boolean.TRUE.equals(task.getVariable(MATERIALS_COMPLETE))) {
      throw new InvalidSubmission(MATERIALS_COMPLETE, "请确认绩效评价材料齐全后勾选", "confirm that the materials are complete");
    }
    var execution = task.getExecution();
    var district = task.getTenantId();
    int year = PerformanceEvaluationProcess.year(execution.getProcessBusinessKey(), district);
    var by = ActingOfficial.userId(identityService);
    results.submitMaterials(district, year, documents, remark, by, ChinaTime.now());
  }
}
