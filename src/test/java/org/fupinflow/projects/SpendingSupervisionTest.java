package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;
import static org.fupinflow.projects.SpendingSupervisionProcess.Elements.TASK_ISSUE_SUPERVISION;
import static org.fupinflow.projects.SpendingSupervisionProcess.Elements.TIMER_ISSUE_SUPERVISION_OVERDUE;
import static org.fupinflow.projects.SpendingSupervisionProcess.Elements.TIMER_ISSUE_SUPERVISION_STILL_OVERDUE;
import static org.fupinflow.support.CityWideSchedule.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.support.CityWideSchedule;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, seeds 003 and 004: two 道里区 projects of 100,000.00 yuan each, planned 20/40/80/100 % by the end of March,
 * June, October and December, on a fund line of their own. By 30 June 2020 the first disbursed 30,000.00 (planned
 * 40,000.00: 10,000.00 behind), the second 40,000.00 (on plan). The checkpoint schedule fires on Wednesday 1 July 2020
 * at 08:00 (JVM zone); the city poverty office's 督办意见 is due 3 working days from 1 July: Thursday 2, Friday 3 and
 * Monday 6 July, at the end of 6 July in China; the second level 2 working days later, the end of Wednesday 8 July.
 */
@IntegrationTest
class SpendingSupervisionTest {

  private static final Instant END_OF_JUNE = Instant.parse("2020-06-30T12:00:00Z");
  private static final Instant END_OF_6_JULY = Instant.parse("2020-07-06T15:59:59Z");
  private static final Instant END_OF_8_JULY = Instant.parse("2020-07-08T15:59:59Z");
  private static final LocalDate JUNE_CHECKPOINT = LocalDate.of(2020, 6, 30);

  @Autowired Http http;
  @Autowired FundLedger ledger;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine processEngine;
  private CityWideSchedule schedule;

