package org.fupinflow.escalation;

import java.util.Date;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.springframework.stereotype.Component;

/**
 * For BPMN: the due date of the level-2 escalation timer,
 * {@code ${escalation.secondLevelDue(deadlines.workingDays(reportedOn, 5))}}.
 */
@Component("escalation")
public class Escalation {

  /** The incident type supervisors see in Cockpit for every overdue step. */
  public static final String INCIDENT_TYPE = "deadlineOverdue";

  private final HolidayCalendar holidays;
  private final EscalationProperties properties;

  Escalation(HolidayCalendar holidays, EscalationProperties properties) {
    this.holidays = holidays;
    this.properties = properties;
  }

  /** Tasklist's 即将到期: due before the end of the next working day (engine clock, China time). */
  public Date dueSoonLimit() {
    return ChinaTime.endOfDay(holidays.current().addWorkingDays(ChinaTime.today(), 1));
  }

  /** End of the configured number of working days after the deadline's day. */
  public Date secondLevelDue(Date deadline) {
    var day = holidays.current().addWorkingDays(ChinaTime.dateOf(deadline), properties.secondLevelAfterWorkingDays());
    return ChinaTime.endOfDay(day);
  }
}
