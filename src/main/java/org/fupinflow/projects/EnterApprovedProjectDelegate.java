package org.fupinflow.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 纳入项目库 ({@code ${enterApprovedProject}}): the approved project enters the district's library. */
@Component("enterApprovedProject")
class EnterApprovedProjectDelegate implements JavaDelegate {

  private final ProjectApplications applications;
  private final ProjectApprovalCase approvalCase;

  EnterApprovedProjectDelegate(ProjectApplications applications, ProjectApprovalCase approvalCase) {
    this.applications = applications;
    this.approvalCase = approvalCase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var application = approvalCase.application(execution);
    applications.enterLibrary(application.district(), application.code());
  }
}
