package org.fupinflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Working days by the State Council's holiday arrangements: a day is a working day when it is listed as an
 * adjusted working day (调休上班), or when it is Monday to Friday and not listed as a day off. Periods follow
 * 民法典 第二百零一条–第二百零三条: the day of the event is not counted.
 *
 * <p>An immutable snapshot of the loaded years; {@link HolidayCalendar} swaps it when a year is loaded.
 */
public final class WorkingDayCalendar {

  private final Map<LocalDate, Boolean> offDays;
  private final SortedSet<Integer> years;

  WorkingDayCalendar(Map<LocalDate, Boolean> offDays, Set<Integer> years) {
    this.offDays = Map.copyOf(offDays);
    this.years = new TreeSet<>(years);
  }

  public boolean isWorkingDay(LocalDate day) {
    var listedOff = offDays.get(day);
    if (listedOff != null) {
      return !listedOff;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The last day of "N working days" after the event's day. */
  public LocalDate addWorkingDays(LocalDate eventDay, int workingDays) {
    requireNotNegative(workingDays);
    var day = eventDay;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The last day of "N days" after the event's day, extended to the next working day when it is not one. */
  public LocalDate addDays(LocalDate eventDay, int days) {
    requireNotNegative(days);
    var day = eventDay.plusDays(days);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The last day of "N days" after the event's day, never extended: a minimum exposure such as the 5-day
   * public notice (公示期5天) ends on its N-th day even when that day is a holiday.
   */
  public LocalDate addDaysNotExtended(LocalDate eventDay, int days) {
    requireNotNegative(days);
    return eventDay.plusDays(days);
  }

  /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The notice years loaded. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(years);
  }

  /** Years from {@code from} to {@code to} whose holidays are unknown: there weekdays count as working days. */
  public List<Integer> yearsWithoutData(LocalDate from, LocalDate to) {
    var first = Math.min(from.getYear(), to.getYear());
    var last = Math.max(from.getYear(), to.getYear());
    return IntStream.rangeClosed(first, last).filter(year -> !years.contains(year)).boxed().toList();
  }

  private static void requireNotNegative(int period) {
    if (period < 0) {
      throw new IllegalArgumentException("期限不能为负数 / a period cannot be negative: " + period);
    }
  }
}
