package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** 通知各区县确认月统计: a run confirms the month before the day it runs ({@link MonthlyStatisticsStarts#monthBefore}). */
class MonthlyStatisticsMonthTest {

  @Test
  void aRunOnTheFirstOrLateInTheMonthConfirmsTheMonthBefore() {
    assertThat(MonthlyStatisticsStarts.monthBefore(LocalDate.of(2020, 7, 1))).isEqualTo(YearMonth.of(2020, 6));
    assertThat(MonthlyStatisticsStarts.monthBefore(LocalDate.of(2020, 7, 31))).isEqualTo(YearMonth.of(2020, 6));
  }

  @Test
  void aRunInJanuaryConfirmsDecemberOfTheYearBefore() {
    assertThat(MonthlyStatisticsStarts.monthBefore(LocalDate.of(2021, 1, 1))).isEqualTo(YearMonth.of(2020, 12));
  }
}
