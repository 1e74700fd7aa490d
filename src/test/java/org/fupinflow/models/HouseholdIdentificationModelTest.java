package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/household-identification.bpmn}: fast track or not, the three categories' township steps, the
 * township's and the district's decisions (pass, reject, return), notice or none, the notice's outcome, what the
 * household is recognized as, and the two escalation timers of each of the four user tasks. The call activity
 * {@code public-notice} is a stub deployed with the model (its binding is {@code deployment}): one task whose
 * completion sets the outcome the real notice would hand back (the notice's own paths are not tested here).
 */
class HouseholdIdentificationModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String BUSINESS_KEY = "HR-230102-2026-0001";
  private static final String VERIFY = "UserTask_VerifyHousehold";
  private static final String COLLECT = "UserTask_CollectHouseholdInformation";
  private static final String APPRAISE = "UserTask_HoldVillageAppraisal";
  private static final String REVIEW = "UserTask_ReviewHousehold";
  private static final String NOTICE_STUB = "UserTask_NoticeStub";

  /** {@code householdCase}: the township's candidate group. */
  public static class HouseholdCase {
    public String townshipGroup(String caseNumber) {
      return "township-daoli-xinnong";
    }
  }

  /** {@code householdNotice}: what the call activity hands to the notice, from the case number. */
  public static class HouseholdNotice {
    public String title() {
      return "返贫致贫风险户认定公示";
    }

    public String village(String caseNumber) {
      return "新农村 of " + caseNumber;
    }

    public String person(String caseNumber) {
      return "张*";
    }

    public String category(String caseNumber) {
      return "B";
    }

    public String reason(String caseNumber) {
      return "因病";
    }
  }

  @BeforeEach
  void deployWithNoticeStub() {
    doubles.register("householdCase", new HouseholdCase());
    doubles.register("householdNotice", new HouseholdNotice());
    var stub = Bpmn.createExecutableProcess(PublicNoticeProcess.KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask(NOTICE_STUB).endEvent().done();
    extension.manageDeployment(repositoryService().createDeployment()
        .addClasspathResource("processes/household-identification.bpmn")
        .addModelInstance("public-notice.bpmn", stub)
        .deploy());
  }

  private ProcessInstance start(String category, boolean fastTrack) {
    return runtimeService().startProcessInstanceByKey(HouseholdIdentificationProcess.KEY, BUSINESS_KEY,
        Map.of("category", category, "fastTrack", fastTrack, "districtCode", "230102", "townshipStepFrom", TODAY));
  }

  /** The township step done on Wednesday 4 March (the listener sets both variables). */
  private static Map<String, Object> township(boolean passed) {
    return withVariables("townshipPassed", passed, "townshipCompletedOn", "2026-03-04");
  }

  private ProcessInstance notice() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(PublicNoticeProcess.KEY)
        .singleResult();
  }

  @Test
  void categoryAVerifiedAndApprovedIsMonitoredWithoutNotice() {
    var instance = start("A", false);
    assertThat(instance).isWaitingAt(VERIFY).hasNotPassed("ServiceTask_ApplyFastTrack");
    assertThat(task(instance)).hasCandidateGroup("township-daoli-xinnong");
    // 5 working days from Monday 2 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-09"));
    complete(task(instance), township(true));

    assertThat(instance).isWaitingAt(REVIEW);
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    // 3 working days from Wednesday 4 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-09"));
    complete(task(instance), withVariables("reviewDecision", "approve"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_MarkMonitored", "EndEvent_HouseholdMonitored")
        .hasNotPassed("CallActivity_PublicNotice");
    assertThat(doubles.calls()).containsExactly("registerRiskReportListener StartEvent_RiskReported",
        "completeVerificationListener " + VERIFY + " complete", "closeEscalations " + VERIFY + " complete",
        "reviewHouseholdListener " + REVIEW + " complete", "closeEscalations " + REVIEW + " complete",
        "recognizeHousehold ServiceTask_MarkMonitored");
  }

  @Test
  void categoryBOnTheFastTrackIsNoticedAndRecognizedAsInstantAssistance() {
    var instance = start("B", true);
    assertThat(instance).hasPassed("ServiceTask_ApplyFastTrack").isWaitingAt(COLLECT);
    complete(task(instance), township(true));
    complete(task(instance), withVariables("reviewDecision", "approve"));

    assertThat(instance).isWaitingAt("CallActivity_PublicNotice");
    var notice = notice();
    assertThat(notice.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    assertThat(runtimeService().getVariables(notice.getId())).containsEntry("noticeKind", "household")
        .containsEntry("districtCode", "230102").containsEntry("noticeTitle", "返贫致贫风险户认定公示")
        .containsEntry("noticeVillage", "新农村 of " + BUSINESS_KEY).containsEntry("noticePerson", "张*")
        .containsEntry("noticeCategory", "B").containsEntry("noticeReason", "因病");
    complete(task(notice), withVariables("noticeOutcome", "passed", "noticeEndsOn", "2026-03-13"));

    assertThat(instance).isEnded().variables().containsEntry("noticeOutcome", "passed")
        .containsEntry("noticeEndsOn", "2026-03-13");
    assertThat(instance).hasPassed("ServiceTask_RecognizeInstantAssistance", "EndEvent_InstantAssistanceRecognized");
    assertThat(doubles.calls()).contains("applyFastTrack ServiceTask_ApplyFastTrack",
        "recognizeHousehold ServiceTask_RecognizeInstantAssistance");
  }

  @Test
  void categoryCAppraisedAndNoticedWithoutObjectionHasItsPolicyRestored() {
    var instance = start("C", false);
    assertThat(instance).isWaitingAt(APPRAISE);
    complete(task(instance), township(true));
    complete(task(instance), withVariables("reviewDecision", "approve"));
    complete(task(notice()), withVariables("noticeOutcome", "objectionRejected"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_RestorePolicy", "EndEvent_PolicyRestored");
  }

  @Test
  void anUpheldObjectionEndsInNotRecognized() {
    var instance = start("B", false);
    complete(task(instance), township(true));
    complete(task(instance), withVariables("reviewDecision", "approve"));
    complete(task(notice()), withVariables("noticeOutcome", "upheld", "objectionDecisionReason", "收入超标"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_RecordNotRecognized", "EndEvent_NotRecognized")
        .hasNotPassed("Gateway_RecognizedAs").variables().containsEntry("objectionDecisionReason", "收入超标");
  }

  @Test
  void aTownshipStepThatDoesNotPassEndsInNotRecognizedWithoutReview() {
    var instance = start("A", false);
    complete(task(instance), township(false));

    assertThat(instance).isEnded().hasPassed("EndEvent_NotRecognized").hasNotPassed(REVIEW);
  }

  @Test
  void theDistrictRejects() {
    var instance = start("C", false);
    complete(task(instance), township(true));
    complete(task(instance), withVariables("reviewDecision", "reject"));

    assertThat(instance).isEnded().hasPassed("EndEvent_NotRecognized").hasNotPassed("CallActivity_PublicNotice");
  }

  @Test
  void theDistrictReturnsTheCaseToTheTownshipStepOfItsCategory() {
    var instance = start("B", false);
    complete(task(instance), township(true));
    // the review listener restarts the township's period on the day of return, Friday 6 March
    complete(task(instance), withVariables("reviewDecision", "return", "townshipStepFrom", "2026-03-06"));

    assertThat(instance).isWaitingAt(COLLECT).isNotEnded();
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-13"));
    assertThat(timer(instance, "BoundaryEvent_CollectHouseholdInformationOverdue").getDuedate())
        .isEqualTo(endOfDay("2026-03-13"));
  }

  @Test
  void verificationAndReviewEscalateTwiceWhenOverdue() {
    var instance = start("A", false);
    escalatesTwice(instance, VERIFY, "VerifyHousehold", "2026-03-09", "2026-03-12");
    complete(task(instance), township(true));
    escalatesTwice(instance, REVIEW, "ReviewHousehold", "2026-03-09", "2026-03-12");
    assertThat(doubles.escalations()).containsExactly(VERIFY + "/1", VERIFY + "/2", REVIEW + "/1", REVIEW + "/2");
  }

  @Test
  void collectionEscalatesTwiceWhenOverdue() {
    var instance = start("B", false);
    escalatesTwice(instance, COLLECT, "CollectHouseholdInformation", "2026-03-09", "2026-03-12");
  }

  @Test
  void appraisalEscalatesTwiceWhenOverdue() {
    var instance = start("C", false);
    escalatesTwice(instance, APPRAISE, "HoldVillageAppraisal", "2026-03-09", "2026-03-12");
  }

  private void escalatesTwice(ProcessInstance instance, String taskKey, String step, String firstDue,
      String secondDue) {
    var first = timer(instance, "BoundaryEvent_" + step + "Overdue");
    var second = timer(instance, "BoundaryEvent_" + step + "StillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay(firstDue));
    assertThat(second.getDuedate()).isEqualTo(endOfDay(secondDue));
    // the clock may already be past: the job executor would fire them at once
    execute(first);
    execute(second);
    assertThat(instance).hasPassed("EndEvent_" + step + "Escalated", "EndEvent_" + step + "EscalatedToCity")
        .isWaitingAt(taskKey);
  }
}
