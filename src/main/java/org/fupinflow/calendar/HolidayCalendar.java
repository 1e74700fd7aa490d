package org.fupinflow.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday table and the working-day calendar built from it. The arrangements shipped in
 * {@code calendar/holidays/} are loaded into the table at first start; an administrator loads a new year's
 * notice through {@code /api/calendar} without a restart.
 */
@Component
public class HolidayCalendar {

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);
  private static final String SHIPPED = "classpath:calendar/holidays/*.json";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private volatile WorkingDayCalendar current;
  /** Nodes of a cluster share the table: each looks at most this often whether another node loaded a year. */
  private volatile long refreshIntervalNanos = java.time.Duration.ofMinutes(1).toNanos();
  private volatile long refreshedAt = System.nanoTime();
  private volatile String tableVersion;

  /** A notice year in the table: where it came from, when, and how many days it lists. */
  public record LoadedYear(int year, String source, Instant loadedAt, int days) {
  }

  HolidayCalendar(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    loadShippedYears();
    this.current = readTable();
    this.tableVersion = readVersion();
    log.info("Working-day calendar: holiday arrangements for {}", current.years());
  }

  public WorkingDayCalendar current() {
    if (System.nanoTime() - refreshedAt > refreshIntervalNanos) {
      refreshIfAnotherNodeLoadedAYear();
    }
    return current;
  }

  private synchronized void refreshIfAnotherNodeLoadedAYear() {
    if (System.nanoTime() - refreshedAt <= refreshIntervalNanos) {
      return;
    }
    refreshedAt = System.nanoTime();
    var version = readVersion();
    if (!version.equals(tableVersion)) {
      current = readTable();
      tableVersion = version;
      log.info("Working-day calendar reloaded from the shared table: holiday arrangements for {}", current.years());
    }
  }

  /** For tests: how often to look for years loaded by another node. */
  void refreshEvery(java.time.Duration interval) {
    refreshIntervalNanos = interval.toNanos();
  }

  private String readVersion() {
    var row = jdbc.queryForMap("SELECT COUNT(*) AS loaded, MAX(loaded_at) AS latest FROM holiday_year");
    return row.get("loaded") + "@" + row.get("latest");
  }

  /**
   * Loads (or replaces) one year's arrangement. Deadlines depending on it are re-planned by
   * {@link DeadlineRecalculation#loadAndReplan}, in the same transaction.
   */
  @Transactional
  public void load(HolidayYearFile file, String source) {
    file.validate();
    store(file, source);
    var before = current;
    // Re-planning inside this transaction must count with the new year already; if anything rolls back, the
    // calendar must not keep a year the table no longer has.
    current = readTable();
    tableVersion = null; // look again after the transaction, whatever its outcome
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            current = before;
          }
        }
      });
    }
    log.info("Loaded the {} holiday arrangement from {}", file.year(), source);
  }

  /** The notice years in the table, oldest first. */
  public List<LoadedYear> loadedYears() {
    return jdbc.query("""
        SELECT y.notice_year, y.source, y.loaded_at,
               (SELECT COUNT(*) FROM holiday_day d WHERE d.notice_year = y.notice_year) AS listed_days
        FROM holiday_year y ORDER BY y.notice_year""",
        (row, index) -> new LoadedYear(row.getInt("notice_year"), row.getString("source"),
            row.getTimestamp("loaded_at").toInstant(), row.getInt("listed_days")));
  }

  private void loadShippedYears() {
    try {
      var resources = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
      // In notice order, so a later notice wins for the days it lists of the year before.
      java.util.Arrays.sort(resources, java.util.Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
      for (var resource : resources) {
        var file = json.readValue(resource.getInputStream(), HolidayYearFile.class);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM holiday_year WHERE notice_year = ?", Integer.class, file.year());
        if (known != null && known == 0) {
          file.validate();
          store(file, "calendar/holidays/" + resource.getFilename());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped holiday arrangements", e);
    }
  }

  private void store(HolidayYearFile file, String source) {
    jdbc.update("DELETE FROM holiday_day WHERE notice_year = ?", file.year());
    jdbc.update("DELETE FROM holiday_year WHERE notice_year = ?", file.year());
    jdbc.update("INSERT INTO holiday_year (notice_year, source, loaded_at) VALUES (?, ?, ?)", file.year(),
        source.length() > 200 ? source.substring(0, 200) : source, new Timestamp(ChinaTime.now().getTime()));
    // A later notice also lists days of the year before (2023.json holds 2022-12-31): it wins for them.
    jdbc.update("DELETE FROM holiday_day WHERE holiday_date IN (" + "?,".repeat(file.days().size() - 1) + "?)",
        file.days().stream().map(day -> Date.valueOf(day.date())).toArray());
    jdbc.batchUpdate("INSERT INTO holiday_day (holiday_date, notice_year, name, off_day) VALUES (?, ?, ?, ?)",
        file.days().stream().map(day -> new Object[] {Date.valueOf(day.date()), file.year(), day.name(), day.isOffDay()})
            .toList());
  }

  private WorkingDayCalendar readTable() {
    var offDays = new HashMap<LocalDate, Boolean>();
    jdbc.query("SELECT holiday_date, off_day FROM holiday_day",
        row -> { offDays.put(row.getDate("holiday_date").toLocalDate(), row.getBoolean("off_day")); });
    var years = new HashSet<>(jdbc.queryForList("SELECT notice_year FROM holiday_year", Integer.class));
    return new WorkingDayCalendar(offDays, years);
  }
}
