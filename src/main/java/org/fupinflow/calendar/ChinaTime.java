package org.fupinflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Time as the law counts it: days in China (Asia/Shanghai) whatever the server's zone, and "now" from the
 * engine clock, which tests move with {@code ClockUtil}.
 */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** A period ends at 24:00 of its last day (民法典 第二百零三条); the engine stores whole seconds. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private ChinaTime() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDate today() {
    return dateOf(now());
  }

  public static LocalDate dateOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }

  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** 10:00 in China on {@code day}: when the demo's officials work a step of that day. */
  public static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(10, 0).atZone(ZONE).toInstant());
  }

  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(ZONE).toInstant());
  }

  /**
   * A business date as processes carry it: {@code "2020-09-30"} from a form (a time part is ignored), a
   * {@link Date} or a {@link LocalDate}.
   */
  public static LocalDate toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return dateOf(date);
    }
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("日期格式应为 yyyy-MM-dd / a date must be yyyy-MM-dd: " + text, e);
      }
    }
    throw new IllegalArgumentException("不是日期 / not a date: " + value);
  }
}
