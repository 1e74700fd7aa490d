package org.fupinflow.projects;

import static org.fupinflow.projects.ProjectApprovalProcess.Variables.LAST_OPINION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVIEW_OPINION;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.projects.ProjectApplications.Step;
import org.fupinflow.projects.ProjectApprovalProcess.Elements;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 县审核 and 市复核 ({@code ${decideProjectApplication}}): the decision is recorded on the
 * application in the task's transaction (a refusal leaves the task open). The decision variables are removed once
 * recorded, so the next round's form starts blank and only the table routes.
 */
@Component("decideProjectApplication")
class DecideProjectApplicationListener implements TaskListener {

  private static final List<String> FORM_VARIABLES = List.of(REVIEW_DECISION, REVIEW_OPINION);

  private final ProjectApplications applications;
  private final ProjectApprovalCase approvalCase;
  private final IdentityService identityService;

  DecideProjectApplicationListener(ProjectApplications applications, ProjectApprovalCase approvalCase,
      IdentityService identityService) {
    this.applications = applications;
    this.approvalCase = approvalCase;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var step = Elements.TASK_CITY_REVIEW.equals(task.getTaskDefinitionKey()) ? Step.CITY_REVIEW : Step.DISTRICT_REVIEW;
    var application = approvalCase.application(task.getExecution());
    var reviewed = applications.review(application.district(), application.code(), step,
        task.getVariable(REVIEW_DECISION), task.getVariable(REVIEW_OPINION), ActingOfficial.userId(identityService));
    task.getExecution().removeVariables(FORM_VARIABLES);
    if (reviewed.lastOpinion() != null) {
      task.getExecution().setVariable(LAST_OPINION, reviewed.lastOpinion());
    }
  }
}
