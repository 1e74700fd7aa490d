package org.fupinflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the health warning names missing years: this year and next year by China time. */
class CalendarHealthIndicatorTest {

  private static WorkingDayCalendar withYears(Integer... years) {
    return new WorkingDayCalendar(Map.of(), Set.of(years));
  }

  @Test
  void lateIn2026WithoutThe2027NoticeTheWarningNames2027AndHowToLoadIt() {
    var warning = CalendarHealthIndicator.missingYearsWarning(withYears(2020, 2025, 2026), LocalDate.of(2026, 11, 22));
    assertThat(warning).hasValueSatisfying(text -> assertThat(text)
        .contains("2027", "未载入", "No holiday arrangement loaded", "PUT /api/calendar/years/2027")
        .doesNotContain("2026", "2028"));
  }

  @Test
  void withThisYearAndNextYearLoadedThereIsNoWarning() {
    assertThat(CalendarHealthIndicator.missingYearsWarning(withYears(2026, 2027), LocalDate.of(2026, 11, 22))).isEmpty();
  }

  @Test
  void inANewYearWithoutItsNoticeTheWarningNamesThisYearAndNext() {
    var warning = CalendarHealthIndicator.missingYearsWarning(withYears(2026), LocalDate.of(2027, 1, 4));
    assertThat(warning).hasValueSatisfying(text -> assertThat(text)
        .contains("2027, 2028", "PUT /api/calendar/years/2027", "PUT /api/calendar/years/2028"));
  }
}
