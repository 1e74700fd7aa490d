package org.fupinflow.projects;

import org.fupinflow.security.ActingOfficial;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.LAST_OPINION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVIEW_OPINION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVISION_DECISION;
import static org.fupinflow.projects.ProjectApprovalProcess.Variables.REVISION_NOTE;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.projects.ProjectApplication.Status;
import org.fupinflow.projects.ProjectApplications.Step;
import org.fupinflow.projects.ProjectApprovalProcess.Decisions;
import org.fupinflow.projects.ProjectApprovalProcess.Elements;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glue of {@code processes/project-approval.bpmn}: each task's complete listener checks the form's decision on the
 * server and records it on the application (the step's deadline restarts, the file gets the opinion) in the
 * transaction that completes the task; the service task 入库 enters the approved project into the library. The
 * decision variables are removed once recorded, so the next round's form starts blank and only the table routes.
 */
@Configuration
class ProjectApprovalSteps {

  static final int MAX_OPINION = 500;
  private static final Set<String> REVIEW_DECISIONS = Set.of(Decisions.APPROVE, Decisions.RETURN, Decisions.REJECT);
  private static final Set<String> REVISION_DECISIONS = Set.of(Decisions.RESUBMIT, Decisions.WITHDRAW);

  private final ProjectApplications applications;
  private final ProjectApprovalCase approvalCase;
  private final IdentityService identityService;

  ProjectApprovalSteps(ProjectApplications applications, ProjectApprovalCase approvalCase,
      IdentityService identityService) {
    this.applications = applications;
    this.approvalCase = approvalCase;
    this.identityService = identityService;
  }

  /** 县审核 and 市复核: approve, return to the township with reasons, or reject with reasons. */
  @Bean
  TaskListener decideProjectApplication() {
    return task -> {
      var step = Elements.TASK_CITY_REVIEW.equals(task.getTaskDefinitionKey()) ? Step.CITY_REVIEW : Step.DISTRICT_REVIEW;
      if (!(task.getVariable(REVIEW_DECISION) instanceof String decision) || !REVIEW_DECISIONS.contains(decision)) {
        throw new InvalidSubmission(REVIEW_DECISION, "请选择审核意见：同意、退回乡镇修改或不予立项",
            "must be approve, return or reject");
      }
      var opinion = opinion(task, REVIEW_OPINION, !decision.equals(Decisions.APPROVE),
          decision.equals(Decisions.RETURN) ? "退回的理由" : "不予立项的理由");
      var next = decide(task, step, decision, opinion, List.of(REVIEW_DECISION, REVIEW_OPINION));
      if (next == Status.RETURNED || next == Status.REJECTED) {
        task.getExecution().setVariable(LAST_OPINION, step.label() + "：" + opinion);
      }
    };
  }

  /** 修改项目申报: resubmit the (revised) application to the district, or withdraw it. */
  @Bean
  TaskListener reviseProjectApplication() {
    return task -> {
      if (!(task.getVariable(REVISION_DECISION) instanceof String decision) || !REVISION_DECISIONS.contains(decision)) {
        throw new InvalidSubmission(REVISION_DECISION, "请选择：修改后重新申报或撤回申报", "must be resubmit or withdraw");
      }
      var note = opinion(task, REVISION_NOTE, false, "修改说明");
      var step = decision.equals(Decisions.RESUBMIT) ? Step.REVISE : Step.WITHDRAW;
      decide(task, step, decision, note, List.of(REVISION_DECISION, REVISION_NOTE));
      if (step == Step.REVISE) {
        task.getExecution().setVariables(applications.shown(approvalCase.application(task.getExecution())));
      }
    };
  }

  /** 入库: the approved project enters the district's library, by the route its reviews took. */
  @Bean
  JavaDelegate enterApprovedProject() {
    return (DelegateExecution execution) -> {
      var application = approvalCase.application(execution);
      applications.enterLibrary(application.district(), application.code());
    };
  }

  private Status decide(DelegateTask task, Step step, String decision, String opinion, List<String> formVariables) {
    var application = approvalCase.application(task.getExecution());
    var next = applications.decide(application.district(), application.code(), step, decision, opinion, official());
    task.getExecution().removeVariables(formVariables);
    return next;
  }

  private static String opinion(DelegateTask task, String variable, boolean required, String what) {
    var text = task.getVariable(variable) instanceof String value && !value.isBlank() ? value.strip() : null;
    if (required && text == null) {
      throw new InvalidSubmission(variable, "请填写" + what, "required with this decision");
    }
    if (text != null && text.length() > MAX_OPINION) {
      throw new InvalidSubmission(variable, what + "不能超过" + MAX_OPINION + "字", "at most " + MAX_OPINION + " characters");
    }
    return text;
  }

  private String official() {
    return ActingOfficial.userId(identityService);
  }
}
