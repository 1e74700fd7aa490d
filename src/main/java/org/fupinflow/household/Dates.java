package org.fupinflow.household;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Business dates as Camunda Forms submit them ("2026-03-15") or as integrators send them (Date). */
final class Dates {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Dates() {
  }

  static LocalDate parse(Object value, String field, String chineseName) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(CHINA).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw new InvalidSubmission(field, chineseName + "格式应为 yyyy-MM-dd：" + text, "expected yyyy-MM-dd: " + text);
      }
    }
    throw new InvalidSubmission(field, chineseName + "必填", "a date (yyyy-MM-dd) is required");
  }

  static LocalDate today(Date engineNow) {
    return engineNow.toInstant().atZone(CHINA).toLocalDate();
  }
}
