package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuranceDistricts;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * README's permission table, walked over HTTP: every action of the table for every demo official and for an
 * anonymous caller, against a case of 道里区 新农镇 (zhangwei's township; liuyang is another township of the same
 * district, wangfang and yangmin another district). Expected answers are status codes; {@code +} and {@code -}
 * mean 200 with the fixture in the list or not; {@code .} means not tried (an administrator's call that would
 * change the fixture). The test fails on any unexpected allow or denial and lists all of them.
 */
@IntegrationTest
class PermissionMatrixTest {

  static final List<String> WHO = List.of("anonymous", "zhangwei", "liuyang", "wangfang", "lina", "chenjing", "yangmin",
      "zhaolei", "sunli", "zhoujie", "wuqiang", "xubin", "demo");

  /**
   * The expectations: one row per action, one column per official of {@link #WHO}, in that order. Columns: anonymous,
   * township officer of the case's township (zhangwei), of another township (liuyang), of another district (wangfang),
   * village committee (lina), district poverty office (chenjing; yangmin of another district), district finance
   * (zhaolei), city poverty office (sunli), city finance (zhoujie), supervisor (wuqiang), insurer (xubin), administrator.
   */
  static final String EXPECTED = """
      action                                         anon zhang liu  wang lina chen yang zhao sunli zhou wuq  xub  demo
      start household-identification in 新农镇        401  200   403  403  403  200  403  403  403   403  403  403  200
      start fund-notice-registration                 401  403   403  403  403  403  403  403  403   200  403  403  200
      start fund-disbursement                        401  403   403  403  403  403  403  403  403   403  403  403  403
      start public-notice                            401  403   403  403  403  403  403  403  403   403  403  403  403
      start household-ledger-report                  401  403   403  403  403  403  403  403  403   403  403  403  403
      start household-ledger-schedule                401  403   403  403  403  403  403  403  403   403  403  403  403
      start monthly-statistics                       401  403   403  403  403  403  403  403  403   403  403  403  403
      start monthly-statistics-schedule              401  403   403  403  403  403  403  403  403   403  403  403  403
      start project-approval                         401  403   403  403  403  403  403  403  403   403  403  403  403
      start spending-supervision                     401  403   403  403  403  403  403  403  403   403  403  403  403
      start spending-checkpoint-schedule             401  403   403  403  403  403  403  403  403   403  403  403  403
      start performance-evaluation                   401  403   403  403  403  403  403  403  403   403  403  403  403
      start performance-evaluation-schedule          401  403   403  403  403  403  403  403  403   403  403  403  403
      start fund-disbursement via Tasklist           401  403   403  403  403  403  403  403  403   403  403  403  403
      start insurance-premium (year refused)         401  403   403  403  403  400  403  403  403   403  403  403  400
      pay the premium (paidOn refused)               401  404   404  404  404  403  404  400  403   404  403  404  400
      complete 县审核项目申报 (no decision)            401  404   404  404  404  400  404  404  403   404  403  404  400
      complete 市复核项目申报 (no decision)            401  404   404  404  404  403  404  404  400   404  403  404  400
      complete 修改项目申报 (no decision)              401  400   404  404  404  403  404  404  403   404  403  404  400
      list the case's tasks                          401  +     -    -    -    +    -    -    +     -    +    -    +
      complete the township step (date refused)      401  400   404  404  404  403  404  404  403   404  403  404  400
      complete the township step with districtCode   401  400   404  404  404  400  404  404  400   404  400  404  400
      complete it via Tasklist with districtCode     401  400   404  404  404  400  404  404  400   404  400  404  400
      set a task variable not on the form            401  400   404  404  404  400  404  404  400   404  400  404  400
      claim the task for another official           401  403   404  404  404  403  404  404  403   404  403  404  .
      throw a BPMN error on the task                 401  403   403  403  403  403  403  403  403   403  403  403  .
      change the task's due date                     401  403   403  403  403  403  403  403  403   403  403  403  .
      read the case                                  401  200   404  404  404  200  404  200  200   200  200  404  200
      read the case's variables                      401  200   403  404  403  200  404  200  200   200  200  403  200
      read the case's history                        401  +     -    -    -    +    -    +    +     +    +    -    +
      read the case's variable history               401  +     -    -    -    +    -    +    +     +    +    -    +
      execute the deadline timer                     401  403   403  403  403  403  403  403  403   403  403  403  .
      move the deadline timer's due date             401  403   403  403  403  403  403  403  403   403  403  403  204
      set the timer's retries                        401  403   403  403  403  403  403  403  403   403  403  403  204
      suspend the timer's job definition             401  403   403  403  403  403  403  403  403   403  403  403  .
      delete the timer                               401  403   403  403  403  403  403  403  403   403  403  403  .
      set a variable of the case                     401  403   403  403  403  403  403  403  403   403  403  403  204
      suspend the case                               401  403   403  403  403  403  403  403  403   403  403  403  .
      move the case to its end (modification)        401  403   403  403  403  403  403  403  403   403  403  403  .
      delete the case                                401  403   403  403  403  403  403  403  403   403  403  403  .
      deploy a model                                 401  403   403  403  403  403  403  403  403   403  403  403  .
      create a user                                  401  403   403  403  403  403  403  403  403   403  403  403  .
      grant an authorization                         401  403   403  403  403  403  403  403  403   403  403  403  .
      object to the notice by message (no content)   401  403   403  403  400  403  403  403  403   403  403  403  400
      object to the notice by /api (no content)      401  403   403  403  400  403  403  403  403   403  403  403  400
      send another message                           401  403   403  403  403  403  403  403  403   403  403  403  400
      change one's own profile                       401  204   204  204  204  204  204  204  204   204  204  204  204
      change another official's profile              401  403   403  403  403  403  403  403  403   403  403  403  .
      /api/me                                        401  200   200  200  200  200  200  200  200   200  200  200  200
      /api/openapi.json                              401  200   200  200  200  200  200  200  200   200  200  200  200
      /api/households/{id} of the case               401  200   403  403  403  200  403  403  200   403  200  403  200
      /api/ledger of 道里区                           401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/projects of 道里区                         401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/projects/spending of 道里区                401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/projects/spending-supervision of 道里区    401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/projects/monthly-statistics 道里区         401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/projects/monthly-statistics.xlsx 道里区    401  403   403  403  403  200  403  200  200   200  200  403  200
      apply for a project (empty)                    401  400   400  400  403  403  403  403  403   403  403  403  403
      /api/projects/applications of 道里区            401  200   200  403  403  200  403  200  200   200  200  403  200
      /api/evaluation of 道里区                       401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/evaluation.xlsx of 道里区                  401  403   403  403  403  200  403  200  200   200  200  403  200
      PUT evidence of the evaluation of 道里区         401  403   403  403  403  403  403  403  200   403  403  403  200
      /api/fund-notices                              401  403   403  403  403  200  200  200  200   200  200  403  200
      POST /api/fund-notices (empty)                 401  403   403  403  403  403  403  403  403   400  403  403  400
      /api/fund-notices/import-template.xlsx         401  403   403  403  403  403  403  403  403   200  403  403  200
      /api/household-ledger.xlsx of 道里区            401  403   403  403  403  200  403  403  200   403  200  403  200
      /api/escalations of 道里区                      401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/escalations/board of 道里区                401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/escalations/timer-changes of 道里区        401  403   403  403  403  200  403  200  200   200  200  403  200
      /api/calendar/deadline                         401  200   200  200  200  200  200  200  200   200  200  200  200
      PUT /api/calendar/years/2027 (empty)           401  403   403  403  403  403  403  403  403   403  403  403  400
      POST /api/budget-codes (empty)                 401  403   403  403  403  403  403  403  403   403  403  403  400
      /api/insurance/2020/insured of 道里区           401  403   403  403  403  200  403  403  200   200  200  403  200
      /api/insurance/2020/insured.xlsx of 道里区      401  403   403  403  403  200  403  403  200   200  200  403  200
      /api/insurance/2020/premiums of 道里区          401  403   403  403  403  200  403  403  200   200  200  403  200
      /api/insurance/2020/fund of 道里区              401  403   403  403  403  200  403  403  200   200  200  403  200
      evaluate the relief-payout decision            401  403   403  403  403  403  403  403  403   403  403  403  200
      start relief-claim in 新农镇 (no figures)       401  400   403  403  403  403  403  403  403   403  403  403  400
      fetch relief-claim-check tasks                 401  403   403  403  403  403  403  403  403   403  403  200  200
      complete the check with payoutAmount           401  403   404  404  404  403  404  403  403   403  403  400  .
      BPMN error on the check, another code          401  403   404  404  404  403  404  403  403   403  403  400  .
      set the check's retries                        401  403   403  403  403  403  403  403  403   403  403  403  .
      /api/relief-claims of 道里区                    401  200   200  403  403  200  403  200  200   200  200  200  200
      /public/relief                                 200  200   200  200  200  200  200  200  200   200  200  200  200
      /public/notices                                200  200   200  200  200  200  200  200  200   200  200  200  200
      /public/projects                               200  200   200  200  200  200  200  200  200   200  200  200  200
      /public/evaluations                            200  200   200  200  200  200  200  200  200   200  200  200  200
      """;

