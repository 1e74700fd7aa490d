package org.fupinflow.projects;

import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.projects.ProjectApprovalProcess.Elements;
import org.fupinflow.projects.ProjectApprovalProcess.Variables;
import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project application's case is started by the application when a township officer applies through
 * {@code POST /api/projects/applications} (the goal table is written in the same transaction), never by hand; each
 * step takes its decision and opinion only.
 */
@Configuration
class ProjectApprovalPolicy {

  @Bean
  ProcessPolicy projectApprovalProcessPolicy() {
    return ProcessPolicy.startedByApplication(ProjectApprovalProcess.KEY)
        .task(Elements.TASK_DISTRICT_REVIEW, text(Variables.REVIEW_DECISION), text(Variables.REVIEW_OPINION))
        .task(Elements.TASK_CITY_REVIEW, text(Variables.REVIEW_DECISION), text(Variables.REVIEW_OPINION))
        .task(Elements.TASK_REVISE_APPLICATION, text(Variables.REVISION_DECISION), text(Variables.REVISION_NOTE));
  }
}
