package org.fupinflow.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines for BPMN: {@code camunda:dueDate="${deadlines.workingDays(reportedOn, 5)}"} and the same
 * expression as a timer's {@code timeDate}. Each returns the end of the last day in China time, counted from
 * the case's event date (a variable), never from "now".
 */
@Component("deadlines")
public class Deadlines {

  private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

  private final HolidayCalendar holidays;

  Deadlines(HolidayCalendar holidays) {
    this.holidays = holidays;
  }

  /** End of the N-th working day after the event's day. */
  public Date workingDays(Object eventDay, int workingDays) {
    var from = ChinaTime.toDate(eventDay);
    return endOf(from, holidays.current().addWorkingDays(from, workingDays));
  }

  /** End of the N-th day after the event's day, extended to the next working day. */
  public Date days(Object eventDay, int days) {
    var from = ChinaTime.toDate(eventDay);
    return endOf(from, holidays.current().addDays(from, days));
  }

  /** End of the N-th day after the event's day, even when it is not a working day (the 5-day public notice). */
  public Date daysNotExtended(Object eventDay, int days) {
    var from = ChinaTime.toDate(eventDay);
    return ChinaTime.endOfDay(holidays.current().addDaysNotExtended(from, days));
  }

  /** End of the given day itself: a report due on a fixed date, such as the household ledger on the 15th. */
  public Date endOfDay(Object day) {
    return ChinaTime.endOfDay(ChinaTime.toDate(day));
  }

  private Date endOf(LocalDate from, LocalDate last) {
    var unknown = holidays.current().yearsWithoutData(from, last);
    if (!unknown.isEmpty()) {
      log.warn("Deadline {} → {} counts weekdays as working days: no holiday arrangement loaded for {}", from, last, unknown);
    }
    return ChinaTime.endOfDay(last);
  }
}
