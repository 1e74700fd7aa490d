package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.net.http.HttpRequest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first step of household identification, started and worked through the engine REST API. */
@IntegrationTest
class HouseholdIdentificationProcessTest {

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aReportedRiskBecomesANumberedCaseWaitingForItsTownship() {
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").withBusinessKey("NS-2020-17"));

    assertThat(started.get("businessKey").asText()).matches("HI-daoli-\\d{4}-\\d{5}");
    var instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.get("id").asText()).singleResult();
    assertThat(instance).isWaitingAt(TASK_VERIFY_HOUSEHOLD);
    assertThat(runtimeService.getVariable(instance.getId(), "externalReference")).isEqualTo("NS-2020-17");
    assertThat(runtimeService.getVariable(instance.getId(), "reportedBy")).isEqualTo("zhangwei");
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("乡镇入户核实");
    assertThat(task.getTenantId()).isEqualTo("daoli");
    assertThat(task).hasCandidateGroup("township-daoli-xinnong");
  }

  @Test
  void caseNumbersCountUpWithinADistrict() {
    var first = cases.start("zhangwei", aCategoryAReport()).get("businessKey").asText();
    var second = cases.start("zhangwei", aCategoryAReport()).get("businessKey").asText();
    assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
  }

  @Test
  void reportsArrivingAtTheSameMomentGetDistinctCaseNumbers() throws Exception {
    // A year no other test uses, so the threads also race to create its counter.
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2031-03-02T02:00:00Z")));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var starts = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      for (int i = 0; i < 24; i++) {
        starts.add(pool.submit(() -> cases.start("zhangwei", aCategoryAReport()).get("businessKey").asText()));
      }
      var numbers = new java.util.HashSet<String>();
      for (var start : starts) {
        numbers.add(start.get());
      }
      assertThat(numbers).hasSize(24).allMatch(number -> number.startsWith("HI-daoli-2031-"));
      var sequence = numbers.stream().mapToInt(HouseholdIdentificationProcessTest::sequenceOf).sorted().toArray();
      assertThat(sequence[23] - sequence[0]).as("no gaps").isEqualTo(23);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anIncompleteReportIsRefusedWith400AndStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdIdentificationProcess.KEY).count();

    var noVillage = http.post("zhangwei", Cases.START, aCategoryAReport().without("villageName").startRequest());
    assertThat(noVillage.status()).isEqualTo(400);
    assertThat(noVillage.json().get("message").asText()).contains("villageName").contains("村名必填");

    var badCategory = http.post("zhangwei", Cases.START, aCategoryAReport().with("category", "D").startRequest());
    assertThat(badCategory.status()).isEqualTo(400);
    assertThat(badCategory.json().get("message").asText()).contains("户类型须为 A、B 或 C");

    var future = http.post("zhangwei", Cases.START, aCategoryAReport().with("reportedOn", "2999-01-01").startRequest());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("message").asText()).contains("reportedOn");

    var noDistrict = http.post("zhangwei", Cases.START, aCategoryAReport().without("districtCode").startRequest());
    assertThat(noDistrict.status()).isEqualTo(400);
    assertThat(noDistrict.json().get("message").asText()).contains("districtCode");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdIdentificationProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aVerificationDatedBeforeTheReportIsRefusedAndTheTaskStaysOpenUnchanged() {
    var started = cases.start("zhangwei", aCategoryAReport().with("reportedOn", "2020-09-28"));
    var task = cases.taskOf("zhangwei", started.get("id").asText());

    var reply = cases.complete("zhangwei", task.get("id").asText(),
        Map.of("verifiedOn", "2020-09-27", "riskConfirmed", true, "verificationNote", "已入户"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("verifiedOn").contains("入户核实日期应在 2020-09-28");
    assertThat(taskService.createTaskQuery().taskId(task.get("id").asText()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(started.get("id").asText(), "verifiedOn")).isNull();
  }

  @Test
  void tasklistGetsTheSameClearRefusalWhenItSubmitsTheForm() {
    var started = cases.start("zhangwei", aCategoryAReport().with("reportedOn", "2020-09-28"));
    var task = cases.taskOf("zhangwei", started.get("id").asText());
    var tasklist = new WebappSession(http);
    tasklist.logIn("zhangwei", "zhangwei");

    var body = "{\"variables\":{\"verifiedOn\":{\"value\":\"2999-01-01\"},\"riskConfirmed\":{\"value\":true},"
        + "\"verificationNote\":{\"value\":\"已入户\"}}}";
    var reply = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task/"
            + task.get("id").asText() + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("入户核实日期应在");
    assertThat(taskService.createTaskQuery().taskId(task.get("id").asText()).count()).isEqualTo(1);
  }

  @Test
  void theTownshipOfficerCompletesTheVerificationAndTheCaseGoesToTheDistrict() {
    var started = cases.start("zhangwei", aCategoryAReport().with("reportedOn", "2020-09-28"));
    var task = cases.taskOf("zhangwei", started.get("id").asText());

    var reply = cases.complete("zhangwei", task.get("id").asText(),
        Map.of("verifiedOn", "2020-09-30", "riskConfirmed", true, "verificationNote", "家中主要劳动力因病住院，风险属实"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    var instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.get("id").asText()).singleResult();
    assertThat(instance).isWaitingAt(TASK_REVIEW_HOUSEHOLD);
    var completedBy = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_VERIFY_HOUSEHOLD).singleResult();
    assertThat(completedBy.getAssignee()).isNull();
    assertThat(completedBy.getDeleteReason()).isEqualTo("completed");
  }

  private static int sequenceOf(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
  }
}
