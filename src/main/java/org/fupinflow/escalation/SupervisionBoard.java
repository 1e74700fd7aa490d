package org.fupinflow.escalation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.security.Districts;
import org.springframework.stereotype.Component;

/**
 * 督办看板: the open escalations of the districts an official oversees, by district × step × level, with the cases
 * behind each cell; the steps due within one working day (Tasklist's 即将到期: due after now and before the end of the
 * next working day, engine clock, China time); and the escalations opened and closed per ISO week.
 *
 * <p>Lateness counts the working days after the deadline's day up to and including today (as a completed step's
 * record counts them up to its completion day): a step due at the end of Monday is 1 working day late on Tuesday.
 * The districts are the caller's tenants (the API decides them); the holders of each step (assignee, candidate
 * groups) and the due-soon tasks are read as system work, within those districts only.
 */
@Component
class SupervisionBoard {

  /** Weeks of the trend unless the caller asks for another number (1 to {@link #MAX_WEEKS}). */
  static final int DEFAULT_WEEKS = 12;
  static final int MAX_WEEKS = 52;
  /** At most this many due-soon steps are listed, the earliest first. */
  static final int MAX_DUE_SOON = 200;

  record Board(OffsetDateTime asOf, LocalDate today, OffsetDateTime dueSoonBefore, int openEscalations,
               List<DistrictName> districts, List<Cell> cells, List<Step> dueSoon, List<Week> trend) {
  }

  record DistrictName(String code, String name) {
  }

  /** One district × step × level: how many escalations are open and how late the oldest is. */
  record Cell(String district, String districtName, String processKey, String processName, String stepId,
              String stepName, int level, int count, int oldestLateWorkingDays, List<Step> cases) {
  }

  /**
   * One open step of one case: an escalated one (with {@code level}, {@code escalatedAt}, {@code lateWorkingDays})
   * or one due soon. {@code heldBy} names the assignee, or else the candidate groups, in Chinese.
   */
  record Step(String caseKey, String processInstanceId, String processKey, String processName, String district,
              String districtName, String stepId, String stepName, String taskId, OffsetDateTime deadline,
              Integer level, OffsetDateTime escalatedAt, Integer lateWorkingDays, String assignee,
              List<String> candidateGroups, String heldBy) {
  }

  /** One ISO week (Monday to Sunday, China time): escalations opened and closed in it. */
  record Week(String week, LocalDate monday, int opened, int closed) {
  }

