package org.fupinflow.projects;

import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVISION_DECISION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVISION_NOTE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.security.ActingOfficial;
import org.springframework.stereotype.Component;

/**
 * {@code complete} of 修改项目申报 ({@code ${reviseProjectApplication}}): resubmission or withdrawal is recorded on the
 * application in the task's transaction; a resubmitted application's forms show it as it now stands.
 */
@Component("reviseProjectApplication")
class ReviseProjectApplicationListener implements TaskListener {

  private static final List<String> FORM_VARIABLES = List.of(REVISION_DECISION, REVISION_NOTE);

  private final ProjectApplications applications;
  private final ProjectApprovalCase approvalCase;
  private final IdentityService identityService;

  ReviseProjectApplicationListener(ProjectApplications applications, ProjectApprovalCase approvalCase,
      IdentityService identityService) {
    this.applications = applications;
    this.approvalCase = approvalCase;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var application = approvalCase.application(task.getExecution());
    var shown = applications.decideRevision(application.district(), application.code(),
        task.getVariable(REVISION_DECISION), task.getVariable(REVISION_NOTE), ActingOfficial.userId(identityService));
    task.getExecution().removeVariables(FORM_VARIABLES);
    task.getExecution().setVariables(shown);
  }
}
