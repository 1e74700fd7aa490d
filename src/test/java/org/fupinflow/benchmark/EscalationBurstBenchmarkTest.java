package org.fupinflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The escalation burst of issue 12: 100,000 open household cases whose deadlines lie ahead (200,000 timers) and
 * 10,000 whose 乡镇入户核实 deadline has passed; the job executor, as configured in {@code application.yaml}, then
 * escalates the 10,000 (incident, escalation record, 督办 task each). Reports the time from starting the job executor
 * to the last escalation, and checks that every overdue step was escalated exactly once and every 督办 task stays in
 * the case's district.
 *
 * <p>The engine clock stands at Tuesday 13 Oct 2020 09:00 (China): cases reported on 28 Sep are overdue since the end
 * of 12 Oct, cases reported on 13 Oct are due on 20 Oct. The future cases stay in the database for the next run (a
 * run tops them up to the wanted number); each run adds its own overdue ones.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=EscalationBurstBenchmarkTest -Dfupin.test.database=postgres} with
 * {@code FUPIN_DB_URL}; sizes {@code -Dfupin.benchmark.future-cases=100000 -Dfupin.benchmark.overdue-cases=10000}.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("benchmark")
class EscalationBurstBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(EscalationBurstBenchmarkTest.class);
  private static final Instant NOW = Instant.parse("2020-10-13T01:00:00Z");
  private static final int FUTURE = Integer.getInteger("fupin.benchmark.future-cases", 100_000);
  private static final int OVERDUE = Integer.getInteger("fupin.benchmark.overdue-cases", 10_000);
  private static final long TIMEOUT_MS = Long.getLong("fupin.benchmark.timeout-seconds", 900) * 1000;

  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @AfterEach
  void reset() {
    engineConfiguration.getJobExecutor().shutdown();
    ClockUtil.reset();
  }

  @Test
  void tenThousandOverdueStepsAmongAHundredThousandFutureDeadlines() {
    engineConfiguration.getJobExecutor().shutdown();
    ClockUtil.setCurrentTime(Date.from(NOW));
    var cases = new BenchmarkCases(runtimeService, identityService, jdbc, transactionManager);

    long present = cases.openVerificationsDueAfter(Date.from(NOW));
    long fillMs = cases.start((int) Math.max(0, FUTURE - present), LocalDate.of(2020, 10, 13));
    long overdueMs = cases.start(OVERDUE, LocalDate.of(2020, 9, 28));
    long futureTimers = deadlineTimers("DUEDATE_ > ?");
    long due = deadlineTimers("DUEDATE_ <= ?");
    log.info("BENCHMARK escalation burst on {}: {} future cases ({} started in {} ms), {} overdue started in {} ms; "
        + "{} future timers, {} due timers", database(), cases.openVerificationsDueAfter(Date.from(NOW)),
        Math.max(0, FUTURE - present), fillMs, OVERDUE, overdueMs, futureTimers, due);
    vacuum();

    long recordsBefore = count("SELECT COUNT(*) FROM escalation_record");
    long incidentsBefore = incidents();
    long supervisionsBefore = supervisionTasks();
    long started = System.nanoTime();
    engineConfiguration.getJobExecutor().start();
    long escalated = 0;
    long lastLog = started;
    while (System.nanoTime() - started < TIMEOUT_MS * 1_000_000) {
      escalated = count("SELECT COUNT(*) FROM escalation_record") - recordsBefore;
      if (escalated >= due) {
        break;
      }
      if (System.nanoTime() - lastLog > 10_000_000_000L) {
        log.info("BENCHMARK   … {} of {} escalated after {} s", escalated, due, (System.nanoTime() - started) / 1_000_000_000);
        lastLog = System.nanoTime();
      }
      sleep(100);
    }
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    engineConfiguration.getJobExecutor().shutdown();

    long incidents = incidents() - incidentsBefore;
    long supervisions = supervisionTasks() - supervisionsBefore;
    log.info("BENCHMARK escalation burst on {}: {} of {} overdue steps escalated in {} ms = {} escalations/s "
            + "({} incidents, {} 督办 tasks, {} records); {} future timers present; job executor {}", database(), escalated,
        due, elapsedMs, "%.1f".formatted(escalated * 1000.0 / elapsedMs), incidents, supervisions, escalated,
        futureTimers, jobExecutorSettings());

    assertThat(escalated).as("every overdue step escalated").isEqualTo(due);
    assertThat(incidents).as("one incident per escalation").isEqualTo(due);
    assertThat(supervisions).as("one 督办 task per escalation").isEqualTo(due);
    assertThat(count("""
        SELECT COUNT(*) FROM (SELECT CONFIGURATION_, SUBSTR(INCIDENT_MSG_, 1, 6) AS LEVEL_ FROM ACT_RU_INCIDENT
          WHERE INCIDENT_TYPE_ = ? GROUP BY CONFIGURATION_, SUBSTR(INCIDENT_MSG_, 1, 6) HAVING COUNT(*) > 1) twice""",
        Escalation.INCIDENT_TYPE)).as("no step escalated twice at one level").isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM escalation_record r JOIN ACT_RU_TASK t ON t.ID_ = r.supervision_task_id
        WHERE t.TENANT_ID_ IS NULL OR t.TENANT_ID_ <> r.district""")).as("督办 tasks stay in the case's district").isZero();
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE INCIDENT_TYPE_ = 'failedJob'")).as("failed jobs")
        .isZero();
  }

  /** The overdue boundary timers (BoundaryEvent_*Overdue, *StillOverdue) due before or after now. */
  private long deadlineTimers(String condition) {
    return count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_CFG_ LIKE 'BoundaryEvent%Overdue%' AND " + condition,
        new Timestamp(NOW.toEpochMilli()));
  }

  private long incidents() {
    return count("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE INCIDENT_TYPE_ = ?", Escalation.INCIDENT_TYPE);
  }

  private long supervisionTasks() {
    return count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE NAME_ LIKE '督办：%'");
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  /** Fresh statistics after the fill, as autovacuum would give them some minutes later. */
  private void vacuum() {
    if ("PostgreSQL".equals(database())) {
      for (var table : new String[] {"act_ru_job", "act_ru_task", "act_ru_execution", "act_ru_variable",
          "act_ru_identitylink", "act_ru_authorization", "escalation_record"}) {
        jdbc.execute("ANALYZE " + table);
      }
    }
  }

  private String jobExecutorSettings() {
    var executor = engineConfiguration.getJobExecutor();
    return "maxJobsPerAcquisition=%d waitTime=%d ms backoff=%d ms lockTime=%d ms".formatted(
        executor.getMaxJobsPerAcquisition(), executor.getWaitTimeInMillis(), executor.getBackoffTimeInMillis(),
        executor.getLockTimeInMillis());
  }

  private String database() {
    return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
