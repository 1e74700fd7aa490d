package org.fupinflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nodes of a cluster share the holiday table: a year another node loaded is seen without a restart. */
@IntegrationTest
class SharedHolidayTableTest {

  private static final int YEAR = 2099;

  @Autowired HolidayCalendar holidays;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeTheOtherNodesYear() {
    jdbc.update("DELETE FROM holiday_day WHERE notice_year = ?", YEAR);
    jdbc.update("DELETE FROM holiday_year WHERE notice_year = ?", YEAR);
    holidays.refreshEvery(Duration.ZERO);
    holidays.current();
    holidays.refreshEvery(Duration.ofMinutes(1));
  }

  @Test
  void aYearLoadedByAnotherNodeIsPickedUpFromTheSharedTable() throws InterruptedException {
    holidays.refreshEvery(Duration.ZERO);
    var friday = LocalDate.of(YEAR, 1, 2);
    assertThat(holidays.current().isWorkingDay(friday)).isTrue();

    // What another node's PUT /api/calendar/years/2099 leaves in the shared database.
    jdbc.update("INSERT INTO holiday_year (notice_year, source, loaded_at) VALUES (?, ?, ?)", YEAR, "api:demo",
        new Timestamp(System.currentTimeMillis()));
    jdbc.update("INSERT INTO holiday_day (holiday_date, notice_year, name, off_day) VALUES (?, ?, ?, ?)",
        Date.valueOf(friday), YEAR, "元旦", true);
    Thread.sleep(1);

    assertThat(holidays.current().years()).contains(YEAR);
    assertThat(holidays.current().isWorkingDay(friday)).isFalse();
  }
}
