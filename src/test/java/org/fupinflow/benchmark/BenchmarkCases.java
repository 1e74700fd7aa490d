package org.fupinflow.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.RiskReports;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a database fast with open category A household cases (乡镇入户核实 open, its two deadline timers waiting)
 * through the engine's Java API as the township officer of each demo township, authorization and tenant checks on:
 * batches of 100 cases in one transaction on two threads, the batches alternating between the two districts so that
 * the threads seldom wait for the same district's case-number counter (its row lock lasts until a batch commits).
 */
final class BenchmarkCases {

  /** The demo's townships (HarbinDemoData): district, township. */
  private static final List<String[]> TOWNSHIPS = List.of(
      new String[] {"daoli", "xinnong"}, new String[] {"daoli", "taiping"}, new String[] {"hulan", "shiren"});
  private static final int BATCH = Integer.getInteger("fupin.benchmark.batch", 100);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  /** Heads born in the 1940s, numbered after the last one the database holds: unique across runs on one database. */
  private final AtomicLong nextHousehold;
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

  BenchmarkCases(RuntimeService runtimeService, IdentityService identityService, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.nextHousehold = new AtomicLong(nextHeadNumber(jdbc));
  }

  /** Open cases of 乡镇入户核实 whose deadline lies after {@code day}. */
  long openVerificationsDueAfter(java.util.Date moment) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND DUE_DATE_ > ?", Long.class,
        HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD, new java.sql.Timestamp(moment.getTime()));
  }

  /** Starts {@code count} category A cases reported on {@code reportedOn}; returns the milliseconds it took. */
  long start(int count, LocalDate reportedOn) {
    if (count <= 0) {
      return 0;
    }
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var batches = new ArrayList<Future<?>>();
      for (int first = 0, batch = 0; first < count; first += BATCH, batch++) {
        int size = Math.min(BATCH, count - first);
        // Even batches in 道里区 (its two townships in turn), odd ones in 呼兰区.
        var township = batch % 2 == 1 ? TOWNSHIPS.get(2) : TOWNSHIPS.get((batch / 2) % 2);
        batches.add(pool.submit(() -> startBatch(size, township[0], township[1], reportedOn)));
      }
      for (var batch : batches) {
        batch.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private void startBatch(int size, String district, String township, LocalDate reportedOn) {
    identityService.setAuthentication("zhangwei", List.of("township-officers", "township-" + district + "-" + township),
        List.of(district));
    try {
      transaction.executeWithoutResult(status -> {
        for (int i = 0; i < size; i++) {
          runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY, report(district, township,
              reportedOn));
        }
      });
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> report(String district, String township, LocalDate reportedOn) {
    long n = nextHousehold.getAndIncrement();
    // GB 11643: a birth date and a three-digit sequence make 1000 heads a day over 60 years.
    var headId = headIdNumber(n);
    return RiskReports.aCategoryAReport().inTownship(district, township).with("reportedOn", reportedOn.toString())
        .with("headIdNumber", headId).variables();
  }

  /** GB 11643: a birth date in the 1940s and a three-digit sequence, 1000 heads a day. */
  static String headIdNumber(long n) {
    return HouseholdData.residentId(FIRST_BIRTH.plusDays(n / 1000), (int) (n % 1000));
  }

  /** The number after the last head of the 1940s in the household table. */
  static long nextHeadNumber(JdbcTemplate jdbc) {
    var last = jdbc.queryForObject("SELECT MAX(SUBSTR(head_id_number, 7, 11)) FROM household"
        + " WHERE SUBSTR(head_id_number, 7, 3) = '194'", String.class);
    if (last == null) {
      return 0;
    }
    var born = LocalDate.parse(last.substring(0, 4) + "-" + last.substring(4, 6) + "-" + last.substring(6, 8));
    return java.time.temporal.ChronoUnit.DAYS.between(FIRST_BIRTH, born) * 1000 + Integer.parseInt(last.substring(8)) + 1;
  }
}
