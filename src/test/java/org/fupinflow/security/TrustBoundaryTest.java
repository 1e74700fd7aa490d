package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.fupinflow.disbursement.FundDisbursementProcess;
import org.fupinflow.fundledger.Balance;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.householdledger.HouseholdLedgerReportProcess;
import org.fupinflow.householdledger.HouseholdLedgerScheduleProcess;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.fupinflow.relief.InsurancePremiumProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exploits a penetration tester found through Camunda's generic REST surface, each refused with a clear 4xx,
 * leaving the ledger, the case and its timers as they were: on every door (HTTP Basic on {@code /engine-rest},
 * Tasklist's session on {@code /camunda/api/engine}).
 */
@IntegrationTest
class TrustBoundaryTest {

  private static final String ENGINE = "/engine-rest";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired FundLedger ledger;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // Money from nothing

  @Test
  void nobodyStartsAFundCaseByHandSoAShareIsReceivedOnce() {
    var fundLine = "信任边界测试资金" + UUID.randomUUID().toString().substring(0, 8);
    var shares = new DaoliFundShares(http, jdbc);
    var documentNumber = "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    shares.registered(documentNumber, fundLine, "");
    var noticeId = jdbc.queryForObject("SELECT id FROM fund_notice WHERE document_number = ?", String.class, documentNumber);
    var line = new FundLineKey("daoli", fundLine, FundLevel.CITY, DaoliFundShares.FUNCTION_CODE,
        DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    var received = new Balance(line, 1_600_530L, 0, 0, 0);
    assertThat(ledger.balance(line)).isEqualTo(received);

    var start = Map.<String, Object>of("variables", Http.variables(Map.of("fundNoticeId", noticeId, "districtCode", "daoli")));
    for (String official : List.of("zhangwei", "chenjing", "zhaolei", "zhoujie", "sunli", "demo")) {
      for (String door : List.of("/start", "/submit-form")) {
        var reply = http.post(official, ENGINE + "/process-definition/key/" + FundDisbursementProcess.KEY + door, start);
        assertThat(reply.status()).as(official + door + ": " + reply.body()).isEqualTo(403);
        assertThat(reply.json().get("message").asText()).contains("由系统根据已登记的业务自动发起").contains("nobody starts it by hand");
      }
    }
    var byId = http.post("demo", ENGINE + "/process-definition/" + latestDefinitionId(FundDisbursementProcess.KEY) + "/start",
        start);
    assertThat(byId.status()).as(byId.body()).isEqualTo(403);
    var tasklist = new WebappSession(http);
    tasklist.logIn("demo", "demo");
    var fromTasklist = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/process-definition/key/"
            + FundDisbursementProcess.KEY + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"fundNoticeId\":{\"value\":\"" + noticeId + "\"}}}")));
    assertThat(fromTasklist.status()).as(fromTasklist.body()).isEqualTo(403);

    assertThat(ledger.balance(line)).as("received once, 16,005.30 yuan").isEqualTo(received);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FundDisbursementProcess.KEY)
        .variableValueEquals("fundNoticeId", noticeId).count()).isOne();
  }

  @Test
  void processesTheApplicationStartsAreRefusedToEveryoneAndAbsentFromTasklistsStartList() {
    for (String key : List.of(PublicNoticeProcess.KEY, HouseholdLedgerReportProcess.KEY, HouseholdLedgerScheduleProcess.KEY)) {
      for (String official : List.of("lina", "chenjing", "zhoujie", "demo")) {
        var reply = http.post(official, ENGINE + "/process-definition/key/" + key + "/start",
            Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))));
        assertThat(reply.status()).as(official + " starts " + key + ": " + reply.body()).isEqualTo(403);
      }
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdLedgerReportProcess.KEY)
        .processInstanceBusinessKeyLike("HL-%").list()).allMatch(instance -> instance.getBusinessKey().matches("HL-[a-z]+-\\d{4}-\\d{2}-\\d{2}"));

    var startList = "/process-definition?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true";
    assertThat(http.get("demo", ENGINE + startList).json().findValuesAsText("key"))
        .containsExactlyInAnyOrder(HouseholdIdentificationProcess.KEY, "fund-notice-registration", "relief-claim",
            InsurancePremiumProcess.KEY);
    assertThat(http.get("chenjing", ENGINE + startList).json().findValuesAsText("key"))
        .containsExactlyInAnyOrder(HouseholdIdentificationProcess.KEY, InsurancePremiumProcess.KEY);
    assertThat(http.get("zhangwei", ENGINE + startList).json().findValuesAsText("key"))
        .containsExactlyInAnyOrder(HouseholdIdentificationProcess.KEY, "relief-claim");
    assertThat(http.get("zhoujie", ENGINE + startList).json().findValuesAsText("key")).containsExactly("fund-notice-registration");
    assertThat(http.get("wuqiang", ENGINE + startList).json()).isEmpty();
  }

  @Test
  void cityFinanceCannotStartAHouseholdCaseNorATownshipOfficerRegisterFunds() {
    var household = http.post("zhoujie", Cases.START, aCategoryAReport().startRequest());
    assertThat(household.status()).isEqualTo(403);
    assertThat(household.json().get("message").asText()).contains("您的角色不能发起「返贫致贫风险户识别认定」");
    var funds = http.post("zhangwei", ENGINE + "/process-definition/key/fund-notice-registration/start", Map.of());
    assertThat(funds.status()).isEqualTo(403);
  }

  @Test
  void aStartCannotSkipTheListenersThatFileTheCase() {
    var before = runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdIdentificationProcess.KEY).count();
    for (var option : List.<Map.Entry<String, Object>>of(Map.entry("skipCustomListeners", true),
        Map.entry("skipIoMappings", true),
        Map.entry("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_ReviewHousehold"))))) {
      var body = new java.util.HashMap<>(aCategoryAReport().startRequest());
      body.put(option.getKey(), option.getValue());
      var reply = http.post("zhangwei", Cases.START, body);
      assertThat(reply.status()).as(option.getKey()).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("不允许使用启动选项 " + option.getKey());
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdIdentificationProcess.KEY).count())
        .isEqualTo(before);
  }

  // Deadlines silenced

  @Test
  void refusedCallsOnATimerChangeNothingAboutIt() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var instanceId = started.get("id").asText();
    var timer = timerOf(instanceId, "BoundaryEvent_VerifyHouseholdOverdue");
    var jobDefinitionId = timer.getJobDefinitionId();

    for (String official : List.of("zhangwei", "liuyang", "wangfang", "chenjing", "wuqiang")) {
      for (int attempt = 0; attempt < 3; attempt++) {
        var execute = http.post(official, ENGINE + "/job/" + timer.getId() + "/execute", Map.of());
        assertThat(execute.status()).as(official + " executes the timer").isEqualTo(403);
        assertThat(execute.json().get("message").asText()).contains("只能由系统管理员操作").contains("administrators' tools");
      }
      assertThat(put(official, "/job/" + timer.getId() + "/duedate", Map.of("duedate", "2020-01-01T00:00:00.000+0800")).status())
          .isEqualTo(403);
      assertThat(put(official, "/job/" + timer.getId() + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
      assertThat(put(official, "/job/" + timer.getId() + "/suspended", Map.of("suspended", true)).status()).isEqualTo(403);
      assertThat(put(official, "/job/" + timer.getId() + "/priority", Map.of("priority", 0)).status()).isEqualTo(403);
      assertThat(http.post(official, ENGINE + "/job/" + timer.getId() + "/duedate/recalculate", Map.of()).status()).isEqualTo(403);
      assertThat(delete(official, "/job/" + timer.getId()).status()).isEqualTo(403);
      assertThat(put(official, "/job-definition/" + jobDefinitionId + "/suspended", Map.of("suspended", true)).status())
          .isEqualTo(403);
      assertThat(put(official, "/job-definition/" + jobDefinitionId + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
      assertThat(put(official, "/job/retries", Map.of("jobIds", List.of(timer.getId()), "retries", 0)).status()).isEqualTo(403);
    }

    var after = timerOf(instanceId, "BoundaryEvent_VerifyHouseholdOverdue");
    assertThat(after.getId()).isEqualTo(timer.getId());
    assertThat(after.getRetries()).as("no refused call counted as a failure").isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(managementService.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult().isSuspended())
        .isFalse();
  }

  @Test
  void anotherSpellingOfThePathDoesNotGetPastTheDoor() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var timer = timerOf(started.get("id").asText(), "BoundaryEvent_VerifyHouseholdOverdue");
    for (String path : List.of("/engine/default/job/%s/execute", "/job/%s/execute/", "/job/%s/./execute",
        "/j%%6Fb/%s/execute", "/engine/default//job/%s/execute")) {
      var reply = http.post("zhangwei", ENGINE + path.formatted(timer.getId()), Map.of());
      assertThat(reply.status()).as(path).isIn(400, 403, 404);
    }
    var tunnelled = http.send("zhangwei", "zhangwei", HttpRequest.newBuilder(http.uri(ENGINE + "/job/" + timer.getId()
            + "/duedate")).header("Content-Type", "application/json").header("X-HTTP-Method-Override", "PUT")
        .POST(HttpRequest.BodyPublishers.ofString("{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}")));
    assertThat(tunnelled.status()).isIn(403, 404, 405);
    var asText = http.send("zhangwei", "zhangwei", HttpRequest.newBuilder(http.uri(ENGINE + "/task/"
            + cases.taskOf("zhangwei", started.get("id").asText()).get("id").asText() + "/complete"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")));
    assertThat(asText.status()).isEqualTo(415);
    assertThat(asText.json().get("message").asText()).contains("请求体应为 JSON");

    var after = timerOf(started.get("id").asText(), "BoundaryEvent_VerifyHouseholdOverdue");
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(started.get("id").asText()).count()).isZero();
  }

  @Test
  void anAdministratorsChangeToADeadlineTimerIsRecordedNextToTheEscalations() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var timer = timerOf(started.get("id").asText(), "BoundaryEvent_VerifyHouseholdOverdue");

    var moved = put("demo", "/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0800"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(204);

    var changes = http.get("chenjing", "/api/escalations/timer-changes?district=daoli");
    assertThat(changes.status()).as(changes.body()).isEqualTo(200);
    var change = java.util.stream.StreamSupport.stream(changes.json().spliterator(), false)
        .filter(entry -> timer.getId().equals(entry.get("jobId").asText())).findFirst().orElseThrow();
    assertThat(change.get("userId").asText()).isEqualTo("demo");
    assertThat(change.get("operation").asText()).isEqualTo("SetDueDate");
    assertThat(change.get("caseKey").asText()).isEqualTo(started.get("businessKey").asText());
    assertThat(change.get("stepName").asText()).isEqualTo("乡镇入户核实");
    assertThat(change.get("timerId").asText()).isEqualTo("BoundaryEvent_VerifyHouseholdOverdue");
    assertThat(change.get("changes").get(0).get("to").asText()).isEqualTo("2030-01-01T00:00+08:00");
    // Another district's office does not see 道里区's timers.
    assertThat(http.get("yangmin", "/api/escalations/timer-changes").json().findValuesAsText("jobId")).doesNotContain(timer.getId());
    assertThat(http.get("zhangwei", "/api/escalations/timer-changes").status()).isEqualTo(403);
  }

  // The 5-day public notice cut to zero

  @Test
  void aVillageCommitteeCannotShortenSuspendOrRewriteTheNotice() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-28T02:00:00Z")));
    var notice = runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-daoli-2020-" + UUID.randomUUID(),
        noticeVariables());
    var post = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult();
    assertThat(cases.complete("lina", post.getId(), Map.of("postedOn", "2020-09-28")).status()).isEqualTo(204);
    var period = timerOf(notice.getId(), PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED);
    var endsOn = runtimeService.getVariable(notice.getId(), PublicNoticeProcess.Variables.NOTICE_ENDS_ON);

    assertThat(put("lina", "/job/" + period.getId() + "/duedate", Map.of("duedate", "2020-09-28T10:00:01.000+0800")).status())
        .isEqualTo(403);
    assertThat(put("lina", "/process-instance/" + notice.getId() + "/variables/noticeEndsOn",
        Map.of("value", "2020-09-28", "type", "String")).status()).isEqualTo(403);
    assertThat(put("lina", "/process-instance/" + notice.getId() + "/suspended", Map.of("suspended", true)).status())
        .isEqualTo(403);
    assertThat(http.post("lina", ENGINE + "/process-instance/" + notice.getId() + "/modification", Map.of("instructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", PublicNoticeProcess.Elements.END_NOTICE_COMPLETED))))
        .status()).isEqualTo(403);
    assertThat(delete("lina", "/process-instance/" + notice.getId()).status()).isEqualTo(403);
    // Nor through the task: the notice's end is not a field of the objection form, its text is shown read-only.
    var objection = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult();
    var rewrite = cases.complete("lina", objection.getId(), Map.of("noticeEndsOn", "2020-09-28", "objectionContent", "x"));
    assertThat(rewrite.status()).isEqualTo(400);
    assertThat(rewrite.json().get("message").asText()).contains("noticeEndsOn").contains("read-only");
    assertThat(put("lina", "/task/" + objection.getId() + "/localVariables/noticeEndsOn", Map.of("value", "2020-09-28"))
        .status()).isEqualTo(400);

    assertThat(timerOf(notice.getId(), PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED).getDuedate())
        .isEqualTo(period.getDuedate());
    assertThat(runtimeService.getVariable(notice.getId(), PublicNoticeProcess.Variables.NOTICE_ENDS_ON)).isEqualTo(endsOn);
    var running = runtimeService.createProcessInstanceQuery().processInstanceId(notice.getId()).singleResult();
    assertThat(running.isSuspended()).isFalse();
    assertThat(taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(PublicNoticeProcess.Elements.TASK_RECORD_OBJECTION);
    // What village committees legitimately do still works: an objection by message, without instance rights.
    var raised = http.post("lina", ENGINE + "/message", Map.of("messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED,
        "businessKey", notice.getBusinessKey(),
        "processVariables", Http.variables(Map.of("objectionContent", "群众反映该户收入情况不实"))));
    assertThat(raised.status()).as(raised.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION);
  }

  @Test
  void aMessageOtherThanAnObjectionIsAnAdministratorsTool() {
    var reply = http.post("lina", ENGINE + "/message", Map.of("messageName", "PublicNoticeObjection",
        "businessKey", "HI-daoli-2020-x", "processInstanceId", "x"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("processInstanceId");
    assertThat(http.post("lina", ENGINE + "/message", Map.of("messageName", "SomethingElse")).status()).isEqualTo(403);
    assertThat(http.post("zhangwei", ENGINE + "/signal", Map.of("name", "x")).status()).isEqualTo(403);
  }

  // Case identity overwritten by a submission

  @Test
  void aSubmissionCarriesOnlyTheStepsFieldsOfTheirKinds() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var instanceId = started.get("id").asText();
    var task = cases.taskOf("zhangwei", instanceId).get("id").asText();
    var valid = Map.<String, Object>of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "属实");

    for (String smuggled : List.of("districtCode", "householdId", "fundNoticeId", "proposalRound", "townshipStepFrom",
        "returnCount", "caseNote")) {
      var values = new java.util.HashMap<>(valid);
      values.put(smuggled, "hulan");
      var reply = cases.complete("zhangwei", task, values);
      assertThat(reply.status()).as(smuggled).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("变量 " + smuggled + " 不属于「乡镇入户核实」的表单")
          .contains("The variable " + smuggled + " is not part of");
      assertThat(put("zhangwei", "/task/" + task + "/variables/" + smuggled, Map.of("value", "hulan")).status())
          .as(smuggled).isEqualTo(400);
      assertThat(put("zhangwei", "/task/" + task + "/localVariables/" + smuggled, Map.of("value", "hulan")).status())
          .as(smuggled).isEqualTo(400);
    }
    var modify = http.post("zhangwei", ENGINE + "/task/" + task + "/variables", Map.of("modifications",
        Http.variables(Map.of("householdId", "x")), "deletions", List.of()));
    assertThat(modify.status()).isEqualTo(400);
    var wrongKind = cases.complete("zhangwei", task, Map.of("verifiedOn", "2020-09-29", "riskConfirmed", "yes",
        "verificationNote", "属实"));
    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(wrongKind.json().get("message").asText()).contains("riskConfirmed 应为 Boolean");
    var duplicateKey = http.send("zhangwei", "zhangwei", HttpRequest.newBuilder(http.uri(ENGINE + "/task/" + task + "/complete"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"variables\":{\"verificationNote\":{\"value\":\"a\"},\"verificationNote\":{\"value\":\"b\"}}}")));
    assertThat(duplicateKey.status()).isEqualTo(400);

    assertThat(runtimeService.getVariable(instanceId, "districtCode")).isEqualTo("daoli");
    assertThat(runtimeService.getVariables(instanceId)).doesNotContainKeys("caseNote", "fundNoticeId", "proposalRound");
    assertThat(cases.taskOf("zhangwei", instanceId).get("id").asText()).as("still open").isEqualTo(task);

    assertThat(cases.complete("zhangwei", task, valid).status()).as("the form's own fields").isEqualTo(204);
  }

  @Test
  void aJsonVariableThatIsNotJsonTextIsRefusedNamingIt() {
    var started = cases.start("zhangwei", org.fupinflow.support.RiskReports.aCategoryBReport());
    var task = cases.taskOf("zhangwei", started.get("id").asText()).get("id").asText();
    for (Object value : List.of("{\"hardship\": ", Map.of("hardship", "因病"))) {
      var reply = http.post("zhangwei", ENGINE + "/task/" + task + "/complete", Map.of("variables",
          Map.of("household", Map.of("type", "Json", "value", value))));
      assertThat(reply.status()).as(String.valueOf(value)).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("household").contains("JSON");
    }
    assertThat(cases.taskOf("zhangwei", started.get("id").asText()).get("id").asText()).isEqualTo(task);
  }

  @Test
  void tasklistsApiKeepsTheSameRules() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var task = taskService.createTaskQuery().processInstanceId(started.get("id").asText()).singleResult();
    var tasklist = new WebappSession(http);
    tasklist.logIn("zhangwei", "zhangwei");

    var smuggled = tasklist.submitForm(task, Http.variables(Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true,
        "verificationNote", "属实", "districtCode", "hulan")));
    assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(400);
    assertThat(smuggled.json().get("message").asText()).contains("districtCode");

    var otherTownship = new WebappSession(http);
    otherTownship.logIn("liuyang", "liuyang");
    var notTheirs = otherTownship.submitForm(task, Http.variables(Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true,
        "verificationNote", "属实")));
    assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);

    var claimForAnother = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task/"
            + task.getId() + "/claim")).header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"liuyang\"}")));
    assertThat(claimForAnother.status()).as(claimForAnother.body()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    var valid = tasklist.submitForm(task, Http.variables(Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "属实")));
    assertThat(valid.status()).as(valid.body()).isEqualTo(204);
  }

  @Test
  void aCompletionOfAnotherDistrictsOrAFinishedTaskIsNotFoundNotAServerError() {
    var started = cases.start("wangfang", aCategoryAReport().inTownship("hulan", "shiren"));
    var task = cases.taskOf("wangfang", started.get("id").asText()).get("id").asText();
    var valid = Map.<String, Object>of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "属实");

    var otherDistrict = cases.complete("zhangwei", task, valid);
    assertThat(otherDistrict.status()).isEqualTo(404);
    assertThat(otherDistrict.json().get("message").asText()).contains("不属于您的待办");
    assertThat(cases.complete("wangfang", task, valid).status()).isEqualTo(204);
    assertThat(cases.complete("wangfang", task, valid).status()).as("already completed").isEqualTo(404);
    assertThat(http.get("zhangwei", ENGINE + "/process-instance/" + started.get("id").asText() + "/variables").status())
        .as("another district's case").isEqualTo(404);
  }

  // Townships see each other's cases

  @Test
  void aTownshipOfficerReadsOnlyTheirOwnTownshipsCasesVariablesAndHistory() {
    var xinnong = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong")).get("id").asText();
    var taiping = cases.start("liuyang", aCategoryAReport().inTownship("daoli", "taiping")).get("id").asText();

    for (String path : List.of("/process-instance?processInstanceIds=%s", "/history/process-instance?processInstanceId=%s",
        "/history/variable-instance?processInstanceId=%s", "/history/activity-instance?processInstanceId=%s",
        "/history/task?processInstanceId=%s", "/variable-instance?processInstanceIdIn=%s", "/task?processInstanceId=%s")) {
      assertThat(http.get("zhangwei", ENGINE + path.formatted(xinnong)).json()).as("zhangwei " + path).isNotEmpty();
      assertThat(http.get("zhangwei", ENGINE + path.formatted(taiping)).json()).as("zhangwei " + path).isEmpty();
      assertThat(http.get("liuyang", ENGINE + path.formatted(taiping)).json()).as("liuyang " + path).isNotEmpty();
      assertThat(http.get("liuyang", ENGINE + path.formatted(xinnong)).json()).as("liuyang " + path).isEmpty();
      assertThat(http.get("chenjing", ENGINE + path.formatted(xinnong)).json()).as("the district office " + path).isNotEmpty();
    }
    var variables = http.get("liuyang", ENGINE + "/process-instance/" + xinnong + "/variables");
    assertThat(variables.status()).isIn(403, 404);
    assertThat(variables.body()).doesNotContain("王建国");

    var tasklist = new WebappSession(http);
    tasklist.logIn("liuyang", "liuyang");
    var history = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/history/variable-instance"
        + "?processInstanceId=" + xinnong)).GET());
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json()).isEmpty();
  }

  private Job timerOf(String processInstanceId, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(boundaryEventId).singleResult();
  }

  private String latestDefinitionId(String key) {
    return http.get("demo", ENGINE + "/process-definition/key/" + key).json().get("id").asText();
  }

  private Http.Reply put(String official, String path, Object body) {
    return http.send(official, official, HttpRequest.newBuilder(http.uri(ENGINE + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(http.write(body))));
  }

  private Http.Reply delete(String official, String path) {
    return http.send(official, official, HttpRequest.newBuilder(http.uri(ENGINE + path)).DELETE());
  }

  private static Map<String, Object> noticeVariables() {
    return Map.of(PublicNoticeProcess.Variables.DISTRICT_CODE, "daoli", PublicNoticeProcess.Variables.NOTICE_KIND, "household",
        PublicNoticeProcess.Variables.NOTICE_TITLE, "关于拟认定即时帮扶人口的公示", PublicNoticeProcess.Variables.NOTICE_VILLAGE, "新农村",
        PublicNoticeProcess.Variables.NOTICE_PERSON, "张**");
  }
}