  private static final String ENGINE = "/engine-rest";
  /** 道里区's district poverty office and district finance, the table's columns for the premium step. */
  private static final List<String> DAOLI_PREMIUM_OFFICIALS = List.of("chenjing", "zhaolei");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.ExternalTaskService externalTaskService;

  /** The case, its step, its timer and its village notice that every row acts on. */
  record Fixture(String caseId, String caseKey, String taskId, String timerId, String timerDue, String timerDefinitionId,
                 String householdId, String noticeKey, String reliefCheckId, String premiumTaskId,
                 String districtReviewId, String cityReviewId, String revisionId) {
  }

  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  /** The premium district whose step 陈静 and 赵磊 may see while the table is walked, null before. */
  private String premiumDistrict;
  private DaoliFundShares projects;

  @org.junit.jupiter.api.BeforeEach
  void projectApplications() {
    projects = new DaoliFundShares(http, jdbc);
  }

  /**
   * 陈静 and 赵磊 leave the premium district again (it stays, with its case, its own officials and the city's): outside
   * this table they are officials of 道里区 alone, whose reports default to it and whose task lists hold its steps only.
   */
  @AfterEach
  void resetClockAndDaolisOfficialsLeaveThePremiumDistrict() {
    ClockUtil.reset();
    if (premiumDistrict != null) {
      for (var official : DAOLI_PREMIUM_OFFICIALS) {
        identityService.deleteTenantUserMembership(premiumDistrict, official);
        assertThat(identityService.createTenantQuery().userMember(official).list()).extracting(Tenant::getId)
            .as(official + "'s one district").containsExactly("daoli");
      }
    }
  }

