package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insurer's round trip over HTTP with the official external-task client: N forwarded medical claims waiting,
 * one worker (maxTasks 10, HTTP Basic as xubin) fetches, locks and completes them; each completion runs the check's
 * recording and the payout decision in the same transaction. Not pass/fail: it reports checks per second. Run:
 * {@code ./mvnw verify -Pbenchmark -Dtest=InsurerRoundTripBenchmarkTest} (H2), with {@code -Ppostgres,benchmark} and
 * {@code FUPIN_DB_URL} for PostgreSQL; {@code -Dfupin.benchmark.claims=N} (default 200).
 */
@IntegrationTest
@Tag("benchmark")
class InsurerRoundTripBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(InsurerRoundTripBenchmarkTest.class);
  private static final int CLAIMS = Integer.getInteger("fupin.benchmark.claims", 200);

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  private ExternalTaskClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.stop();
    }
    ClockUtil.reset();
  }

  @Test
  void checksPerSecondThroughTheExternalTaskClient() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-25T02:00:00Z")));
    Set<String> ours = new HashSet<>();
    for (int i = 0; i < CLAIMS; i++) {
      var household = InsuredHousehold.filed(jdbc, "郑" + i, "冯" + i);
      ours.add(forwarded(ReliefClaimOverHttpTest.medical(household.headName(), household.headIdNumber(), "2020-09-10",
          "20000.00", "12000.00", "3000.00", "0", "0")));
    }
    var done = ConcurrentHashMap.<String>newKeySet();
    client = ExternalTaskClient.create().baseUrl(http.baseUrl() + "/engine-rest").workerId("benchmark-worker")
        .addInterceptor(new BasicAuthProvider("xubin", "xubin")).maxTasks(10).lockDuration(60_000)
        .disableBackoffStrategy().build();
    long start = System.nanoTime();
    client.subscribe(ReliefClaimProcess.CHECK_TOPIC).processDefinitionKey(ReliefClaimProcess.KEY)
        .variables("compliantCosts", "basicInsurancePaid", "criticalIllnessPaid", "hospitalWaivers", "medicalAidPaid")
        .handler((task, service) -> {
          if (!ours.contains(task.getProcessInstanceId())) {
            service.unlock(task);
            return;
          }
          service.complete(task, Map.of("checkedOn", "2020-09-25", "verifiedCompliantCosts", task.getVariable("compliantCosts"),
              "verifiedBasicInsurancePaid", task.getVariable("basicInsurancePaid"), "verifiedCriticalIllnessPaid",
              task.getVariable("criticalIllnessPaid"), "verifiedHospitalWaivers", task.getVariable("hospitalWaivers"),
              "verifiedMedicalAidPaid", task.getVariable("medicalAidPaid")));
          done.add(task.getProcessInstanceId());
        }).open();
    var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (done.size() < CLAIMS && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    var elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertThat(done).hasSize(CLAIMS);
    log.info("BENCHMARK insurer round trip on {}: {} checks (fetchAndLock + complete + payout decision) in {} ms = {} "
            + "checks/s, {} ms per check", jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName(),
        CLAIMS, elapsed.toMillis(), "%.1f".formatted(CLAIMS / (elapsed.toNanos() / 1e9)),
        "%.1f".formatted(elapsed.toNanos() / 1e6 / CLAIMS));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM relief_claim WHERE payout = 300000 AND checked_on IS NOT NULL",
        Integer.class)).isGreaterThanOrEqualTo(CLAIMS);
  }

  private String forwarded(Map<String, Object> report) {
    var started = http.post("zhangwei", "/engine-rest/process-definition/key/relief-claim/start",
        Map.of("variables", Http.variables(report)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    var task = http.get("chenjing", "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
        + TASK_CHECK_CLAIM).json().get(0);
    assertThat(http.post("chenjing", "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", Http.variables(Map.of("checkDecision", "forward")))).status()).isEqualTo(204);
    return instance;
  }
}