  private final String fundLine = "农村人口精准防贫机制市级补助资金-" + UUID.randomUUID().toString().substring(0, 8);
  private final FundLineKey line = new FundLineKey("daoli", fundLine, FundLevel.CITY, DaoliFundShares.FUNCTION_CODE,
      DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
  private final String behind = freshCode();
  private final String onPlan = freshCode();

  @BeforeEach
  void twoProjectsOneBehindItsJunePlan() {
    schedule = new CityWideSchedule(processEngine, SpendingSupervisionScheduleProcess.KEY,
        SpendingSupervisionScheduleProcess.Elements.START_CHECKPOINT_PASSED, SpendingSupervisionProcess.KEY,
        SpendingSupervisionProcess.BUSINESS_KEY_PREFIX);
    for (var code : List.of(behind, onPlan)) {
      var draft = Drafts.withPlan(Drafts.withBudget(anIndustryProject("daoli", code), new BigDecimal("100000.00")),
          "20", "40", "80", "100");
      var project = new ProjectDraft(draft.district(), draft.code(), draft.name(), fundLine, draft.purpose(),
          draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
      var created = http.post("chenjing", ProjectsApi.PATH, Drafts.json(project));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
    post(EntryType.RECEIPT, 7_000_000L, null, LocalDate.of(2020, 3, 1));
    post(EntryType.ALLOCATION, 3_000_000L, behind, LocalDate.of(2020, 3, 5));
    post(EntryType.ALLOCATION, 4_000_000L, onPlan, LocalDate.of(2020, 3, 5));
    post(EntryType.DISBURSEMENT, 3_000_000L, behind, LocalDate.of(2020, 6, 10));
    post(EntryType.DISBURSEMENT, 4_000_000L, onPlan, LocalDate.of(2020, 6, 20));
  }

  @AfterEach
  void removeTheCasesAndRearmTheSchedule() {
    schedule.cleanUp();
    jdbc.update("DELETE FROM spending_supervision WHERE checkpoint_date = ?", JUNE_CHECKPOINT);
  }

  @Test
  void on1JulyTheProjectBehindPlanGetsOneCaseWithItsIncidentAndTheCitysTaskAndTheOneOnPlanNone() {
    at(END_OF_JUNE);
    schedule.rearm();
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 7, 1, 8, 0));
    firstOfJuly();

    var instance = caseOf(behind);
    assertThat(instance.getTenantId()).isEqualTo("daoli");
    var incidents = behindPlanIncidents(instance.getId());
    assertThat(incidents).hasSize(1);
    var incident = incidents.get(0);
    assertThat(incident.getTenantId()).isEqualTo("daoli");
    assertThat(incident.getConfiguration()).isEqualTo(businessKey(behind));
    assertThat(incident.getIncidentMessage()).contains("项目支出进度落后于计划", "道里区", behind, "2020-06-30",
        "计划累计支出 40.00%", "计划 40,000.00 元", "实际拨付 30,000.00 元", "差额 10,000.00 元",
        "planned 40.00% = 40,000.00 yuan, disbursed 30,000.00 yuan, shortfall 10,000.00 yuan");

    var task = supervisionTask(instance.getId());
    assertThat(task.getName()).isEqualTo("下达督办意见");
    assertThat(task.getTenantId()).isEqualTo("daoli");
    assertThat(task.getDueDate().toInstant()).isEqualTo(END_OF_6_JULY);
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
        .containsExactly("city-poverty-office");
    assertThat(schedule.caseTimer(task, TIMER_ISSUE_SUPERVISION_OVERDUE).getDuedate().toInstant())
        .isEqualTo(END_OF_6_JULY);
    assertThat(schedule.caseTimer(task, TIMER_ISSUE_SUPERVISION_STILL_OVERDUE).getDuedate().toInstant())
        .isEqualTo(END_OF_8_JULY);

    assertThat(caseCount(onPlan)).as("on plan: no case").isZero();
    assertThat(schedule.firesAt()).as("the next checkpoint's day").isEqualTo(LocalDateTime.of(2020, 11, 1, 8, 0));

    // The city's office sees the task in Tasklist; the district's office reads its open cases.
    var seenByCity = http.get("sunli", "/engine-rest/task?processInstanceId=" + instance.getId());
    assertThat(seenByCity.json().findValuesAsText("taskDefinitionKey")).containsExactly(TASK_ISSUE_SUPERVISION);
    var open = http.get("chenjing", "/api/projects/spending-supervision?district=daoli");
    assertThat(open.status()).as(open.body()).isEqualTo(200);
    var listed = only(open.json().get("cases"), behind);
    assertThat(listed.get("caseKey").asText()).isEqualTo(businessKey(behind));
    assertThat(listed.get("checkpointDate").asText()).isEqualTo("2020-06-30");
    assertThat(listed.get("plannedYuan").decimalValue()).isEqualByComparingTo("40000.00");
    assertThat(listed.get("disbursedYuan").decimalValue()).isEqualByComparingTo("30000.00");
    assertThat(listed.get("shortfallYuan").decimalValue()).isEqualByComparingTo("10000.00");
    assertThat(open.body()).doesNotContain(onPlan);
  }

  @Test
  void runningTheDetectionAgainStartsNoSecondCase() {
    firstOfJuly();
    at(Instant.parse("2020-07-02T02:00:00Z"));
    schedule.run(); // a retry, or an administrator executing the re-armed timer early

    assertThat(caseCount(behind)).isEqualTo(1);
    var started = historyService.createHistoricVariableInstanceQuery().variableName("casesStarted").list().stream()
        .map(variable -> variable.getValue()).toList();
    assertThat(started).hasSize(2).contains(0);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spending_supervision WHERE project_code = ?", Long.class,
        behind)).isEqualTo(1);
  }

  @Test
  void aProjectThatCaughtUpBeforeTheRunGetsNoCase() {
    at(Instant.parse("2020-07-03T02:00:00Z"));
    post(EntryType.RECEIPT, 1_000_000L, null, LocalDate.of(2020, 7, 1));
    post(EntryType.ALLOCATION, 1_000_000L, behind, LocalDate.of(2020, 7, 1));
    post(EntryType.DISBURSEMENT, 1_000_000L, behind, LocalDate.of(2020, 7, 2));
    schedule.run(); // a late run on 3 July

    assertThat(caseCount(behind)).isZero();
  }

  @Test
  void disbursingTheShortfallBeforeTheCitysOpinionResolvesTheIncidentAndEndsTheCase() {
    firstOfJuly();
    var instance = caseOf(behind);
    var task = supervisionTask(instance.getId());
    // The city's step is already overdue and escalated: its 督办 closes with the case.
    schedule.assertFirstLevelEscalation(task, TIMER_ISSUE_SUPERVISION_OVERDUE, Instant.parse("2020-07-07T01:00:00Z"),
        "daoli", businessKey(behind), "下达督办意见", "道里区", "2020-07-06");

    at(Instant.parse("2020-07-08T02:00:00Z"));
    disburseThroughAFundCase("9999.99", "2020-07-08");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("one fen short: still behind").isEqualTo(1);
    assertThat(behindPlanIncidents(instance.getId())).hasSize(1);

    disburseThroughAFundCase("0.01", "2020-07-08");

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo(SpendingSupervisionProcess.Elements.END_CAUGHT_UP);
    var resolved = historyService.createHistoricIncidentQuery().processInstanceId(instance.getId())
        .incidentType(SpendingSupervisionProcess.INCIDENT_TYPE).singleResult();
    assertThat(resolved.isResolved()).isTrue();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instance.getId())
        .incidentType(Escalation.INCIDENT_TYPE).singleResult().isResolved()).as("the escalation's incident").isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).as("督办 cancelled").isZero();
    assertThat(taskService.createTaskQuery().taskNameLike("督办%" + businessKey(behind) + "%").count())
        .as("the supervisors' 督办 withdrawn").isZero();
    var row = jdbc.queryForMap("SELECT caught_up_at, caught_up_fen FROM spending_supervision WHERE business_key = ?",
        businessKey(behind));
    assertThat(row.get("CAUGHT_UP_AT")).isNotNull();
    assertThat(((Number) row.get("CAUGHT_UP_FEN")).longValue()).isEqualTo(4_000_000L);
    assertThat(http.get("chenjing", "/api/projects/spending-supervision?district=daoli").body()).doesNotContain(behind);
  }

  @Test
  void theCityIssuesItsOpinionAndTheCaseWaitsUntilTheProjectCatchesUp() {
    firstOfJuly();
    var instance = caseOf(behind);
    var task = supervisionTask(instance.getId());
    at(Instant.parse("2020-07-02T02:00:00Z"));

    var noOpinion = complete("sunli", task, Map.of("catchUpBy", "2020-07-31"));
    assertThat(noOpinion.status()).as(noOpinion.body()).isEqualTo(400);
    assertThat(noOpinion.json().get("message").asText()).contains("supervisionOpinion", "督办意见必填");
    var past = complete("sunli", task, Map.of("supervisionOpinion", "请加快拨付", "catchUpBy", "2020-07-02"));
    assertThat(past.status()).as(past.body()).isEqualTo(400);
    assertThat(past.json().get("message").asText()).contains("catchUpBy", "限期追赶日期应晚于今天", "after today");
    var smuggled = complete("sunli", task, Map.of("supervisionOpinion", "请加快拨付", "catchUpBy", "2020-07-31",
        "districtCode", "hulan"));
    assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(400);
    assertThat(smuggled.body()).contains("districtCode");
    var township = complete("zhangwei", task, Map.of("supervisionOpinion", "请加快拨付", "catchUpBy", "2020-07-31"));
    assertThat(township.status()).as("a township officer: " + township.body()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    var issued = complete("sunli", task, Map.of("supervisionOpinion", "请道里区于7月底前拨付到位", "catchUpBy", "2020-07-31"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .activityIdIn(SpendingSupervisionProcess.Elements.CATCH_CAUGHT_UP).count()).isEqualTo(1);
    assertThat(behindPlanIncidents(instance.getId())).as("still behind").hasSize(1);
    var listed = only(http.get("chenjing", "/api/projects/spending-supervision?district=daoli").json().get("cases"),
        behind);
    assertThat(listed.get("supervisionOpinion").asText()).isEqualTo("请道里区于7月底前拨付到位");
    assertThat(listed.get("catchUpBy").asText()).isEqualTo("2020-07-31");
    assertThat(listed.get("issuedBy").asText()).isEqualTo("sunli");

    at(Instant.parse("2020-07-10T02:00:00Z"));
    disburseThroughAFundCase("10000.00", "2020-07-10");

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo(SpendingSupervisionProcess.Elements.END_CAUGHT_UP);
    assertThat(behindPlanIncidents(instance.getId())).isEmpty();
  }

  @Test
  void aHulanOfficialSeesNothingOfDaolisCase() {
    firstOfJuly();
    var instance = caseOf(behind);
    var task = supervisionTask(instance.getId());

    var tasks = http.get("yangmin", "/engine-rest/task?processDefinitionKey=" + SpendingSupervisionProcess.KEY);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.json().findValuesAsText("tenantId")).doesNotContain("daoli");
    var incidents = http.get("yangmin", "/engine-rest/incident?incidentType=" + SpendingSupervisionProcess.INCIDENT_TYPE);
    assertThat(incidents.status()).as(incidents.body()).isEqualTo(200);
    assertThat(incidents.json().findValuesAsText("processInstanceId")).doesNotContain(instance.getId());
    var open = http.get("yangmin", "/api/projects/spending-supervision?district=daoli");
    assertThat(open.status()).as(open.body()).isEqualTo(403);
    assertThat(open.json().get("message").asText()).contains("无权访问其他区县的项目库", "another district");
    var hulanCompletes = complete("yangmin", task, Map.of("supervisionOpinion", "x", "catchUpBy", "2020-07-31"));
    assertThat(hulanCompletes.status()).as(hulanCompletes.body()).isEqualTo(404);
    // The supervisors of the city see the incident (Cockpit reads the same).
    var supervisors = http.get("wuqiang", "/engine-rest/incident?incidentType=" + SpendingSupervisionProcess.INCIDENT_TYPE
        + "&processInstanceId=" + instance.getId());
    assertThat(supervisors.json().findValuesAsText("tenantId")).containsExactly("daoli");
  }

  @Test
  void nobodyStartsASupervisionCaseOrTheScheduleByHand() {
    for (var key : List.of(SpendingSupervisionProcess.KEY, SpendingSupervisionScheduleProcess.KEY)) {
      for (var official : List.of("sunli", "chenjing", "demo")) {
        var started = http.post(official, "/engine-rest/process-definition/key/" + key + "/start",
            Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))));
        assertThat(started.status()).as(official + " starts " + key + ": " + started.body()).isEqualTo(403);
      }
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SpendingSupervisionProcess.KEY).count())
        .isZero();
  }

  @Test
  void theCheckpointOfARunIsTheLatestBeforeTodayInChina() {
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2020, 7, 1))).isEqualTo(JUNE_CHECKPOINT);
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2020, 7, 20))).isEqualTo(JUNE_CHECKPOINT);
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2020, 4, 1))).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2020, 11, 1))).isEqualTo(LocalDate.of(2020, 10, 31));
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2021, 1, 1))).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(SpendingSupervisions.checkpointBefore(LocalDate.of(2021, 3, 31))).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  /** The schedule armed at the end of June fires on 1 July at 08:00 (JVM zone). */
  private void firstOfJuly() {
    at(END_OF_JUNE);
    schedule.rearm();
    at(schedule.timer().getDuedate().toInstant());
    schedule.run();
  }

  /**
   * A city notice of {@code amount} yuan on the projects' fund line, issued 1 July 2020, proposed wholly for the behind
   * project by 陈静 and disbursed by 赵磊 on {@code disbursedOn}: the FundDisbursements hook runs in that transaction.
   */
  private void disburseThroughAFundCase(String amount, String disbursedOn) {
    var id = new DaoliFundShares(http, jdbc).registered("哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 6)
        + "号", "2020-07-01", "省级", fundLine, "", amount);
    var proposal = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("UserTask_ProposeAllocation")
        .singleResult();
    var proposed = http.post("chenjing", "/engine-rest/task/" + proposal.getId() + "/complete", Map.of("variables",
        Http.variables(Map.of("allocation1", Http.json(Map.of("projectCode", behind, "amount", new BigDecimal(amount),
            "use", "防贫保险保费"))))));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(204);
    var disbursement = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("UserTask_DisburseFunds")
        .singleResult();
    var disbursed = http.post("zhaolei", "/engine-rest/task/" + disbursement.getId() + "/complete", Map.of("variables",
        Http.variables(Map.of("disbursementDecision", "disburse", "disbursedOn", disbursedOn))));
    assertThat(disbursed.status()).as(disbursed.body()).isEqualTo(204);
  }

  private Http.Reply complete(String official, Task task, Map<String, Object> values) {
    return http.post(official, "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Http.variables(values)));
  }

  private String businessKey(String code) {
    return SpendingSupervisionProcess.businessKey("daoli", code, JUNE_CHECKPOINT);
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance caseOf(String code) {
    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(SpendingSupervisionProcess.KEY)
        .processInstanceBusinessKey(businessKey(code)).singleResult();
    assertThat(instance).as("case of " + code).isNotNull();
    return instance;
  }

  private long caseCount(String code) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SpendingSupervisionProcess.KEY)
        .processInstanceBusinessKey(businessKey(code)).count();
  }

  private Task supervisionTask(String processInstanceId) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(TASK_ISSUE_SUPERVISION).singleResult();
    assertThat(task).isNotNull();
    return task;
  }

  private List<Incident> behindPlanIncidents(String processInstanceId) {
    return runtimeService.createIncidentQuery().processInstanceId(processInstanceId)
        .incidentType(SpendingSupervisionProcess.INCIDENT_TYPE).list();
  }

  private void post(EntryType type, long fen, String projectCode, LocalDate occurredOn) {
    ledger.post(new Posting(type + "-" + UUID.randomUUID(), type, line, fen, "FD-2020-SB", "哈财指（农）〔2020〕590号",
        projectCode, projectCode == null ? null : "防贫保险保费", occurredOn));
  }

  private static com.fasterxml.jackson.databind.JsonNode only(com.fasterxml.jackson.databind.JsonNode cases,
      String code) {
    var matches = StreamSupport.stream(cases.spliterator(), false)
        .filter(node -> code.equals(node.get("projectCode").asText())).toList();
    assertThat(matches).as(code).hasSize(1);
    return matches.get(0);
  }
}
