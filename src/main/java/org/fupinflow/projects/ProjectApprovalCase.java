package org.fupinflow.projects;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fupinflow.calendar.Deadlines;
import org.fupinflow.security.Townships;
import org.springframework.stereotype.Component;

/**
 * What {@code processes/project-approval.bpmn} reads of its application: where it stands (the gateways), the
 * township whose officers revise it, and the day each step's deadline counts from — all from the application's table,
 * found by the case's tenant and business key, so no variable a caller could write routes the case or moves a deadline.
 * Public, as the expression language calls only public classes' methods.
 */
@Component("projectApprovalCase")
public class ProjectApprovalCase {

  private final ProjectApplications applications;
  private final Deadlines deadlines;

  ProjectApprovalCase(ProjectApplications applications, Deadlines deadlines) {
    this.applications = applications;
    this.deadlines = deadlines;
  }

  /** {@code SUBMITTED}, {@code DISTRICT_APPROVED}, {@code RETURNED}, {@code APPROVED}, {@code REJECTED}, {@code WITHDRAWN}. */
  public String status(DelegateExecution execution) {
    return application(execution).status().name();
  }

  /** The candidate group of 修改项目申报: the applying township's. */
  public String townshipGroup(DelegateExecution execution) {
    var application = application(execution);
    return Townships.groupId(application.district(), application.township());
  }

  /** End of the {@code workingDays}-th working day after the current step began (China time, engine clock). */
  public Date due(DelegateExecution execution, int workingDays) {
    return deadlines.workingDays(application(execution).stepSince(), workingDays);
  }

  ProjectApplication application(DelegateExecution execution) {
    var district = execution.getTenantId();
    var code = ProjectApprovalProcess.projectCode(execution.getProcessBusinessKey(), district);
    return applications.find(district, code).orElseThrow(() -> ProjectApplications.noSuchApplication(district, code));
  }
}