  private final EscalationRecords records;
  private final Escalation escalation;
  private final HolidayCalendar holidays;
  private final Districts districts;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  SupervisionBoard(EscalationRecords records, Escalation escalation, HolidayCalendar holidays, Districts districts,
      TaskService taskService, HistoryService historyService, IdentityService identityService,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.records = records;
    this.escalation = escalation;
    this.holidays = holidays;
    this.districts = districts;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  /** The board of {@code visible} districts (null: all), narrowed to {@code district} when given (already checked). */
  Board of(Collection<String> visible, String district, int weeks) {
    var now = ChinaTime.now();
    var today = ChinaTime.dateOf(now);
    var names = districts.names();
    var shown = names.keySet().stream()
        .filter(code -> (visible == null || visible.contains(code)) && (district == null || district.equals(code)))
        .toList();
    if (shown.isEmpty()) {
      return new Board(time(now), today, time(dueSoonLimit()), 0, List.of(), List.of(), List.of(), trend(List.of(), today, weeks));
    }
    var open = records.find(shown, null, null, true, null, null);
    var dueSoonTasks = asSystem(() -> taskService.createTaskQuery().tenantIdIn(shown.toArray(String[]::new))
        .dueAfter(now).dueBefore(dueSoonLimit()).orderByDueDate().asc().listPage(0, MAX_DUE_SOON)).stream()
        .filter(task -> task.getProcessInstanceId() != null) // 督办 tasks stand alone: they are not a case's step
        .toList();

    var instanceIds = new HashSet<String>();
    open.forEach(record -> instanceIds.add(record.processInstanceId()));
    dueSoonTasks.forEach(task -> instanceIds.add(task.getProcessInstanceId()));
    var instances = instances(instanceIds);
    var assignees = new HashMap<String, String>();
    var escalatedTaskIds = open.stream().map(EscalationRecord::taskId).distinct().toArray(String[]::new);
    if (escalatedTaskIds.length > 0) {
      asSystem(() -> taskService.createTaskQuery().taskIdIn(escalatedTaskIds).list())
          .forEach(task -> assignees.put(task.getId(), task.getAssignee()));
    }
    var dueSoonGroups = new HashMap<String, List<String>>();
    for (var task : dueSoonTasks) {
      dueSoonGroups.put(task.getId(), asSystem(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).sorted().toList());
    }
    var holders = new Holders(
        open.stream().map(EscalationRecord::taskId).map(assignees::get),
        dueSoonTasks.stream().map(Task::getAssignee),
        open.stream().flatMap(record -> groups(record.responsibleGroup()).stream()),
        dueSoonGroups.values().stream().flatMap(List::stream));

    var calendar = holidays.current();
    var cells = new LinkedHashMap<List<Object>, List<Step>>();
    for (var record : open) {
      var instance = instances.get(record.processInstanceId());
      var processKey = instance == null ? null : instance.getProcessDefinitionKey();
      var late = calendar.workingDaysBetween(record.deadline().toLocalDate(), today);
      var groups = groups(record.responsibleGroup());
      var assignee = assignees.get(record.taskId());
      var step = new Step(record.caseKey(), record.processInstanceId(), processKey,
          instance == null ? null : instance.getProcessDefinitionName(), record.district(),
          names.getOrDefault(record.district(), record.district()), record.stepId(), record.stepName(), record.taskId(),
          record.deadline(), record.level(), record.escalatedAt(), late, assignee, groups, holders.of(assignee, groups));
      cells.computeIfAbsent(List.of(record.district(), String.valueOf(processKey), record.stepId(), record.level()),
          key -> new ArrayList<>()).add(step);
    }
    var cellList = cells.values().stream().map(steps -> {
      steps.sort(Comparator.comparing(Step::lateWorkingDays).reversed().thenComparing(Step::deadline));
      var first = steps.get(0);
      return new Cell(first.district(), first.districtName(), first.processKey(), first.processName(), first.stepId(),
          first.stepName(), first.level(), steps.size(), first.lateWorkingDays(), List.copyOf(steps));
    }).sorted(Comparator.comparing(Cell::district)
        .thenComparing(Cell::stepName, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Cell::level))
        .toList();

    var dueSoon = dueSoonTasks.stream().map(task -> {
      var instance = instances.get(task.getProcessInstanceId());
      var groups = dueSoonGroups.get(task.getId());
      return new Step(instance == null ? null : instance.getBusinessKey(), task.getProcessInstanceId(),
          instance == null ? null : instance.getProcessDefinitionKey(),
          instance == null ? null : instance.getProcessDefinitionName(), task.getTenantId(),
          names.getOrDefault(task.getTenantId(), task.getTenantId()), task.getTaskDefinitionKey(), task.getName(),
          task.getId(), time(task.getDueDate()), null, null, null, task.getAssignee(), groups,
          holders.of(task.getAssignee(), groups));
    }).toList();

    var districtNames = shown.stream().map(code -> new DistrictName(code, names.get(code))).toList();
    return new Board(time(now), today, time(dueSoonLimit()), open.size(), districtNames, cellList, dueSoon,
        trend(shown, today, weeks));
  }

  /** Escalations opened (escalated) and closed (the step completed) per ISO week, the current week last. */
  private List<Week> trend(List<String> shown, LocalDate today, int weeks) {
    var firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
    var opened = new HashMap<LocalDate, Integer>();
    var closed = new HashMap<LocalDate, Integer>();
    if (!shown.isEmpty()) {
      for (var record : records.touchedSince(shown, ChinaTime.startOfDay(firstMonday))) {
        count(opened, record.escalatedAt(), firstMonday);
        count(closed, record.completedAt(), firstMonday);
      }
    }
    var trend = new ArrayList<Week>();
    for (int week = 0; week < weeks; week++) {
      var monday = firstMonday.plusWeeks(week);
      trend.add(new Week("%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
          monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, opened.getOrDefault(monday, 0),
          closed.getOrDefault(monday, 0)));
    }
    return trend;
  }

  private static void count(Map<LocalDate, Integer> perWeek, OffsetDateTime at, LocalDate firstMonday) {
    if (at != null) {
      var monday = at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate().with(DayOfWeek.MONDAY);
      if (!monday.isBefore(firstMonday)) {
        perWeek.merge(monday, 1, Integer::sum);
      }
    }
  }

  private Date dueSoonLimit() {
    return escalation.dueSoonLimit();
  }

  private Map<String, HistoricProcessInstance> instances(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return asSystem(() -> historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).list()).stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, instance -> instance));
  }

  /** Chinese names of the assignees and groups holding the steps, read in two queries. */
  private final class Holders {

    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();

    Holders(java.util.stream.Stream<String> escalatedAssignees, java.util.stream.Stream<String> dueSoonAssignees,
        java.util.stream.Stream<String> escalatedGroups, java.util.stream.Stream<String> dueSoonGroups) {
      var userIds = java.util.stream.Stream.concat(escalatedAssignees, dueSoonAssignees).filter(id -> id != null)
          .distinct().toArray(String[]::new);
      var groupIds = java.util.stream.Stream.concat(escalatedGroups, dueSoonGroups).distinct().toArray(String[]::new);
      if (userIds.length > 0) {
        for (User user : asSystem(() -> identityService.createUserQuery().userIdIn(userIds).list())) {
          // As Camunda Admin and /api/me show them: first name (the family name, 张) then last name (伟).
          var name = ((user.getFirstName() == null ? "" : user.getFirstName())
              + (user.getLastName() == null ? "" : user.getLastName())).strip();
          users.put(user.getId(), name.isEmpty() ? user.getId() : name);
        }
      }
      if (groupIds.length > 0) {
        for (Group group : asSystem(() -> identityService.createGroupQuery().groupIdIn(groupIds).list())) {
          groups.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
        }
      }
    }

    String of(String assignee, List<String> candidateGroups) {
      if (assignee != null) {
        return users.getOrDefault(assignee, assignee) + "（" + assignee + "）";
      }
      return candidateGroups.stream().map(group -> groups.getOrDefault(group, group)).collect(Collectors.joining("、"));
    }
  }

  private static List<String> groups(String responsibleGroup) {
    return responsibleGroup == null || responsibleGroup.isBlank() ? List.of()
        : Arrays.stream(responsibleGroup.split(",")).map(String::strip).filter(group -> !group.isEmpty()).toList();
  }

  private <T> T asSystem(Callable<T> query) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(query));
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