  @Test
  void everyOfficialGetsExactlyWhatTheTableSays() {
    var fixture = fixture();
    var actions = actions();
    var rows = EXPECTED.strip().lines().skip(1).toList();
    assertThat(rows.stream().map(PermissionMatrixTest::actionOf).toList()).containsExactlyElementsOf(actions.keySet());

    var unexpected = new ArrayList<String>();
    int walked = 0;
    for (var row : rows) {
      var action = actionOf(row);
      var expected = Arrays.asList(row.substring(action.length()).strip().split("\\s+"));
      assertThat(expected).as(action).hasSize(WHO.size());
      for (int i = 0; i < WHO.size(); i++) {
        if (expected.get(i).equals(".")) {
          continue;
        }
        var official = WHO.get(i);
        var reply = actions.get(action).apply(new Call(official, fixture));
        var got = outcome(reply, expected.get(i), fixture);
        walked++;
        if (!got.equals(expected.get(i))) {
          unexpected.add("%s × %s: expected %s, got %s %s".formatted(action, official, expected.get(i), got,
              reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body()));
        }
      }
    }
    assertThat(walked).as("actions × officials walked").isEqualTo(1115);
    assertThat(unexpected).as("unexpected allows or denials").isEmpty();
  }

  private record Call(String official, Fixture fixture) {
  }

  private static String projectStep(Fixture fixture, String step) {
    return switch (step) {
      case "县审核项目申报" -> fixture.districtReviewId();
      case "市复核项目申报" -> fixture.cityReviewId();
      default -> fixture.revisionId();
    };
  }

  private static String actionOf(String row) {
    return row.split("\\s{2,}")[0].strip();
  }

  /** {@code +}/{@code -} for a 200 list that does or does not hold the case; else the status. */
  private static String outcome(Http.Reply reply, String expected, Fixture fixture) {
    if ((expected.equals("+") || expected.equals("-")) && reply.status() == 200) {
      return reply.body().contains(fixture.caseId()) ? "+" : "-";
    }
    return String.valueOf(reply.status());
  }

