package org.fupinflow.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-plans open deadlines when a year's holiday arrangement is loaded: timers (whose {@code timeDate} such as
 * {@code ${deadlines.workingDays(reportedOn, 5)}} is evaluated again from the case's variables) and the due
 * dates of open tasks with a {@code camunda:dueDate} expression. Runs in the loading transaction,
 * so a failure leaves both the table and the deadlines as they were.
 */
@Component
class DeadlineRecalculation {

  /** How many timers and task due dates were evaluated again (whether or not they moved). */
  record Recalculated(int timers, int tasks) {
  }

  private static final Logger log = LoggerFactory.getLogger(DeadlineRecalculation.class);

  private final ManagementService managementService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final TaskDueDates taskDueDates;
  private final HolidayCalendar holidays;
  DeadlineRecalculation(ManagementService managementService, TaskService taskService, IdentityService identityService,
      TaskDueDates taskDueDates, HolidayCalendar holidays) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.taskDueDates = taskDueDates;
    this.holidays = holidays;
  }

  /** Loads a year's arrangement and re-plans the deadlines that depend on it, in one transaction. */
  @Transactional
  public Recalculated loadAndReplan(HolidayYearFile file, String source) {
    holidays.load(file, source);
    return recalculate(file.year());
  }

  /**
   * Re-plans what is due after the later of now and 1 December of the year before: a period ending earlier
   * cannot touch the year (a notice lists at most the last days of the year before, e.g. 2023 lists 2022-12-31),
   * and what is already past due stays as the officials saw it.
   */
  Recalculated recalculate(int year) {
    var bound = later(ChinaTime.now(), ChinaTime.startOfDay(LocalDate.of(year - 1, 12, 1)));
    // System work for the whole city: the administrator's upload re-plans every district's deadlines, also
    // those the administrator could not see, so the engine runs these calls without authorization checks.
    var caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      int timers = 0;
      for (Job job : managementService.createJobQuery().timers().duedateHigherThan(bound).list()) {
        // Based on the job's creation date: a duration timer ("P30D") keeps its start, only date expressions move.
        managementService.recalculateJobDuedate(job.getId(), true);
        timers++;
      }
      int tasks = 0;
      for (Task task : taskService.createTaskQuery().dueAfter(bound).list()) {
        if (taskDueDates.reevaluate(task.getId())) {
          tasks++;
        }
      }
      log.info("Holiday arrangement {} loaded: re-planned {} timers and {} task due dates after {}", year, timers, tasks,
          bound.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime());
      return new Recalculated(timers, tasks);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static Date later(Date a, Date b) {
    return a.after(b) ? a : b;
  }
}
