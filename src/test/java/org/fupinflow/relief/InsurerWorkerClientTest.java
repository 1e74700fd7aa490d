package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insurer's contract proven with the client insurers run: {@code org.camunda.bpm:camunda-external-task-client}
 * 7.24.0 against the running application over HTTP, HTTP Basic as the insurer's user 徐斌 (xubin, group
 * {@code insurers}). The worker reads the claim's variables, returns the verified figures or the BPMN error
 * {@code not-eligible} with its reason; the claims then wait for the payment, or for the township to tell the
 * applicant.
 */
@IntegrationTest
class InsurerWorkerClientTest {

  private static final String START = "/engine-rest/process-definition/key/relief-claim/start";

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
  void theOfficialClientChecksAMedicalClaimAnAccidentDisabilityAndFindsOneNotEligible() throws InterruptedException {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-25T02:00:00Z")));
    var household = InsuredHousehold.filed(jdbc, "孙立平", "周玉兰");
    var medical = forwarded(ReliefClaimOverHttpTest.medical(household.headName(), household.headIdNumber(), "2020-09-10",
        "60000.00", "30000.00", "10000.00", "0", "0"));
    var disability = new HashMap<String, Object>(Map.of("districtCode", "daoli", "townshipCode", "xinnong",
        "insuredName", household.spouseName(), "insuredIdNumber", household.spouseIdNumber(), "eventType",
        "accident-disability", "disabilityLevel", 10, "eventDate", "2020-09-12"));
    var level10 = forwarded(disability);
    var notEligible = forwarded(ReliefClaimOverHttpTest.medical(household.spouseName(), household.spouseIdNumber(),
        "2020-09-14", "3000.00", "1000.00", "0", "0", "0"));
    var ours = List.of(medical, level10, notEligible);

    var handled = new ConcurrentHashMap<String, String>();
    client = ExternalTaskClient.create()
        .baseUrl(http.baseUrl() + "/engine-rest")
        .workerId("huatai-relief-worker")
        .addInterceptor(new BasicAuthProvider("xubin", "xubin"))
        .maxTasks(10)
        .lockDuration(60_000)
        .disableBackoffStrategy()
        .build();
    client.subscribe(ReliefClaimProcess.CHECK_TOPIC)
        .processDefinitionKey(ReliefClaimProcess.KEY)
        .variables("caseNumber", "eventType", "disabilityLevel", "compliantCosts", "basicInsurancePaid",
            "criticalIllnessPaid", "hospitalWaivers", "medicalAidPaid")
        .handler((task, service) -> {
          if (!ours.contains(task.getProcessInstanceId())) {
            service.unlock(task);
            return;
          }
          if (task.getProcessInstanceId().equals(notEligible)) {
            service.handleBpmnError(task, ReliefClaimProcess.NOT_ELIGIBLE, "门诊费用，不属于住院医疗");
            handled.put(task.getProcessInstanceId(), "not-eligible");
            return;
          }
          var verified = new HashMap<String, Object>();
          verified.put("checkedOn", "2020-09-25");
          if ("accident-disability".equals(task.getVariable("eventType"))) {
            verified.put("verifiedDisabilityLevel", task.<Integer>getVariable("disabilityLevel"));
          } else {
            verified.put("verifiedCompliantCosts", task.getVariable("compliantCosts"));
            verified.put("verifiedBasicInsurancePaid", task.getVariable("basicInsurancePaid"));
            verified.put("verifiedCriticalIllnessPaid", task.getVariable("criticalIllnessPaid"));
            verified.put("verifiedHospitalWaivers", task.getVariable("hospitalWaivers"));
            verified.put("verifiedMedicalAidPaid", task.getVariable("medicalAidPaid"));
          }
          service.complete(task, verified);
          handled.put(task.getProcessInstanceId(), task.getVariable("caseNumber"));
        })
        .open();

    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (handled.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(handled).containsOnlyKeys(ours);

    assertThat(payout(medical)).as("own share 20,000.00 less 10% of 60,000.00").isEqualTo(1_400_000L);
    assertThat(payout(level10)).as("level 10: the 5,000.00 floor").isEqualTo(500_000L);
    assertThat(jdbc.queryForObject("SELECT outcome FROM relief_claim WHERE process_instance_id = ?", String.class,
        notEligible)).isEqualTo("NOT_ELIGIBLE");
    assertThat(http.get("xubin", "/engine-rest/task?processDefinitionKey=relief-claim&taskDefinitionKey="
        + ReliefClaimProcess.Elements.TASK_RECORD_PAYMENT).json().findValuesAsText("processInstanceId"))
        .contains(medical, level10).doesNotContain(notEligible);
  }

  /** A claim reported by 张伟 and forwarded to the insurer by 陈静; its process instance id. */
  private String forwarded(Map<String, Object> report) {
    var started = http.post("zhangwei", START, Map.of("variables", Http.variables(report)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    var task = http.get("chenjing", "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
        + TASK_CHECK_CLAIM).json().get(0);
    assertThat(http.post("chenjing", "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", Http.variables(Map.of("checkDecision", "forward")))).status()).isEqualTo(204);
    return instance;
  }

  private Long payout(String instance) {
    return jdbc.queryForObject("SELECT payout FROM relief_claim WHERE process_instance_id = ?", Long.class, instance);
  }
}