  private Map<String, Function<Call, Http.Reply>> actions() {
    var actions = new LinkedHashMap<String, Function<Call, Http.Reply>>();
    actions.put("start household-identification in 新农镇", call -> post(call, ENGINE + Cases.START.substring(ENGINE.length()),
        aCategoryAReport().inTownship("daoli", "xinnong").startRequest()));
    actions.put("start fund-notice-registration", call -> post(call, ENGINE
        + "/process-definition/key/fund-notice-registration/start", Map.of("variables", Http.variables(aFundNotice()))));
    for (var key : List.of("fund-disbursement", "public-notice", "household-ledger-report", "household-ledger-schedule",
        "monthly-statistics", "monthly-statistics-schedule", "project-approval", "spending-supervision",
        "spending-checkpoint-schedule", "performance-evaluation", "performance-evaluation-schedule")) {
      actions.put("start " + key, call -> post(call, ENGINE + "/process-definition/key/" + key + "/start",
          Map.of("variables", Http.variables(Map.of("districtCode", "daoli")))));
    }
    actions.put("start fund-disbursement via Tasklist", call -> tasklist(call, "POST",
        "/process-definition/key/fund-disbursement/submit-form", Map.of("variables", Map.of())));
    actions.put("start insurance-premium (year refused)", call -> post(call, InsuranceDistricts.START,
        Map.of("variables", Http.variables(Map.of("districtCode", "daoli", "insuranceYear", 2019)))));
    actions.put("pay the premium (paidOn refused)", call -> post(call, ENGINE + "/task/" + call.fixture().premiumTaskId()
        + "/complete", Map.of("variables", Http.variables(Map.of("paidOn", "2099-01-01")))));
    for (var step : List.of("县审核项目申报", "市复核项目申报", "修改项目申报")) {
      actions.put("complete " + step + " (no decision)", call -> post(call, ENGINE + "/task/"
          + projectStep(call.fixture(), step) + "/complete", Map.of("variables", Map.of())));
    }
    actions.put("list the case's tasks", call -> get(call, ENGINE + "/task?processInstanceId=" + call.fixture().caseId()));
    actions.put("complete the township step (date refused)", call -> post(call, taskPath(call, "/complete"),
        Map.of("variables", Http.variables(Map.of("verifiedOn", "2099-01-01", "riskConfirmed", true, "verificationNote", "x")))));
    actions.put("complete the township step with districtCode", call -> post(call, taskPath(call, "/complete"),
        Map.of("variables", Http.variables(Map.of("verifiedOn", "2099-01-01", "districtCode", "hulan")))));
    actions.put("complete it via Tasklist with districtCode", call -> tasklist(call, "POST",
        "/task/" + call.fixture().taskId() + "/submit-form", Map.of("variables", Http.variables(Map.of("districtCode", "hulan")))));
    actions.put("set a task variable not on the form", call -> put(call, taskPath(call, "/variables/householdId"),
        Map.of("value", "x")));
    actions.put("claim the task for another official", call -> post(call, taskPath(call, "/claim"), Map.of("userId", "lina")));
    actions.put("throw a BPMN error on the task", call -> post(call, taskPath(call, "/bpmnError"), Map.of("errorCode", "x")));
    actions.put("change the task's due date", call -> put(call, taskPath(call, ""), Map.of("name", "x", "due",
        "2099-01-01T00:00:00.000+0800")));
    actions.put("read the case", call -> get(call, ENGINE + "/process-instance/" + call.fixture().caseId()));
    actions.put("read the case's variables", call -> get(call, ENGINE + "/process-instance/" + call.fixture().caseId()
        + "/variables"));
    actions.put("read the case's history", call -> get(call, ENGINE + "/history/process-instance?processInstanceId="
        + call.fixture().caseId()));
    actions.put("read the case's variable history", call -> get(call, ENGINE
        + "/history/variable-instance?processInstanceId=" + call.fixture().caseId()));
    actions.put("execute the deadline timer", call -> post(call, ENGINE + "/job/" + call.fixture().timerId() + "/execute",
        Map.of()));
    actions.put("move the deadline timer's due date", call -> put(call, ENGINE + "/job/" + call.fixture().timerId()
        + "/duedate", Map.of("duedate", call.fixture().timerDue())));
    actions.put("set the timer's retries", call -> put(call, ENGINE + "/job/" + call.fixture().timerId() + "/retries",
        Map.of("retries", 3)));
    actions.put("suspend the timer's job definition", call -> put(call, ENGINE + "/job-definition/"
        + call.fixture().timerDefinitionId() + "/suspended", Map.of("suspended", true)));
    actions.put("delete the timer", call -> send(call, "DELETE", ENGINE + "/job/" + call.fixture().timerId(), null));
    actions.put("set a variable of the case", call -> put(call, ENGINE + "/process-instance/" + call.fixture().caseId()
        + "/variables/supervisionNote", Map.of("value", "核查中", "type", "String")));
    actions.put("suspend the case", call -> put(call, ENGINE + "/process-instance/" + call.fixture().caseId() + "/suspended",
        Map.of("suspended", true)));
    actions.put("move the case to its end (modification)", call -> post(call, ENGINE + "/process-instance/"
        + call.fixture().caseId() + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", "EndEvent_NotRecognized")))));
    actions.put("delete the case", call -> send(call, "DELETE", ENGINE + "/process-instance/" + call.fixture().caseId(), null));
    actions.put("deploy a model", call -> post(call, ENGINE + "/deployment/create", Map.of()));
    actions.put("create a user", call -> post(call, ENGINE + "/user/create", Map.of("profile", Map.of("id", "intruder"),
        "credentials", Map.of("password", "Intruder-2026!"))));
    actions.put("grant an authorization", call -> post(call, ENGINE + "/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", call.official(), "resourceType", 8, "resourceId", "*")));
    actions.put("object to the notice by message (no content)", call -> post(call, ENGINE + "/message", Map.of(
        "messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED, "businessKey", call.fixture().noticeKey())));
    actions.put("object to the notice by /api (no content)", call -> post(call, "/api/public-notices/"
        + call.fixture().noticeKey() + "/objections", Map.of("objectionContent", "")));
    actions.put("send another message", call -> post(call, ENGINE + "/message", Map.of("messageName", "Intrusion",
        "businessKey", call.fixture().caseKey())));
    actions.put("change one's own profile", call -> {
      var self = call.official().equals("anonymous") ? "zhangwei" : call.official();
      var profile = http.get("demo", ENGINE + "/user/" + self + "/profile").json();
      return put(call, ENGINE + "/user/" + self + "/profile", profile);
    });
    actions.put("change another official's profile", call -> {
      var other = call.official().equals("sunli") ? "wuqiang" : "sunli";
      var profile = http.get("demo", ENGINE + "/user/" + other + "/profile").json();
      return put(call, ENGINE + "/user/" + other + "/profile", profile);
    });
    actions.put("/api/me", call -> get(call, "/api/me"));
    actions.put("/api/openapi.json", call -> get(call, "/api/openapi.json"));
    actions.put("/api/households/{id} of the case", call -> get(call, "/api/households/" + call.fixture().householdId()));
    actions.put("/api/ledger of 道里区", call -> get(call, "/api/ledger?district=daoli"));
    actions.put("/api/projects of 道里区", call -> get(call, "/api/projects?district=daoli"));
    actions.put("/api/projects/spending of 道里区", call -> get(call, "/api/projects/spending?district=daoli&year=2020"));
    actions.put("/api/projects/spending-supervision of 道里区",
        call -> get(call, "/api/projects/spending-supervision?district=daoli"));
    actions.put("/api/projects/monthly-statistics 道里区",
        call -> get(call, "/api/projects/monthly-statistics?district=daoli&month=2020-06"));
    actions.put("/api/projects/monthly-statistics.xlsx 道里区",
        call -> get(call, "/api/projects/monthly-statistics.xlsx?district=daoli&month=2020-06"));
    actions.put("apply for a project (empty)", call -> post(call, "/api/projects/applications", Map.of()));
    actions.put("/api/projects/applications of 道里区", call -> get(call, "/api/projects/applications?district=daoli"));
    actions.put("/api/evaluation of 道里区", call -> get(call, "/api/evaluation?district=daoli&year=2020"));
    actions.put("/api/evaluation.xlsx of 道里区", call -> get(call, "/api/evaluation.xlsx?district=daoli&year=2020"));
    actions.put("PUT evidence of the evaluation of 道里区", call -> put(call, "/api/evaluation/daoli/2019/evidence/5",
        Map.of("points", 8.5, "reference", "哈扶贫办〔2019〕12号")));
    actions.put("/api/fund-notices", call -> get(call, "/api/fund-notices"));
    actions.put("POST /api/fund-notices (empty)", call -> post(call, "/api/fund-notices", Map.of()));
    actions.put("/api/fund-notices/import-template.xlsx", call -> get(call, "/api/fund-notices/import-template.xlsx"));
    actions.put("/api/household-ledger.xlsx of 道里区", call -> get(call, "/api/household-ledger.xlsx?district=daoli"));
    actions.put("/api/escalations of 道里区", call -> get(call, "/api/escalations?district=daoli"));
    actions.put("/api/escalations/board of 道里区", call -> get(call, "/api/escalations/board?district=daoli"));
    actions.put("/api/escalations/timer-changes of 道里区", call -> get(call, "/api/escalations/timer-changes?district=daoli"));
    actions.put("/api/calendar/deadline", call -> get(call, "/api/calendar/deadline?from=2020-09-30&workingDays=3"));
    actions.put("PUT /api/calendar/years/2027 (empty)", call -> put(call, "/api/calendar/years/2027", Map.of()));
    actions.put("POST /api/budget-codes (empty)", call -> post(call, "/api/budget-codes", Map.of()));
    actions.put("/api/insurance/2020/insured of 道里区", call -> get(call, "/api/insurance/2020/insured?district=daoli"));
    actions.put("/api/insurance/2020/insured.xlsx of 道里区",
        call -> get(call, "/api/insurance/2020/insured.xlsx?district=daoli"));
    actions.put("/api/insurance/2020/premiums of 道里区", call -> get(call, "/api/insurance/2020/premiums?district=daoli"));
    actions.put("/api/insurance/2020/fund of 道里区", call -> get(call, "/api/insurance/2020/fund?district=daoli"));
    actions.put("evaluate the relief-payout decision", call -> post(call,
        ENGINE + "/decision-definition/key/relief-payout/evaluate", Map.of("variables",
            Http.variables(Map.of("eventType", "accident-disability", "disabilityLevel", 3)))));
    actions.put("start relief-claim in 新农镇 (no figures)", call -> post(call, ENGINE
        + "/process-definition/key/relief-claim/start", Map.of("variables", Http.variables(Map.of("districtCode", "daoli",
        "townshipCode", "xinnong", "insuredName", "王某", "eventType", "inpatient-medical", "eventDate", "2020-09-10")))));
    actions.put("fetch relief-claim-check tasks", call -> post(call, ENGINE + "/external-task/fetchAndLock", Map.of(
        "workerId", "matrix", "maxTasks", 1, "topics", List.of(Map.of("topicName", "relief-claim-check", "lockDuration", 1,
        "businessKey", "RC-none")))));
    actions.put("complete the check with payoutAmount", call -> post(call, ENGINE + "/external-task/"
        + call.fixture().reliefCheckId() + "/complete", Map.of("workerId", "matrix", "variables",
        Http.variables(Map.of("payoutAmount", "60000.00")))));
    actions.put("BPMN error on the check, another code", call -> post(call, ENGINE + "/external-task/"
        + call.fixture().reliefCheckId() + "/bpmnError", Map.of("workerId", "matrix", "errorCode", "fraud")));
    actions.put("set the check's retries", call -> put(call, ENGINE + "/external-task/" + call.fixture().reliefCheckId()
        + "/retries", Map.of("retries", 0)));
    actions.put("/api/relief-claims of 道里区", call -> get(call, "/api/relief-claims?district=daoli"));
    actions.put("/public/relief", call -> get(call, "/public/relief.json"));
    actions.put("/public/notices", call -> get(call, "/public/notices.json"));
    actions.put("/public/projects", call -> get(call, "/public/projects.json"));
    actions.put("/public/evaluations", call -> get(call, "/public/evaluations.json"));
    return actions;
  }

  private Fixture fixture() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong"));
    var caseId = started.get("id").asText();
    var task = taskService.createTaskQuery().processInstanceId(caseId).singleResult();
    var timer = managementService.createJobQuery().processInstanceId(caseId).activityId("BoundaryEvent_VerifyHouseholdOverdue")
        .singleResult();
    var householdId = jdbc.queryForObject("SELECT household_id FROM household_case WHERE process_instance_id = ?",
        String.class, caseId);
    var noticeKey = "HI-daoli-2020-" + UUID.randomUUID();
    var notice = runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, noticeKey, Map.of("districtCode", "daoli",
        "noticeKind", "household", "noticeTitle", "关于拟认定即时帮扶人口的公示", "noticeVillage", "新农村"));
    var post = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult();
    assertThat(cases.complete("lina", post.getId(), Map.of("postedOn", "2020-09-29")).status()).isEqualTo(204);
    var due = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(timer.getDuedate());
    return new Fixture(caseId, started.get("businessKey").asText(), task.getId(), timer.getId(), due,
        timer.getJobDefinitionId(), householdId, noticeKey, reliefCheck(), premiumTask(), projects.openStep("chenjing",
        projects.applied("权限矩阵项目")), cityReview(), revision());
  }

  /** A 道里区 application for city-level funds that the district approved: the city's review. */
  private String cityReview() {
    var code = projects.applied("权限矩阵项目");
    projects.approve("chenjing", code);
    return projects.openStep("sunli", code);
  }

  /** A 道里区 application the district returned: 新农镇's revision. */
  private String revision() {
    var code = projects.applied("权限矩阵项目");
    projects.returnToTownship("chenjing", code);
    return projects.openStep("zhangwei", code);
  }

  /**
   * The premium step of a district of its own (道里区's 2020 is another test's to pay, and 道里区 has but one premium case
   * a year), started by its own poverty office. The table's columns are 道里区's officials, so 陈静 and 赵磊 belong to
   * the district while the table is walked, and only then ({@link #resetClockAndDaolisOfficialsLeaveThePremiumDistrict});
   * the city's officials belong to it as to every district.
   */
  private String premiumTask() {
    var premiumDistricts = new InsuranceDistricts(http, jdbc, engineConfiguration);
    var district = premiumDistricts.aDistrict();
    premiumDistricts.insure(district.code(), "权限矩阵村", 1);
    var started = premiumDistricts.start(district.povertyOffice(), district.code(), 2020);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    premiumDistrict = district.code();
    for (var official : DAOLI_PREMIUM_OFFICIALS) {
      identityService.createTenantUserMembership(premiumDistrict, official);
    }
    return taskService.createTaskQuery().processInstanceId(started.json().get("id").asText()).singleResult().getId();
  }

  /** A relief claim of an insured 新农镇 household, forwarded to the insurer: its check (external task) id. */
  private String reliefCheck() {
    var household = org.fupinflow.support.InsuredHousehold.filed(jdbc, "韩立", "郑芳");
    var started = post(new Call("zhangwei", null), ENGINE + "/process-definition/key/relief-claim/start", Map.of("variables",
        Http.variables(Map.of("districtCode", "daoli", "townshipCode", "xinnong", "insuredName", "韩立", "insuredIdNumber",
            household.headIdNumber(), "eventType", "accident-death", "eventDate", "2020-09-20"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    var check = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(cases.complete("chenjing", check.getId(), Map.of("checkDecision", "forward")).status()).isEqualTo(204);
    return externalTaskService.createExternalTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private static Map<String, Object> aFundNotice() {
    return Map.of("documentNumber", "矩阵测试〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号",
        "issuedOn", "2020-09-01", "level", "CITY", "fundLine", "权限矩阵测试资金", "functionCode", DaoliFundShares.FUNCTION_CODE,
        "governmentEconomicCode", DaoliFundShares.GOVERNMENT_ECONOMIC_CODE,
        "departmentEconomicCode", DaoliFundShares.DEPARTMENT_ECONOMIC_CODE, "unit", "yuan", "shareTable", "道里区\t100.00");
  }

  private static String taskPath(Call call, String suffix) {
    return ENGINE + "/task/" + call.fixture().taskId() + suffix;
  }

  private Http.Reply get(Call call, String path) {
    return send(call, "GET", path, null);
  }

  private Http.Reply post(Call call, String path, Object body) {
    return send(call, "POST", path, body);
  }

  private Http.Reply put(Call call, String path, Object body) {
    return send(call, "PUT", path, body);
  }

  private Http.Reply send(Call call, String method, String path, Object body) {
    var request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(http.write(body)));
    var anonymous = call.official().equals("anonymous");
    return http.send(anonymous ? null : call.official(), anonymous ? null : call.official(), request);
  }

  /** The same call through Tasklist's engine API, logged into the webapps (anonymous: no session). */
  private Http.Reply tasklist(Call call, String method, String path, Object body) {
    var session = new org.fupinflow.support.WebappSession(http);
    if (!call.official().equals("anonymous")) {
      session.logIn(call.official(), call.official());
    }
    var request = HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default" + path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(http.write(body)));
    if (session.csrfToken() != null) {
      request.header("X-XSRF-TOKEN", session.csrfToken());
    }
    return session.send(request);
  }
}
