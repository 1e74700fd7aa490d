package org.fupinflow.escalation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.security.Districts;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens to an overdue step, for every deadline-bearing user task alike.
 *
 * <p>Level 1 (at the deadline): a {@code deadlineOverdue} incident on the step's execution, so supervisors see
 * it in Cockpit; an escalation record; and a 督办 task for the next level up: the district poverty office for
 * a township or village step, the city's supervisors for a district step. Level 2 (still open some working days later):
 * the same, addressed to the city's supervisors. When the step completes, its incidents are resolved, open
 * 督办 tasks withdrawn, and the records get the completion time and the lateness in working days.
 */
@Component
class OverdueSteps {

  private static final Logger log = LoggerFactory.getLogger(OverdueSteps.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  static final String WITHDRAWN = "超期步骤已办结，督办撤回 / the overdue step was completed";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Districts districts;
  private final HolidayCalendar holidays;
  private final EscalationRecords records;
  private final Map<String, String> districtNames = new ConcurrentHashMap<>();

  OverdueSteps(TaskService taskService, RuntimeService runtimeService, Districts districts, HolidayCalendar holidays,
      EscalationRecords records) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.districts = districts;
    this.holidays = holidays;
    this.records = records;
  }

  /** The open step behind a deadline: a user task, or the external task an outside party (the insurer) works. */
  private record OpenStep(String id, String executionId, String name, String tenantId, String candidateGroups,
      Date dueDate) {
  }

  /**
   * Escalates the step {@code stepId} of the case if it is still open. {@code deadline} is the step's deadline when
   * the model states it (external tasks have no due date); a user task's own due date counts first. Runs in the
   * timer job's command: the case (business key, district) comes from the escalating execution, the open step and its
   * candidate groups from the engine's entities, without another query through the services.
   */
  void escalate(DelegateExecution execution, String stepId, int level, Date deadline) {
    var processInstanceId = execution.getProcessInstanceId();
    var step = openStep(execution, stepId, deadline);
    if (step == null || records.exists(step.id(), level)) {
      return; // completed meanwhile, or a retried job that already escalated
    }
    var candidateGroups = step.candidateGroups();
    // Township and village steps answer to the district poverty office first, and so does an outside party the
    // district office works with (the insurer); district steps answer to the city.
    var localStep = candidateGroups.startsWith(Townships.GROUP_PREFIX)
        || candidateGroups.contains(Roles.VILLAGE_COMMITTEES.groupId())
        || candidateGroups.equals(Roles.INSURERS.groupId());
    var supervisingGroup = level == 1 && localStep ? Roles.DISTRICT_POVERTY_OFFICE : Roles.SUPERVISORS;
    var caseKey = execution.getProcessBusinessKey();
    var district = step.tenantId();
    var districtName = districtName(district);
    // An administrator may have cleared the due date in Tasklist; the timer that fired is then the deadline.
    var dueAt = step.dueDate() != null ? step.dueDate() : ChinaTime.now();
    var deadlineDay = ChinaTime.dateOf(dueAt);
    var levelName = level == 1 ? "一级督办" : "二级督办";

    var message = "【%s】%s 已超期：案件 %s（%s），办理期限 %s 24:00 / %s overdue: case %s (%s), deadline %s"
        .formatted(levelName, step.name(), caseKey, districtName, DAY.format(deadlineDay), step.name(), caseKey,
            district, DAY.format(deadlineDay));
    var incident = runtimeService.createIncident(Escalation.INCIDENT_TYPE, step.executionId(), step.id(), message);

    var supervision = taskService.newTask();
    supervision.setName("督办：%s 超期（%s，%s）".formatted(step.name(), caseKey, districtName));
    supervision.setDescription("%s。办理组：%s。请督促办理并在办结后完成本任务。".formatted(message.split(" / ")[0], candidateGroups));
    supervision.setTenantId(district);
    supervision.setDueDate(ChinaTime.endOfDay(holidays.current().addWorkingDays(ChinaTime.today(), 1)));
    supervision.setPriority(level == 1 ? 70 : 90);
    taskService.saveTask(supervision);
    taskService.addCandidateGroup(supervision.getId(), supervisingGroup.groupId());

    records.insert(new EscalationRecord(EscalationRecords.newId(), caseKey, processInstanceId, step.id(), stepId,
        step.name(), district, candidateGroups, toTime(dueAt), level, toTime(ChinaTime.now()),
        supervisingGroup.groupId(), incident.getId(), supervision.getId(), null, null));
    log.info("Escalated {} of case {} ({}) at level {} to {}", stepId, caseKey, district, level, supervisingGroup.groupId());
  }

  private OpenStep openStep(DelegateExecution execution, String stepId, Date deadline) {
    var processInstanceId = execution.getProcessInstanceId();
    var task = Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
        .filter(open -> stepId.equals(open.getTaskDefinitionKey())).findFirst().orElse(null);
    if (task != null) {
      var candidateGroups = task.getIdentityLinks().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).sorted().collect(Collectors.joining(","));
      return new OpenStep(task.getId(), task.getExecutionId(), task.getName(), task.getTenantId(), candidateGroups,
          task.getDueDate() != null ? task.getDueDate() : deadline);
    }
    var external = Context.getCommandContext().getExternalTaskManager()
        .findExternalTasksByProcessInstanceId(processInstanceId).stream()
        .filter(open -> stepId.equals(open.getActivityId())).findFirst().orElse(null);
    if (external == null) {
      return null;
    }
    var activity = ((ExecutionEntity) execution).getProcessDefinition().findActivity(stepId);
    var name = activity != null && activity.getName() != null ? activity.getName() : stepId;
    return new OpenStep(external.getId(), external.getExecutionId(), name, external.getTenantId(),
        Roles.INSURERS.groupId(), deadline);
  }

  /** {@code end} of an external task with a deadline: its escalations close as a user task's do on completion. */
  void close(String processInstanceId, String stepId) {
    closeRecords(records.openFor(processInstanceId, stepId));
  }

  void close(DelegateTask step) {
    closeRecords(records.openFor(step.getId()));
  }

  private void closeRecords(List<EscalationRecord> open) {
    var now = ChinaTime.now();
    for (var record : open) {
      if (record.incidentId() != null && runtimeService.createIncidentQuery().incidentId(record.incidentId()).count() > 0) {
        runtimeService.resolveIncident(record.incidentId());
      }
      if (record.supervisionTaskId() != null
          && taskService.createTaskQuery().taskId(record.supervisionTaskId()).count() > 0) {
        taskService.deleteTask(record.supervisionTaskId(), WITHDRAWN);
      }
      var late = holidays.current().workingDaysBetween(record.deadline().toLocalDate(), ChinaTime.dateOf(now));
      records.complete(record.id(), now, late);
    }
  }

  /**
   * The district's name for messages. Districts are the tenants the identity bootstrap creates; their names are read
   * once per node (a renamed district shows its new name in new messages after a restart).
   */
  private String districtName(String district) {
    return district == null ? "" : districtNames.computeIfAbsent(district,
        code -> districts.name(code).orElse(code));
  }

  private static OffsetDateTime toTime(Date date) {
    return date.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
