package org.fupinflow.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.fupinflow.support.Cases;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.RiskReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two application nodes on one database against one node: household cases per second (a category A case over
 * {@code /engine-rest}: report, 乡镇入户核实, 区县审核, recognised) and escalations per second (the job executors of
 * all nodes firing overdue timers), with the checks that matter in a cluster: no step escalated twice, no case number
 * given twice. Each node is the shipped application in a JVM of its own ({@link ApplicationProcess}), job executor
 * on, on a PostgreSQL database of its own ({@code <FUPIN_DB_URL's name>_cluster}, dropped afterwards).
 *
 * <p>Steps: node 1 alone — cases per second with {@code fupin.benchmark.clients} HTTP clients, then the level-1 timers
 * of half of the open cases are made due (their due date set to now) and the time to escalate them all is taken;
 * then node 2 joins and the same is measured with the clients spread over both nodes and both job executors.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=TwoNodesBenchmarkTest -Dfupin.test.database=postgres} with
 * {@code FUPIN_DB_URL}. The load generator shares the machine with both nodes and the database.
 */
@Tag("benchmark")
class TwoNodesBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(TwoNodesBenchmarkTest.class);
  private static final int CLIENTS = Integer.getInteger("fupin.benchmark.clients", 4);
  private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("fupin.benchmark.seconds", 40));
  private static final int OVERDUE = Integer.getInteger("fupin.benchmark.overdue-cases", 2_000);

  private final List<ApplicationProcess> nodes = new ArrayList<>();
  private DurabilityDatabase database;
  /** Heads born from 1 Jan 1941 on (1000 a day): the demo's households are born later. */
  private final AtomicLong households = new AtomicLong(366_000);

  @AfterEach
  void stopNodes() {
    nodes.forEach(ApplicationProcess::stop);
    if (database != null) {
      database.close();
    }
  }

  @Test
  void twoNodesAgainstOne() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue("postgres".equals(System.getProperty("fupin.test.database")),
        "two nodes share a PostgreSQL database (-Dfupin.test.database=postgres)");
    database = DurabilityDatabase.fresh("cluster");
    var logs = Path.of("target", "cluster-benchmark");
    var first = node(logs, "node-1");

    // Open cases whose deadline lies ahead, to be made overdue later: half for each measurement.
    fill(List.of(first), OVERDUE * 2);
    casesPerSecond(List.of(first), Duration.ofSeconds(10)); // warm-up
    double oneNodeCases = casesPerSecond(List.of(first), MEASURE);
    double oneNodeEscalations = escalate(OVERDUE);

    var second = node(logs, "node-2");
    casesPerSecond(List.of(second), Duration.ofSeconds(10)); // warm-up of the new JVM
    double twoNodeCases = casesPerSecond(List.of(first, second), MEASURE);
    double twoNodeEscalations = escalate(OVERDUE);

    log.info("BENCHMARK two nodes on {}: household cases/s one node {} → two nodes {} ({}×); escalations/s one node {} "
            + "→ two nodes {} ({}×); {} HTTP clients", database.name(), fmt(oneNodeCases), fmt(twoNodeCases),
        fmt(twoNodeCases / oneNodeCases), fmt(oneNodeEscalations), fmt(twoNodeEscalations),
        fmt(twoNodeEscalations / oneNodeEscalations), CLIENTS);

    try (var connection = connect()) {
      assertThat(count(connection, """
          SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IS NOT NULL
            GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) twice""")).as("case numbers given twice").isZero();
      assertThat(count(connection, """
          SELECT COUNT(*) FROM (SELECT CONFIGURATION_, SUBSTR(INCIDENT_MSG_, 1, 6) FROM ACT_RU_INCIDENT
            WHERE INCIDENT_TYPE_ = 'deadlineOverdue' GROUP BY CONFIGURATION_, SUBSTR(INCIDENT_MSG_, 1, 6)
            HAVING COUNT(*) > 1) twice""")).as("steps escalated twice").isZero();
      assertThat(ours(connection)).isEqualTo(OVERDUE * 2L);
      assertThat(count(connection, """
          SELECT COUNT(*) FROM escalation_record r JOIN ACT_RU_TASK t ON t.ID_ = r.supervision_task_id
          WHERE t.TENANT_ID_ = r.district""")).as("督办 tasks in their case's district")
          .isEqualTo(count(connection, "SELECT COUNT(*) FROM escalation_record"));
      assertThat(count(connection, """
          SELECT COUNT(*) FROM (SELECT idempotency_key FROM ledger_entry GROUP BY idempotency_key HAVING COUNT(*) > 1)
            twice""")).as("ledger postings twice").isZero();
      assertThat(count(connection, "SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE INCIDENT_TYPE_ = 'failedJob'"))
          .as("failed jobs").isZero();
    }
  }

  private ApplicationProcess node(Path logs, String name) {
    var node = new ApplicationProcess(database, logs);
    nodes.add(node);
    node.start(name);
    return node;
  }

  private List<Http> http(List<ApplicationProcess> on) {
    return on.stream().map(ApplicationProcess::http).toList();
  }

  /** Starts {@code count} cases reported today (deadlines ahead) over REST, spread over the nodes. */
  private void fill(List<ApplicationProcess> on, int count) throws Exception {
    var clients = http(on);
    var next = new AtomicInteger();
    run(() -> {
      int i;
      while ((i = next.getAndIncrement()) < count) {
        new Cases(clients.get(i % clients.size())).start("zhangwei", report());
      }
    });
  }

  /** Whole category A cases over REST by {@link #CLIENTS} clients for {@code duration}, spread over the nodes. */
  private double casesPerSecond(List<ApplicationProcess> on, Duration duration) throws Exception {
    var clients = http(on);
    var done = new AtomicInteger();
    var client = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    long started = System.nanoTime();
    run(() -> {
      var cases = new Cases(clients.get(client.getAndIncrement() % clients.size()));
      while (System.nanoTime() < end) {
        var instance = cases.start("zhangwei", report()).get("id").asText();
        var verify = cases.complete("zhangwei", cases.taskOf("zhangwei", instance).get("id").asText(),
            Map.of("verifiedOn", today().toString(), "riskConfirmed", true, "verificationNote", "已入户核实"));
        assertThat(verify.status()).as(verify.body()).isEqualTo(204);
        var review = cases.complete("chenjing", cases.taskOf("chenjing", instance).get("id").asText(),
            Map.of("reviewDecision", "approve"));
        assertThat(review.status()).as(review.body()).isEqualTo(204);
        done.incrementAndGet();
      }
    });
    double perSecond = done.get() / ((System.nanoTime() - started) / 1e9);
    log.info("BENCHMARK   {} category A cases on {} node(s) in {} s = {} cases/s", done.get(), on.size(),
        duration.toSeconds(), fmt(perSecond));
    return perSecond;
  }

  /**
   * Makes the level-1 timers of {@code count} open cases due now and waits until all are escalated; escalations per
   * second between the first and the last escalation (the job executors may be in their idle wait when the timers
   * become due).
   */
  private double escalate(int count) throws SQLException {
    try (var connection = connect()) {
      long before = ours(connection);
      var now = new Timestamp(System.currentTimeMillis());
      try (var update = connection.prepareStatement("""
          UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ IN (SELECT ID_ FROM ACT_RU_JOB
            WHERE HANDLER_CFG_ LIKE 'BoundaryEvent_VerifyHouseholdOverdue%' AND DUEDATE_ > ? ORDER BY ID_ LIMIT ?)""")) {
        update.setTimestamp(1, now);
        update.setTimestamp(2, now);
        update.setInt(3, count);
        assertThat(update.executeUpdate()).isEqualTo(count);
      }
      long madeDue = System.nanoTime();
      long deadline = madeDue + Duration.ofMinutes(15).toNanos();
      while (ours(connection) - before < count && System.nanoTime() < deadline) {
        ApplicationProcess.sleep(200);
      }
      long wallMs = (System.nanoTime() - madeDue) / 1_000_000;
      try (var span = connection.prepareStatement("""
          SELECT MIN(escalated_at), MAX(escalated_at), COUNT(*) FROM (SELECT escalated_at FROM escalation_record
            WHERE deadline > ? ORDER BY escalated_at DESC LIMIT ?) latest""")) {
        span.setTimestamp(1, since);
        span.setInt(2, count);
        try (var row = span.executeQuery()) {
          row.next();
          long spanMs = row.getTimestamp(2).getTime() - row.getTimestamp(1).getTime();
          double perSecond = count * 1000.0 / Math.max(1, spanMs);
          log.info("BENCHMARK   {} escalations: first to last {} ms = {} escalations/s ({} ms from due to done)",
              count, spanMs, fmt(perSecond), wallMs);
          assertThat(ours(connection) - before).isEqualTo(count);
          return perSecond;
        }
      }
    }
  }

  /** A report of today: its deadlines lie ahead, so no timer fires unless the benchmark makes it due. */
  private RiskReports report() {
    long n = households.getAndIncrement();
    return RiskReports.aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", today().toString())
        .with("headIdNumber", HouseholdData.residentId(LocalDate.of(1940, 1, 1).plusDays(n / 1000), (int) (n % 1000)));
  }

  private static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
  }

  private static void run(Runnable client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      var futures = new ArrayList<Future<?>>();
      for (int i = 0; i < CLIENTS; i++) {
        futures.add(pool.submit(client));
      }
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * This benchmark's escalations: of steps whose deadline (the task's due date) still lay ahead when their timer was
   * made due; the demo data's cases of 2020 may escalate on their own when a node starts.
   */
  private final Timestamp since = new Timestamp(System.currentTimeMillis());

  private long ours(Connection connection) throws SQLException {
    try (var query = connection.prepareStatement("SELECT COUNT(*) FROM escalation_record WHERE deadline > ?")) {
      query.setTimestamp(1, since);
      try (var row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private Connection connect() throws SQLException {
    var environment = database.environment();
    return DriverManager.getConnection(environment.get("FUPIN_DB_URL"), environment.get("FUPIN_DB_USER"),
        environment.get("FUPIN_DB_PASSWORD"));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String fmt(double value) {
    return "%.2f".formatted(value);
  }
}
