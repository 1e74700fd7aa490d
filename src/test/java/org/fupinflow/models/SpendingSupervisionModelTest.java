package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.projects.SpendingSupervisionProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/spending-supervision.bpmn}: the project catches up before the city issues its supervision
 * (interrupting message boundary event) or after it (message catch event), and the two escalation timers of
 * 下达督办意见.
 */
@Deployment(resources = "processes/spending-supervision.bpmn")
class SpendingSupervisionModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String ISSUE = "UserTask_IssueSupervision";
  private static final String CAUGHT_UP = "SpendingCaughtUp";

  /** {@code spendingSupervision}: behind plan detected on Wednesday 1 April 2026. */
  public static class SpendingSupervision {
    public LocalDate detectedOn(DelegateExecution execution) {
      return LocalDate.parse("2026-04-01");
    }
  }

  @BeforeEach
  void caseBean() {
    doubles.register("spendingSupervision", new SpendingSupervision());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(SpendingSupervisionProcess.KEY, "SB-230102-P001-2026-03");
  }

  private void catchUp(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(CAUGHT_UP).processInstanceId(instance.getId()).correlate();
  }

  @Test
  void caughtUpAfterTheSupervisionWasIssued() {
    var instance = start();
    assertThat(instance).hasPassed("ServiceTask_RaiseBehindPlan").isWaitingAt(ISSUE);
    assertThat(task(instance)).hasCandidateGroup("city-poverty-office");
    // 3 working days from Wednesday 1 April
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-04-06"));

    complete(task(instance));
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_CaughtUp");
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("timers gone with the task").isZero();

    catchUp(instance);
    assertThat(instance).isEnded().hasPassed("Gateway_CaughtUpJoin", "EndEvent_CaughtUp")
        .hasNotPassed("BoundaryEvent_CaughtUpDuringSupervision");
    assertThat(doubles.calls()).containsExactly("raiseBehindPlan ServiceTask_RaiseBehindPlan",
        "issueSupervisionListener " + ISSUE + " complete", "closeEscalations " + ISSUE + " complete",
        "closeBehindPlan ServiceTask_CloseBehindPlan");
  }

  @Test
  void caughtUpBeforeTheSupervisionCancelsTheTask() {
    var instance = start();
    catchUp(instance);

    assertThat(instance).isEnded().hasPassed("BoundaryEvent_CaughtUpDuringSupervision", "EndEvent_CaughtUp")
        .hasNotPassed("IntermediateCatchEvent_CaughtUp");
    assertThat(doubles.calls()).containsExactly("raiseBehindPlan ServiceTask_RaiseBehindPlan",
        "closeEscalations " + ISSUE + " delete", "closeBehindPlan ServiceTask_CloseBehindPlan");
  }

  @Test
  void overdueSupervisionEscalatesTwiceUntilTheProjectCatchesUp() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_IssueSupervisionOverdue");
    var second = timer(instance, "BoundaryEvent_IssueSupervisionStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-04-06"));
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-04-09"));

    fire(first);
    assertThat(instance).hasPassed("EndEvent_IssueSupervisionEscalated").isWaitingAt(ISSUE);
    fire(second);
    assertThat(instance).hasPassed("EndEvent_IssueSupervisionEscalatedAgain").isWaitingAt(ISSUE);
    assertThat(doubles.escalations()).containsExactly(ISSUE + "/1", ISSUE + "/2");

    catchUp(instance);
    assertThat(instance).isEnded();
  }
}
