package org.fupinflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The counting rules of DOMAIN.md on the shipped State Council arrangements 2020–2026. */
class WorkingDayCalendarTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void loadShippedArrangements() throws IOException {
    var json = new ObjectMapper().registerModule(new JavaTimeModule());
    var offDays = new HashMap<LocalDate, Boolean>();
    var years = new HashSet<Integer>();
    for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/holidays/*.json")) {
      var file = json.readValue(resource.getInputStream(), HolidayYearFile.class);
      file.validate();
      years.add(file.year());
      file.days().forEach(day -> offDays.put(day.date(), day.isOffDay()));
    }
    calendar = new WorkingDayCalendar(offDays, years);
  }

  @Test
  void threeWorkingDaysAfterThe30thOfSeptember2020EndOnThe12thOfOctober() {
    // 1–8 Oct off (National Day and Mid-Autumn), Sat 10 Oct an adjusted working day.
    assertThat(calendar.addWorkingDays(LocalDate.of(2020, 9, 30), 3)).isEqualTo(LocalDate.of(2020, 10, 12));
  }

  @Test
  void theEpidemicExtensionOfSpringFestival2020IsNotWorked() {
    // 24 Jan – 2 Feb 2020 off (extended by the second notice of 27 Jan 2020).
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 2))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2020, 1, 23), 5)).isEqualTo(LocalDate.of(2020, 2, 7));
    // Sunday 19 Jan 2020 was worked in exchange.
    assertThat(calendar.addWorkingDays(LocalDate.of(2020, 1, 18), 1)).isEqualTo(LocalDate.of(2020, 1, 19));
  }

  @Test
  void aPeriodAcrossTheYearBoundaryUsesTheNextYearsNoticeForItsLastDays() {
    // 2022-12-31 is listed in the 2023 notice; 1–2 Jan 2023 off.
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 12, 30), 1)).isEqualTo(LocalDate.of(2023, 1, 3));
  }

  @Test
  void aCalendarDayPeriodEndingOnAHolidayRunsToTheNextWorkingDay() {
    assertThat(calendar.addDays(LocalDate.of(2020, 2, 19), 30)).isEqualTo(LocalDate.of(2020, 3, 20));
    // 7 Sep + 30 days = 7 Oct 2020, a holiday: the period runs to Fri 9 Oct.
    assertThat(calendar.addDays(LocalDate.of(2020, 9, 7), 30)).isEqualTo(LocalDate.of(2020, 10, 9));
    // Ending on an ordinary Sunday: to Monday.
    assertThat(calendar.addDays(LocalDate.of(2024, 5, 13), 13)).isEqualTo(LocalDate.of(2024, 5, 27));
  }

  @Test
  void aFiveDayPublicNoticeEndsOnItsFifthDayEvenOnAHoliday() {
    // Posted Mon 28 Sep 2020: the 5th day is 3 Oct, a National Day holiday; the notice is not extended.
    assertThat(calendar.addDaysNotExtended(LocalDate.of(2020, 9, 28), 5)).isEqualTo(LocalDate.of(2020, 10, 3));
    assertThat(calendar.addDays(LocalDate.of(2020, 9, 28), 5)).isEqualTo(LocalDate.of(2020, 10, 9));
    // Posted Fri 9 Oct 2020: ends Wed 14 Oct.
    assertThat(calendar.addDaysNotExtended(LocalDate.of(2020, 10, 9), 5)).isEqualTo(LocalDate.of(2020, 10, 14));
    assertThatThrownBy(() -> calendar.addDaysNotExtended(LocalDate.of(2020, 10, 9), -5)).hasMessageContaining("负数");
  }

  @Test
  void anEventOnAHolidayStartsCountingTheNextDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2020, 10, 1), 3)).isEqualTo(LocalDate.of(2020, 10, 12));
  }

  @Test
  void aDateOutsideTheKnownYearsIsReportedAndCountsWeekdays() {
    assertThat(calendar.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.yearsWithoutData(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4))).containsExactly(2027);
    assertThat(calendar.yearsWithoutData(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 12))).isEmpty();
    // 1 Jan 2027 is a Friday: without the 2027 notice it counts as a working day.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void latenessCountsWorkingDaysAfterTheDeadline() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 12))).isEqualTo(3);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2020, 10, 12), LocalDate.of(2020, 10, 12))).isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2020, 10, 12), LocalDate.of(2020, 10, 1))).isZero();
  }

  @Test
  void aDeadlineEndsAtMidnightInChinaWhateverTheServersZone() {
    assertThat(ChinaTime.endOfDay(LocalDate.of(2020, 10, 12)).toInstant()).isEqualTo(Instant.parse("2020-10-12T15:59:59Z"));
  }

  @Test
  void aNegativePeriodIsRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2020, 9, 30), -1)).hasMessageContaining("负数");
  }
}
