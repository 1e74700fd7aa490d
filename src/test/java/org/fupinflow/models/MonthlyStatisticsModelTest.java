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
import org.fupinflow.projects.MonthlyStatisticsProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/monthly-statistics.bpmn}: confirm, and the two escalation timers of 确认月统计. */
@Deployment(resources = "processes/monthly-statistics.bpmn")
class MonthlyStatisticsModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String CONFIRM = "UserTask_ConfirmStatistics";

  /** {@code monthlyStatisticsCase}: the statistics were issued on Monday 2 March. */
  public static class MonthlyStatisticsCase {
    public Date issuedOn(DelegateExecution execution) {
      return endOfDay(TODAY);
    }
  }

  @BeforeEach
  void caseBean() {
    doubles.register("monthlyStatisticsCase", new MonthlyStatisticsCase());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(MonthlyStatisticsProcess.KEY, "MS-230102-2026-02");
  }

  @Test
  void confirmingEndsTheCaseAndClosesItsEscalations() {
    var instance = start();
    assertThat(instance).isWaitingAt(CONFIRM);
    // 5 working days from Monday 2 March: Monday 9 March, end of day
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-09"));
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");

    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_StatisticsConfirmed");
    assertThat(doubles.calls()).containsExactly(
        "confirmMonthlyStatistics " + CONFIRM + " complete", "closeEscalations " + CONFIRM + " complete");
  }

  @Test
  void overdueEscalatesTwiceAndTheTaskStaysOpen() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_ConfirmStatisticsOverdue");
    var second = timer(instance, "BoundaryEvent_ConfirmStatisticsStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-03-09"));
    // 3 working days after Monday 9 March
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-03-12"));

    fire(first);
    assertThat(instance).hasPassed("EndEvent_ConfirmStatisticsEscalated").isWaitingAt(CONFIRM);
    fire(second);
    assertThat(instance).hasPassed("EndEvent_ConfirmStatisticsEscalatedAgain").isWaitingAt(CONFIRM);
    assertThat(doubles.escalations()).containsExactly(CONFIRM + "/1", CONFIRM + "/2");

    complete(task(instance));
    assertThat(instance).isEnded();
  }
}
