package org.fupinflow.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
  /** A timer's BPMN id and the user task it watches; the ids of a job definition never change. */
  private record TimerStep(String timerId, String stepId, String stepName) {
    static final TimerStep UNKNOWN = new TimerStep(null, null, null);
  }

  private final Map<String, TimerStep> timerSteps = new ConcurrentHashMap<>();

  TimerChanges(HistoryService historyService, ManagementService managementService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
  }

  /**
   * Newest first; districts null for all, {@code district} one of them (the API has checked it). Runs as the caller:
   * they see the history their authorizations allow.
   */
  List<TimerChange> find(Collection<String> districts, String district, LocalDate from, LocalDate to) {
    var query = historyService.createUserOperationLogQuery().entityType(EntityTypes.JOB);
    if (district != null) {
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
    // Newest first, and an operation's entries share its timestamp: grouping keeps the order.
    var byOperation = new LinkedHashMap<String, List<UserOperationLogEntry>>();
    for (var entry : query.orderByTimestamp().desc().list()) {
      byOperation.computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>()).add(entry);
    }
    var caseKeys = caseKeys(byOperation.values().stream().map(entries -> entries.get(0).getProcessInstanceId())
        .filter(Objects::nonNull).collect(Collectors.toSet()));
    return byOperation.values().stream().map(entries -> change(entries, caseKeys)).toList();
  }

  /** The case numbers of these process instances, in one query. */
  private Map<String, String> caseKeys(Set<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    var keys = new HashMap<String, String>();
    historyService.createHistoricProcessInstanceQuery().processInstanceIds(processInstanceIds).list()
        .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
    return keys;
  }

  private TimerChange change(List<UserOperationLogEntry> entries, Map<String, String> caseKeys) {
    var first = entries.get(0);
    var step = step(first.getJobDefinitionId(), first.getProcessDefinitionId());
    var caseKey = first.getProcessInstanceId() == null ? null : caseKeys.get(first.getProcessInstanceId());
    var changes = entries.stream().filter(entry -> entry.getProperty() != null)
        .map(entry -> new Change(entry.getProperty(), value(entry.getProperty(), entry.getOrgValue()),
            value(entry.getProperty(), entry.getNewValue()))).toList();
    return new TimerChange(first.getOperationId(), time(first.getTimestamp()), first.getUserId(),
        first.getOperationType(), first.getJobId(), step.timerId(), step.stepId(), step.stepName(), caseKey, first.getProcessInstanceId(),
        first.getProcessDefinitionKey(), first.getTenantId(), changes);
  }

  /** The timer's BPMN id and the user task it watches (a boundary timer), from the job definition and the model. */
  private TimerStep step(String jobDefinitionId, String processDefinitionId) {
    if (jobDefinitionId == null || processDefinitionId == null) {
      return TimerStep.UNKNOWN;
    }
    return timerSteps.computeIfAbsent(jobDefinitionId, id -> {
      var definition = managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      if (definition == null) {
        return TimerStep.UNKNOWN;
      }
      var element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(definition.getActivityId());
      if (element instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
        return new TimerStep(definition.getActivityId(), timer.getAttachedTo().getId(), timer.getAttachedTo().getName());
      }
      return new TimerStep(definition.getActivityId(), null, null);
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
