package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.projects.ProjectApprovalProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/project-approval.bpmn}: every outgoing flow of the district's, the city's and the township's
 * gateways, and the two escalation timers of each of the three user tasks. The status the gateways read is the
 * project's status in our table; here the test sets it as the completing listener would.
 */
@Deployment(resources = "processes/project-approval.bpmn")
class ProjectApprovalModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String DISTRICT_REVIEW = "UserTask_DistrictReview";
  private static final String CITY_REVIEW = "UserTask_CityReview";
  private static final String REVISE = "UserTask_ReviseApplication";

  /** {@code projectApprovalCase}: the project's status, and due dates counted from the step's start (engine clock). */
  public static class ProjectApprovalCase {
    public String status = "SUBMITTED";

    public String status(DelegateExecution execution) {
      return status;
    }

    public String townshipGroup(DelegateExecution execution) {
      return "township-daoli-xinnong";
    }

    public Date due(DelegateExecution execution, int workingDays) {
      return new ModelDoubles.WeekendDeadlines().workingDays(ChinaTime.now(), workingDays);
    }
  }

  private ProjectApprovalCase project;

  @BeforeEach
  void caseBean() {
    project = doubles.register("projectApprovalCase", new ProjectApprovalCase());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ProjectApprovalProcess.KEY, "PA-230102-2026-001");
  }

  /** The listener of the task sets the project's status; then the gateway after the task reads it. */
  private void decide(ProcessInstance instance, String taskKey, String status) {
    assertThat(instance).isWaitingAt(taskKey);
    project.status = status;
    complete(task(instance));
  }

  @Test
  void approvedByTheDistrictAloneGoesIntoTheLibrary() {
    var instance = start();
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-09"));

    decide(instance, DISTRICT_REVIEW, "APPROVED");

    assertThat(instance).isEnded().hasPassed("Gateway_Approved", "ServiceTask_EnterLibrary",
        "EndEvent_ProjectInLibrary").hasNotPassed(CITY_REVIEW);
    assertThat(doubles.calls()).containsExactly(
        "decideProjectApplication " + DISTRICT_REVIEW + " complete",
        "closeEscalations " + DISTRICT_REVIEW + " complete",
        "enterApprovedProject ServiceTask_EnterLibrary");
  }

  @Test
  void districtApprovalAboveTheLimitGoesToTheCityWhichApproves() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "DISTRICT_APPROVED");

    assertThat(instance).isWaitingAt(CITY_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("city-poverty-office");
    decide(instance, CITY_REVIEW, "APPROVED");

    assertThat(instance).isEnded().hasPassed(CITY_REVIEW, "Gateway_Approved", "EndEvent_ProjectInLibrary");
  }

  @Test
  void theCityRejects() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "DISTRICT_APPROVED");
    decide(instance, CITY_REVIEW, "REJECTED");

    assertThat(instance).isEnded().hasPassed("EndEvent_ProjectRejectedByCity").hasNotPassed("ServiceTask_EnterLibrary");
  }

  @Test
  void theCityReturnsTheTownshipResubmitsAndTheDistrictReviewsAgain() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "DISTRICT_APPROVED");
    decide(instance, CITY_REVIEW, "RETURNED");

    assertThat(instance).isWaitingAt(REVISE);
    assertThat(task(instance)).hasCandidateGroup("township-daoli-xinnong");
    // 10 working days from Monday 2 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-16"));
    decide(instance, REVISE, "SUBMITTED");

    assertThat(instance).hasPassed("Gateway_ToRevision", "Gateway_Revision").isWaitingAt(DISTRICT_REVIEW);
    decide(instance, DISTRICT_REVIEW, "APPROVED");
    assertThat(instance).isEnded().hasPassed("EndEvent_ProjectInLibrary");
  }

  @Test
  void theDistrictRejects() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "REJECTED");

    assertThat(instance).isEnded().hasPassed("Gateway_DistrictRefusal", "EndEvent_ProjectRejected")
        .hasNotPassed("Gateway_ToRevision");
  }

  @Test
  void theDistrictReturnsAndTheTownshipWithdraws() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "RETURNED");
    assertThat(instance).hasPassed("Gateway_DistrictRefusal", "Gateway_ToRevision").isWaitingAt(REVISE);
    decide(instance, REVISE, "WITHDRAWN");

    assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationWithdrawn");
  }

  @Test
  void eachReviewEscalatesTwiceWhenOverdue() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_DistrictReviewOverdue");
    var second = timer(instance, "BoundaryEvent_DistrictReviewStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-03-09"));
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-03-12"));
    fire(first);
    fire(second);
    assertThat(instance).hasPassed("EndEvent_DistrictReviewEscalated", "EndEvent_DistrictReviewEscalatedAgain")
        .isWaitingAt(DISTRICT_REVIEW);

    decide(instance, DISTRICT_REVIEW, "DISTRICT_APPROVED");
    // the city's 5 working days count from its own start, Friday 13 March after the second escalation
    var cityFirst = timer(instance, "BoundaryEvent_CityReviewOverdue");
    assertThat(cityFirst.getDuedate()).isEqualTo(endOfDay("2026-03-20"));
    fire(cityFirst);
    fire(timer(instance, "BoundaryEvent_CityReviewStillOverdue"));
    assertThat(instance).hasPassed("EndEvent_CityReviewEscalated", "EndEvent_CityReviewEscalatedAgain")
        .isWaitingAt(CITY_REVIEW);

    decide(instance, CITY_REVIEW, "RETURNED");
    fire(timer(instance, "BoundaryEvent_RevisionOverdue"));
    fire(timer(instance, "BoundaryEvent_RevisionStillOverdue"));
    assertThat(instance).hasPassed("EndEvent_RevisionEscalated", "EndEvent_RevisionEscalatedAgain")
        .isWaitingAt(REVISE);

    assertThat(doubles.escalations()).containsExactly(
        DISTRICT_REVIEW + "/1", DISTRICT_REVIEW + "/2", CITY_REVIEW + "/1", CITY_REVIEW + "/2",
        REVISE + "/1", REVISE + "/2");
  }

  @Test
  void completingAReviewRemovesItsTimers() {
    var instance = start();
    decide(instance, DISTRICT_REVIEW, "DISTRICT_APPROVED");
    assertThat(timer(instance, "BoundaryEvent_DistrictReviewOverdue")).isNull();
    assertThat(timer(instance, "BoundaryEvent_DistrictReviewStillOverdue")).isNull();
    assertThat(timer(instance, "BoundaryEvent_CityReviewOverdue")).isNotNull();
  }
}
