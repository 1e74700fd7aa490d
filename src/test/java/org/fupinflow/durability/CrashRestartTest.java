package org.fupinflow.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application in a JVM of its own under officials' concurrent work over HTTP, killed with SIGKILL at a random
 * moment and restarted, {@code crash.cycles} times (3 in the normal passes; {@code -Pcrash -Dcrash.cycles=30} for
 * more). After each restart everything it answered 2xx to must be there exactly once and the ledger must agree with
 * the cases ({@link AfterRestart}). Runs on H2 with {@code ./mvnw verify} and on PostgreSQL with {@code -Ppostgres};
 * {@code -Dcrash.h2.url=…} tries another H2 URL, {@code -Dcrash.seed=…} repeats the kill moments of a run.
 */
@Tag("integration")
@Tag("crash")
class CrashRestartTest {

  private static final Logger log = LoggerFactory.getLogger(CrashRestartTest.class);
  private static final int CYCLES = Integer.getInteger("crash.cycles", 3);
  private static final int CLIENTS = Integer.getInteger("crash.clients", 4);
  /** Once each client has its project, the clients work this long (ms, at random between the two) before the kill. */
  private static final int WORK_MIN = 1_000;
  private static final int WORK_MAX = 6_000;

  @Test
  void everyOperationAnsweredBeforeAKillNineIsThereExactlyOnceAfterTheRestart() {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    var random = new Random(seed);
    var acknowledged = new Acknowledged();
    var failures = new ArrayList<String>();
    int operations = 0;
    try (var database = DurabilityDatabase.fresh("crash")) {
      var application = new ApplicationProcess(database, Path.of("target", "durability", "crash"),
          "-XX:TieredStopAtLevel=1");
      log.info("CRASH {} cycles on {}, {} clients, seed {}", CYCLES, database.name(), CLIENTS, seed);
      var http = application.start("start");
      try {
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
          var prefix = "C" + cycle;
          var workload = new Workload(http, acknowledged, cycle, prefix);
          workload.start(CLIENTS);
          workload.awaitOperations(CLIENTS, Duration.ofMinutes(1));
          ApplicationProcess.sleep(WORK_MIN + random.nextInt(WORK_MAX - WORK_MIN));
          workload.stopping();
          application.kill();
          var result = workload.stop();
          http = application.start("restart-" + cycle);
          var findings = new AfterRestart(http, acknowledged).check(cycle, prefix);
          operations += findings.acknowledged();
          log.info("CRASH cycle {}/{} on {}: killed after {} s; {} operations acknowledged ({} /s, {} cases finished);"
                  + " lost {}, doubled {}, inconsistent {}, accepted again {}", cycle, CYCLES, database.name(),
              "%.1f".formatted(result.seconds()), findings.acknowledged(), "%.1f".formatted(result.operationsPerSecond()),
              result.casesFinished(), findings.lost().size(), findings.doubled().size(), findings.inconsistent().size(),
              findings.acceptedAgain().size());
          if (findings.acknowledged() == 0) {
            failures.add("cycle " + cycle + ": nothing was acknowledged before the kill");
          }
          if (!findings.clean() || !result.unexpected().isEmpty()) {
            failures.add("cycle " + cycle + ": " + findings + "; unexpected answers " + result.unexpected());
          }
        }
      } finally {
        application.stop();
      }
      long size = database.sizeOnDisk();
      log.info("CRASH {} cycles on {}: {} operations acknowledged, {} cycles with findings{}", CYCLES, database.name(),
          operations, failures.size(), size < 0 ? "" : "; " + size / 1024 + " KB on disk");
    }
    assertThat(failures).as("seed %d", seed).isEmpty();
  }
}
