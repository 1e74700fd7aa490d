package org.fupinflow.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * What administrators did to the deadline timers (and any other job) of cases — moved a due date, re-planned it,
 * executed, retried, suspended or deleted it — read from Camunda's user operation log, which records every such
 * call with who made it and the values before and after. Only administrators can make these calls (the engine
 * door refuses everyone else), so this is the complete list of changes to a deadline outside the procedure.
 */
@Component
class TimerChanges {

  /** One operation on one job, with the properties it changed. */
  record TimerChange(String operationId, OffsetDateTime at, String userId, String operation, String jobId,
                     String timerId, String stepId, String stepName, String caseKey, String processInstanceId,
                     String processDefinitionKey, String district, List<Change> changes) {
  }

  record Change(String property, String from, String to) {
  }

  private final HistoryService historyService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final Map<String, String[]> timerSteps = new ConcurrentHashMap<>();

  TimerChanges(HistoryService historyService, ManagementService managementService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
  }

  /** Newest first; districts null for all. Runs as the caller: they see the history their authorizations allow. */
  List<TimerChange> find(Collection<String> districts, String district, LocalDate from, LocalDate to) {
    var query = historyService.createUserOperationLogQuery().entityType(EntityTypes.JOB);
    if (district != null) {
      if (districts != null && !districts.contains(district)) {
        return List.of();
      }
      query.tenantIdIn(district);
    } else if (districts != null) {
      if (districts.isEmpty()) {
        return List.of();
      }
      query.tenantIdIn(districts.toArray(String[]::new));
    }
    if (from != null) {
      query.afterTimestamp(new Date(ChinaTime.startOfDay(from).getTime() - 1));
    }
    if (to != null) {
      query.beforeTimestamp(new Date(ChinaTime.endOfDay(to).getTime() + 1));
    }
    var byOperation = new LinkedHashMap<String, List<UserOperationLogEntry>>();
    for (var entry : query.orderByTimestamp().desc().list()) {
      byOperation.computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>()).add(entry);
    }
    return byOperation.values().stream().map(this::change)
        .sorted(Comparator.comparing(TimerChange::at).reversed()).toList();
  }

  private TimerChange change(List<UserOperationLogEntry> entries) {
    var first = entries.get(0);
    var step = step(first.getJobDefinitionId(), first.getProcessDefinitionId());
    var caseKey = first.getProcessInstanceId() == null ? null : historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(first.getProcessInstanceId()).list().stream().findFirst()
        .map(instance -> instance.getBusinessKey()).orElse(null);
    var changes = entries.stream().filter(entry -> entry.getProperty() != null)
        .map(entry -> new Change(entry.getProperty(), value(entry.getProperty(), entry.getOrgValue()),
            value(entry.getProperty(), entry.getNewValue()))).toList();
    return new TimerChange(first.getOperationId(), time(first.getTimestamp()), first.getUserId(),
        first.getOperationType(), first.getJobId(), step[0], step[1], step[2], caseKey, first.getProcessInstanceId(),
        first.getProcessDefinitionKey(), first.getTenantId(), changes);
  }

  /** The timer's BPMN id and the user task it watches (a boundary timer), from the job definition and the model. */
  private String[] step(String jobDefinitionId, String processDefinitionId) {
    if (jobDefinitionId == null || processDefinitionId == null) {
      return new String[3];
    }
    return timerSteps.computeIfAbsent(jobDefinitionId, id -> {
      var definition = managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      if (definition == null) {
        return new String[3];
      }
      var element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(definition.getActivityId());
      if (element instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
        return new String[] {definition.getActivityId(), timer.getAttachedTo().getId(), timer.getAttachedTo().getName()};
      }
      return new String[] {definition.getActivityId(), null, null};
    });
  }

  /** Due dates are logged as epoch milliseconds: shown as China time. */
  private static String value(String property, String value) {
    if (value == null || !property.toLowerCase().contains("duedate")) {
      return value;
    }
    try {
      return time(new Date(Long.parseLong(value))).toString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
