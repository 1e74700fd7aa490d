package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.escalation.Escalation;

/**
 * A city-wide schedule (a cron timer start) and the per-district cases it starts, business keys beginning with
 * {@code casePrefix}, for tests that move the engine clock and run the timer: its job, its next firing in the JVM's
 * zone (where Camunda evaluates cron), the cases started since this object was made and their tasks and timers (cases
 * other tests left are not this test's), every district the schedule serves (Harbin's and other tests' own), and the
 * clean-up that removes this test's runs, so the next test of the class may run the same day again, and re-arms the
 * shared timer at the real time.
 */
public class CityWideSchedule {

  private final ProcessEngine engine;
  private final String scheduleKey;
  private final String timerStartId;
  private final String caseKey;
  private final String casePrefix;
  private final Set<String> earlierCases;
  private final Set<String> earlierRuns;

  public CityWideSchedule(ProcessEngine engine, String scheduleKey, String timerStartId, String caseKey,
      String casePrefix) {
    this.engine = engine;
    this.scheduleKey = scheduleKey;
    this.timerStartId = timerStartId;
    this.caseKey = caseKey;
    this.casePrefix = casePrefix;
    this.earlierCases = historicIds(caseKey);
    this.earlierRuns = historicIds(scheduleKey);
  }

  private Set<String> historicIds(String processDefinitionKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  /** Every district (tenant) the schedule starts a case in. */
  public List<String> districts() {
    return engine.getIdentityService().createTenantQuery().list().stream().map(Tenant::getId).toList();
  }

  public static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public Job timer() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(scheduleKey).activityId(timerStartId)
        .singleResult();
  }

  /** Executes the timer job now, whatever its due date (as an administrator or a retry may). */
  public void run() {
    engine.getManagementService().executeJob(timer().getId());
  }

  /** Re-arms the timer from the engine clock's now. */
  public void rearm() {
    engine.getManagementService().recalculateJobDuedate(timer().getId(), false);
  }

  /** The timer's next firing in the JVM's zone. */
  public LocalDateTime firesAt() {
    return LocalDateTime.ofInstant(timer().getDuedate().toInstant(), ZoneId.systemDefault());
  }

  /** The tasks of the cases started since this object was made. */
  public List<Task> tasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(caseKey).list().stream()
        .filter(task -> !earlierCases.contains(task.getProcessInstanceId())).toList();
  }

  public String businessKeyOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  public Job caseTimer(Task task, String boundaryEventId) {
    return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
        .activityId(boundaryEventId).singleResult();
  }

  /**
   * Fires the case's first-level deadline timer at {@code at} and asserts the escalation: one incident on the task's
   * execution in the district's tenant naming {@code messageParts}, and a 督办 task naming {@code businessKey} for the
   * supervisors.
   */
  public void assertFirstLevelEscalation(Task task, String overdueTimerId, Instant at, String district, String businessKey,
      String... messageParts) {
    at(at);
    engine.getManagementService().executeJob(caseTimer(task, overdueTimerId).getId());

    var incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(task.getProcessInstanceId())
        .incidentType(Escalation.INCIDENT_TYPE).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getExecutionId()).isEqualTo(task.getExecutionId());
    assertThat(incidents.get(0).getTenantId()).isEqualTo(district);
    assertThat(incidents.get(0).getIncidentMessage()).contains("一级督办", businessKey).contains(messageParts);
    var taskService = engine.getTaskService();
    var supervision = taskService.createTaskQuery().taskNameLike("督办%" + businessKey + "%").singleResult();
    assertThat(taskService.getIdentityLinksForTask(supervision.getId())).extracting("groupId")
        .containsExactly("supervisors");
  }

  /**
   * Resets the clock, removes the schedule's runs and the cases since this object was made with their supervision
   * tasks, and re-arms the timer.
   */
  public void cleanUp() {
    ClockUtil.reset();
    var historyService = engine.getHistoryService();
    var runtimeService = engine.getRuntimeService();
    var finished = historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn(caseKey, scheduleKey)
        .list().stream().map(HistoricProcessInstance::getId)
        .filter(id -> !earlierCases.contains(id) && !earlierRuns.contains(id)).toList();
    var running = runtimeService.createProcessInstanceQuery().processDefinitionKey(caseKey).list().stream()
        .map(ProcessInstance::getId).filter(id -> !earlierCases.contains(id)).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test cleanup", true, true);
    }
    if (!finished.isEmpty()) {
      historyService.deleteHistoricProcessInstances(finished);
    }
    var taskService = engine.getTaskService();
    taskService.createTaskQuery().taskNameLike("%" + casePrefix + "%").list()
        .forEach(task -> taskService.deleteTask(task.getId(), true));
    for (var job : engine.getManagementService().createJobQuery().processDefinitionKey(scheduleKey).list()) {
      engine.getManagementService().recalculateJobDuedate(job.getId(), false);
    }
  }
}
