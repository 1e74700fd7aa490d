package org.fupinflow.projects;

import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.CONFIRMATION_REMARK;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Variables.STATISTICS_CONFIRMED;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code monthly_statistics_confirmation}: who confirmed a district's month and when, one row per district and month,
 * written by the task 确认月统计 in its completing transaction.
 */
@Component
class MonthlyStatisticsConfirmations {

  static final int MAX_REMARK = 500;

  private final JdbcTemplate jdbc;

  MonthlyStatisticsConfirmations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * 确认月统计 as submitted: the form's required checkbox is checked on the server (the browser's check is no check;
   * without it the answer is a 400 and the task stays open), the remark is optional, at most 500 characters; then
   * who confirmed the month and when (engine clock) is recorded.
   */
  void confirm(String district, YearMonth month, Object confirmed, Object remarkGiven, String confirmedBy) {
    if (!Boolean.TRUE.equals(confirmed)) {
      throw new BadUserRequestException(STATISTICS_CONFIRMED + "：请核对月统计后勾选确认 / " + STATISTICS_CONFIRMED
          + ": check the monthly statistics and confirm them");
    }
    var remark = remarkGiven instanceof String text && !text.isBlank() ? text.strip() : null;
    if (remark != null && remark.length() > MAX_REMARK) {
      throw new BadUserRequestException(CONFIRMATION_REMARK + "：备注不能超过500字 / " + CONFIRMATION_REMARK
          + ": at most 500 characters");
    }
    record(district, month, confirmedBy, ChinaTime.now(), remark);
  }

  private void record(String district, YearMonth month, String confirmedBy, Date confirmedAt, String remark) {
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
