package org.fupinflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code calendar} in {@code /actuator/health}: the loaded years and a warning when this year's or next year's
 * arrangement is missing. Without it weekdays count as working days, holidays included, and nobody would
 * notice until a deadline fell on 元旦. The status stays UP: deadlines are still computed, only less exactly.
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(CalendarHealthIndicator.class);

  private final HolidayCalendar holidays;

  CalendarHealthIndicator(HolidayCalendar holidays) {
    this.holidays = holidays;
  }

  @Override
  public Health health() {
    var calendar = holidays.current();
    var health = Health.up().withDetail("years", List.copyOf(calendar.years()));
    missingYearsWarning(calendar, ChinaTime.today()).ifPresent(warning -> health.withDetail("warning", warning));
    return health.build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAtStartup() {
    missingYearsWarning(holidays.current(), ChinaTime.today()).ifPresent(log::warn);
  }

  /** A warning naming this year and next year when the calendar has no arrangement for them. */
  static Optional<String> missingYearsWarning(WorkingDayCalendar calendar, LocalDate today) {
    var missing = calendar.yearsWithoutData(today, today.plusYears(1));
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    var years = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    var paths = missing.stream().map(year -> "PUT /api/calendar/years/" + year).collect(Collectors.joining(", "));
    return Optional.of("未载入 " + years + " 年的节假日安排：这些年份的周一至周五一律按工作日计算。请管理员通过 " + paths
        + " 载入国务院办公厅通知 / No holiday arrangement loaded for " + years
        + ": every weekday counts as a working day there. An administrator loads the State Council notice with " + paths);
  }
}
