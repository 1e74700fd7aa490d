package org.fupinflow.projects;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code monthly_statistics_confirmation}: who confirmed a district's month and when, one row per district and month,
 * written by the task 确认月统计 in its completing transaction.
 */
@Component
class MonthlyStatisticsConfirmations {

  private final JdbcTemplate jdbc;

  MonthlyStatisticsConfirmations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String district, YearMonth month, String confirmedBy, Date confirmedAt, String remark) {
    jdbc.update("INSERT INTO monthly_statistics_confirmation (district, statistics_month, confirmed_by, confirmed_at, remark)"
        + " VALUES (?, ?, ?, ?, ?)", district, month.toString(), confirmedBy, new Timestamp(confirmedAt.getTime()), remark);
  }

  Optional<MonthlyReport.Confirmation> of(String district, YearMonth month) {
    return jdbc.query("SELECT confirmed_by, confirmed_at, remark FROM monthly_statistics_confirmation"
        + " WHERE district = ? AND statistics_month = ?", (rs, row) -> new MonthlyReport.Confirmation(rs.getString("confirmed_by"),
            rs.getTimestamp("confirmed_at").toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), rs.getString("remark")),
        district, month.toString()).stream().findFirst();
  }
}
