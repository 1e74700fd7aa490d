package org.fupinflow.household;

import java.time.LocalDate;
import org.fupinflow.calendar.ChinaTime;

/** Business dates in a submission, read as {@link ChinaTime} reads them, refused with a 400 naming the field. */
final class Dates {

  private Dates() {
  }

  static LocalDate parse(Object value, String field, String chineseName) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new InvalidSubmission(field, chineseName + "必填", "a date (yyyy-MM-dd) is required");
    }
    try {
      return ChinaTime.toDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmission(field, chineseName + "格式应为 yyyy-MM-dd：" + value, "expected yyyy-MM-dd: " + value);
    }
  }
}
