package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/public-notice.bpmn}: the notice period ends by its timer (5 days, not extended), an objection
 * recorded by the village or received by message (both interrupt the period), upheld (withdrawn) or not (a new
 * period), and the escalation timers of posting and deciding. The dates the listeners set ({@code postedOn},
 * {@code objectionRaisedOn}) are given as completion variables here.
 */
@Deployment(resources = "processes/public-notice.bpmn")
class PublicNoticeModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String POST = "UserTask_PostNotice";
  private static final String RECORD_OBJECTION = "UserTask_RecordObjection";
  private static final String DECIDE = "UserTask_DecideObjection";

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PublicNoticeProcess.KEY, "HR-230102-2026-0001",
        Map.of("noticeRequestedOn", TODAY, "noticeKind", "household"));
  }

  /** Posted on Tuesday 3 March: the period's last day is Sunday 8 March (not extended). */
  private void post(ProcessInstance instance) {
    complete(task(instance), withVariables("postedOn", "2026-03-03"));
  }

  @Test
  void withoutObjectionTheNoticeCompletesWhenItsFiveDaysEnd() {
    var instance = start();
    assertThat(instance).isWaitingAt(POST);
    assertThat(task(instance)).hasCandidateGroup("village-committees");
    // 2 working days from Monday 2 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-04"));
    post(instance);

    assertThat(instance).isWaitingAt(RECORD_OBJECTION);
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-08"));
    var periodEnds = timer(instance, "BoundaryEvent_NoticePeriodEnded");
    assertThat(periodEnds.getDuedate()).isEqualTo(endOfDay("2026-03-08"));
    fire(periodEnds);

    assertThat(instance).isEnded().hasPassed("EndEvent_NoticeCompleted").hasNotPassed(DECIDE);
    assertThat(doubles.calls()).containsExactly("requestPublicNoticeListener StartEvent_NoticeRequested",
        "postPublicNoticeListener " + POST + " complete", "closeEscalations " + POST + " complete",
        "openNoticePeriodListener SubProcess_NoticePeriod", "noticeCompletedListener EndEvent_NoticeCompleted");
  }

  @Test
  void anObjectionRecordedByTheVillageAndUpheldWithdrawsTheNotice() {
    var instance = start();
    post(instance);
    complete(task(instance), withVariables("objectionRaisedOn", "2026-03-05"));

    assertThat(instance).hasPassed("EndEvent_ObjectionRecorded").isWaitingAt(DECIDE);
    assertThat(timer(instance, "BoundaryEvent_NoticePeriodEnded")).as("the period is interrupted").isNull();
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    // 3 working days from Thursday 5 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-10"));
    complete(task(instance), withVariables("objectionUpheld", true));

    assertThat(instance).isEnded().hasPassed("EndEvent_NoticeWithdrawn").hasNotPassed("EndEvent_NoticeCompleted");
    assertThat(doubles.calls()).contains("recordObjectionListener " + RECORD_OBJECTION + " complete",
        "decideObjectionListener " + DECIDE + " complete", "noticeWithdrawnListener EndEvent_NoticeWithdrawn");
  }

  @Test
  void anObjectionByMessageNotUpheldOpensANewPeriod() {
    var instance = start();
    post(instance);
    runtimeService().createMessageCorrelation("PublicNoticeObjection").processInstanceId(instance.getId())
        .setVariable("objectionRaisedOn", "2026-03-04").correlate();

    assertThat(instance).hasPassed("BoundaryEvent_ObjectionReceived").isWaitingAt(DECIDE)
        .hasNotPassed("EndEvent_ObjectionRecorded");
    assertThat(doubles.calls()).contains("objectionReceivedListener BoundaryEvent_ObjectionReceived");
    complete(task(instance), withVariables("objectionUpheld", false, "postedOn", "2026-03-09"));

    assertThat(instance).isWaitingAt(RECORD_OBJECTION);
    assertThat(timer(instance, "BoundaryEvent_NoticePeriodEnded").getDuedate()).isEqualTo(endOfDay("2026-03-14"));
    assertThat(doubles.calls()).filteredOn(call -> call.startsWith("openNoticePeriodListener")).hasSize(2);
    fire(timer(instance, "BoundaryEvent_NoticePeriodEnded"));
    assertThat(instance).isEnded().hasPassed("EndEvent_NoticeCompleted");
  }

  @Test
  void postingAndDecidingEscalateTwiceWhenOverdue() {
    var instance = start();
    var post = timer(instance, "BoundaryEvent_PostNoticeOverdue");
    var postAgain = timer(instance, "BoundaryEvent_PostNoticeStillOverdue");
    assertThat(post.getDuedate()).isEqualTo(endOfDay("2026-03-04"));
    assertThat(postAgain.getDuedate()).isEqualTo(endOfDay("2026-03-09"));
    fire(post);
    fire(postAgain);
    assertThat(instance).hasPassed("EndEvent_PostNoticeEscalated", "EndEvent_PostNoticeEscalatedToCity")
        .isWaitingAt(POST);

    post(instance);
    complete(task(instance), withVariables("objectionRaisedOn", "2026-03-05"));
    var decide = timer(instance, "BoundaryEvent_DecideObjectionOverdue");
    var decideAgain = timer(instance, "BoundaryEvent_DecideObjectionStillOverdue");
    assertThat(decide.getDuedate()).isEqualTo(endOfDay("2026-03-10"));
    assertThat(decideAgain.getDuedate()).isEqualTo(endOfDay("2026-03-13"));
    execute(decide);
    execute(decideAgain);
    assertThat(instance).hasPassed("EndEvent_DecideObjectionEscalated", "EndEvent_DecideObjectionEscalatedAgain")
        .isWaitingAt(DECIDE);
    assertThat(doubles.escalations()).containsExactly(POST + "/1", POST + "/2", DECIDE + "/1", DECIDE + "/2");
  }
}
