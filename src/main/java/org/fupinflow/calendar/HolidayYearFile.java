package org.fupinflow.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's arrangement in the format of the public data set holiday-cn (MIT licence, see
 * calendar/holidays/LICENSE): {@code {"year": 2020, "papers": [...], "days": [{"name", "date", "isOffDay"}]}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidayYearFile(Integer year, List<String> papers, List<Day> days) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Day(String name, LocalDate date, Boolean isOffDay) {
  }

  /** Refuses a file that would silently count holidays wrongly; names the first problem. */
  void validate() {
    if (year == null || year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year 缺失或不在 2000–2100 之间 / year is missing or outside 2000–2100: " + year);
    }
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("days 不能为空 / days must not be empty");
    }
    for (int i = 0; i < days.size(); i++) {
      var day = days.get(i);
      if (day == null || day.date() == null || day.isOffDay() == null || day.name() == null || day.name().isBlank()) {
        throw new IllegalArgumentException("days[" + i + "] 须有 name、date、isOffDay / days[" + i + "] needs name, date and isOffDay");
      }
      if (Math.abs(day.date().getYear() - year) > 1) {
        throw new IllegalArgumentException("days[" + i + "] 的日期 " + day.date() + " 不属于 " + year + " 年的安排 / date "
            + day.date() + " does not belong to the " + year + " arrangement");
      }
    }
    if (days.stream().map(Day::date).distinct().count() != days.size()) {
      throw new IllegalArgumentException("days 中有重复日期 / days lists a date twice");
    }
  }
}
