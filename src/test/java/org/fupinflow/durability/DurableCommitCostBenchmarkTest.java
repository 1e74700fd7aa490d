package org.fupinflow.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What waiting for the write costs: the crash test's workload ({@link Workload}, {@code crash.clients} officials at
 * once over HTTP) against the application in its own JVM, for {@code fupin.benchmark.seconds} after a warm-up. On
 * H2 it runs the shipped configuration (a {@code CHECKPOINT} before each answer that may have changed something) and,
 * for comparison, the application without it (commits written up to 500 ms later) and with {@code WRITE_DELAY=0}
 * instead (every commit written, no compaction while running), alternating {@code fupin.benchmark.rounds} times ({@code -Dfupin.benchmark.compare=false}: the shipped URL
 * only); with {@code -Dfupin.test.database=postgres} PostgreSQL. Every 10 s it logs the operations so far and the
 * size on disk. Figures, not pass/fail: {@code ./mvnw test -Pbenchmark -Dtest=DurableCommitCostBenchmarkTest}.
 */
@Tag("benchmark")
class DurableCommitCostBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(DurableCommitCostBenchmarkTest.class);
  /** Every commit written as it happens: durable too, but H2 then stops compacting its file as it goes. */
  private static final String URL_WRITE_DELAY_0 = "jdbc:h2:file:${fupin.data-dir}/fupinflow;DB_CLOSE_ON_EXIT=FALSE;"
      + "WRITE_DELAY=0";
  /** The application before: answers leave before H2 has written them. */
  private static final String NO_CHECKPOINT = "--fupin.durability.checkpoint-before-answer=false";
  private static final int CLIENTS = Integer.getInteger("crash.clients", 4);
  private static final int WARM_UP_SECONDS = Integer.getInteger("fupin.benchmark.warm-up-seconds", 20);
  private static final int SECONDS = Integer.getInteger("fupin.benchmark.seconds", 60);
  private static final int ROUNDS = Integer.getInteger("fupin.benchmark.rounds", 1);
  private static final boolean COMPARE = !"false".equals(System.getProperty("fupin.benchmark.compare"));

  @Test
  void theSameConcurrentWorkWithDurableAndWithDelayedCommits() {
    var figures = new ArrayList<String>();
    if ("postgres".equals(System.getProperty("fupin.test.database"))) {
      figures.add(measure(() -> DurabilityDatabase.fresh("benchmark")));
    } else {
      for (int round = 0; round < ROUNDS; round++) {
        figures.add(measure(() -> DurabilityDatabase.H2FileDatabase.create("benchmark", null)));
        if (COMPARE) {
          figures.add(measure(() -> DurabilityDatabase.H2FileDatabase.create("benchmark", null, NO_CHECKPOINT)));
          figures.add(measure(() -> DurabilityDatabase.H2FileDatabase.create("benchmark", URL_WRITE_DELAY_0,
              NO_CHECKPOINT)));
        }
      }
    }
    figures.forEach(line -> log.info("BENCHMARK {}", line));
    assertThat(figures).isNotEmpty();
  }

  private String measure(Supplier<DurabilityDatabase> fresh) {
    try (var database = fresh.get()) {
      var application = new ApplicationProcess(database, Path.of("target", "durability", "benchmark"));
      var http = application.start("benchmark");
      try {
        var acknowledged = new Acknowledged();
        run(new Workload(http, acknowledged, 0, "W"), WARM_UP_SECONDS, database);
        var result = run(new Workload(http, acknowledged, 1, "M"), SECONDS, database);
        long runningSize = database.sizeOnDisk();
        assertThat(result.unexpected()).isEmpty();
        application.stop();
        return "%s, %d clients: %.1f operations/s, %.2f cases/s (%d operations, %d cases in %.0f s); on disk %s"
            .formatted(database.name(), CLIENTS, result.operationsPerSecond(), result.casesPerSecond(),
                result.operations(), result.casesFinished(), result.seconds(),
                runningSize < 0 ? "not measured" : runningSize / 1024 / 1024 + " MB running, "
                    + database.sizeOnDisk() / 1024 / 1024 + " MB after an orderly stop");
      } finally {
        application.stop();
      }
    }
  }

  /** Runs the workload; every 10 s logs the operations so far and the database's size on disk. */
  private static Workload.Result run(Workload workload, int seconds, DurabilityDatabase database) {
    workload.start(CLIENTS);
    for (int elapsed = 0; elapsed < seconds; elapsed += 10) {
      ApplicationProcess.sleep(Math.min(10, seconds - elapsed) * 1000L);
      log.info("{} after {} s: {} operations, {} KB on disk", database.name(), Math.min(elapsed + 10, seconds),
          workload.operations(), database.sizeOnDisk() / 1024);
    }
    return workload.stop();
  }
}
