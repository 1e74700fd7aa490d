package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four schedules of {@code processes/} ({@code *-schedule.bpmn}): each has one cron timer start event, planned
 * at deployment for the next occurrence and re-planned after it fires, which runs the schedule's one service task.
 * Cron expressions are read in the JVM's time zone (README: "in the JVM's zone"); the clock here is set in that
 * zone so that the figures hold on any machine.
 */
class ScheduleModelsTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // model,                        start event,                 call recorded,                                             first run,        second run
      "monthly-statistics-schedule,     StartEvent_MonthBegun,        startMonthlyStatistics ServiceTask_StartMonthlyStatistics,       2026-04-01T08:00, 2026-05-01T08:00",
      "performance-evaluation-schedule, StartEvent_DecemberBegun,     startPerformanceEvaluation ServiceTask_StartPerformanceEvaluation, 2026-12-01T08:00, 2027-12-01T08:00",
      "household-ledger-schedule,       StartEvent_LedgerDayReached,  startHouseholdLedgerReports ServiceTask_StartHouseholdLedgerReports, 2026-03-15T01:00, 2026-03-28T01:00",
      "spending-checkpoint-schedule,    StartEvent_CheckpointPassed,  detectBehindPlan ServiceTask_DetectBehindPlan,                   2026-04-01T08:00, 2026-07-01T08:00",
  })
  void theCronTimerStartsTheScheduledStepAndPlansTheNextRun(String model, String startEvent, String call,
      String firstRun, String secondRun) {
    ClockUtil.setCurrentTime(jvmZone("2026-03-02T09:00"));
    extension.manageDeployment(repositoryService().createDeployment()
        .addClasspathResource("processes/" + model + ".bpmn").deploy());

    var first = startTimer(startEvent);
    assertThat(first.getDuedate()).isEqualTo(jvmZone(firstRun));
    ClockUtil.setCurrentTime(first.getDuedate());
    extension.getManagementService().executeJob(first.getId());

    assertThat(doubles.calls()).containsExactly(call);
    var runs = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(model).list();
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).getEndTime()).as("the run ends at once").isNotNull();
    assertThat(startTimer(startEvent).getDuedate()).isEqualTo(jvmZone(secondRun));
  }

  private static Job startTimer(String startEvent) {
    return jobQuery().timers().activityId(startEvent).singleResult();
  }

  private static Date jvmZone(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant());
  }
}
