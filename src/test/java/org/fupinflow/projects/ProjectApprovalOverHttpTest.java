package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;
import static org.fupinflow.projects.ProjectApprovalProcess.Elements.TASK_CITY_REVIEW;
import static org.fupinflow.projects.ProjectApprovalProcess.Elements.TASK_DISTRICT_REVIEW;
import static org.fupinflow.projects.ProjectApprovalProcess.Elements.TASK_REVISE_APPLICATION;
import static org.fupinflow.projects.ProjectApprovalProcess.Elements.TIMER_DISTRICT_REVIEW_OVERDUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.disbursement.FundDisbursementProcess;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 乡申报、县审核、市复核 (003) over HTTP as the officials do it: 张伟 of 新农镇 applies, 陈静 (道里区扶贫办) reviews in
 * Tasklist's engine API, 孙丽 (市扶贫办) re-reviews what asks for city-level funds. It is Monday 1 March 2021, 10:00 in
 * Harbin.
 */
@IntegrationTest
class ProjectApprovalOverHttpTest {

  private static final String APPLICATIONS = ProjectApplicationsApi.PATH;

  @Autowired Http http;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private final String code = freshCode();
  private final String fundLine = "非重点村产业扶贫产业发展资金-" + UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void itIsMonday1March2021() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-03-01T02:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCityFundedProjectGoesFromTheTownshipThroughTheCitysReReviewIntoTheLibraryAndIsFunded() {
    var applied = apply("zhangwei", application("市级"));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    assertThat(applied.headers().firstValue("Location")).hasValue(APPLICATIONS + "/daoli/" + code);
    assertThat(applied.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(applied.json().get("statusLabel").asText()).isEqualTo("县审核中");
    assertThat(applied.json().get("township").asText()).isEqualTo("xinnong");
    assertThat(applied.json().get("townshipName").asText()).isEqualTo("新农镇");
    assertThat(applied.json().get("needsCityReview").asBoolean()).isTrue();
    assertThat(applied.json().at("/project/budgetYuan").decimalValue()).isEqualByComparingTo("120000.50");
    assertThat(http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code).status()).as("not in the library yet")
        .isEqualTo(404);

    var review = task(TASK_DISTRICT_REVIEW);
    assertThat(review.getTenantId()).isEqualTo("daoli");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting("groupId")
        .containsExactly("district-poverty-office");
    // 5 working days from Monday 1 March 2021: Monday 8 March, end of day in Harbin
    assertThat(review.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-03-08T15:59:59Z")));
    assertThat(visibleTasks("yangmin")).as("another district's office").isEmpty();
    assertThat(complete("yangmin", review, Map.of("reviewDecision", "approve")).status()).isIn(403, 404);

    assertThat(complete("chenjing", review, Map.of("reviewDecision", "approve")).status()).isEqualTo(204);
    assertThat(status()).isEqualTo("DISTRICT_APPROVED");
    assertThat(http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code).status()).as("the city has not re-reviewed")
        .isEqualTo(404);
    var reReview = task(TASK_CITY_REVIEW);
    assertThat(taskService.getIdentityLinksForTask(reReview.getId())).extracting("groupId")
        .containsExactly("city-poverty-office");
    assertThat(reReview.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-03-08T15:59:59Z")));
    assertThat(complete("chenjing", reReview, Map.of("reviewDecision", "approve")).status())
        .as("the district cannot re-review for the city").isIn(403, 404);

    assertThat(complete("sunli", reReview, Map.of("reviewDecision", "approve", "reviewOpinion", "复核同意")).status())
        .isEqualTo(204);

    var project = http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code);
    assertThat(project.status()).as(project.body()).isEqualTo(200);
    assertThat(project.json().get("entryRoute").asText()).isEqualTo("CITY_REVIEWED");
    assertThat(project.json().get("fundLevel").asText()).isEqualTo("CITY");
    assertThat(project.json().get("township").asText()).isEqualTo("xinnong");
    assertThat(project.json().get("createdBy").asText()).isEqualTo("sunli");
    var file = http.get("zhangwei", APPLICATIONS + "/daoli/" + code).json();
    assertThat(file.get("status").asText()).isEqualTo("APPROVED");
    assertThat(file.get("steps")).extracting(step -> step.get("step").asText() + " " + step.get("decision").asText()
        + " " + step.get("decidedBy").asText())
        .containsExactly("乡镇申报 submit zhangwei", "区县审核 approve chenjing", "市复核 approve sunli");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ProjectApprovalProcess.businessKey("daoli", code)).singleResult().getEndActivityId())
        .isEqualTo(ProjectApprovalProcess.Elements.END_IN_LIBRARY);
    assertThat(http.getAnonymous("/public/projects?district=daoli").body()).contains(code, "乡申报、县审核、市复核");

    // funded by a city notice, to the fen
    var shares = new DaoliFundShares(http, jdbc);
    var caseId = shares.registered("哈财指（农）〔2021〕" + UUID.randomUUID().toString().substring(0, 8) + "号",
        "2021-02-26", "市级", fundLine, "", "16005.30");
    var proposal = taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey(FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION).singleResult();
    assertThat(complete("chenjing", proposal, Map.of("allocation1", Http.json(Map.of("projectCode", code,
        "amount", 16005.30, "use", "购置基础母牛")))).status()).isEqualTo(204);
    var disbursement = taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey(FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS).singleResult();
    assertThat(complete("zhaolei", disbursement, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-03-01"))
        .status()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM ledger_entry WHERE project_code = ? AND entry_type ="
        + " 'DISBURSEMENT'", Long.class, code)).isEqualTo(1_600_530L);
  }

  @Test
  void aProjectForOtherFundsEntersTheLibraryOnTheDistrictsApprovalAndCannotTakeCityFunds() {
    assertThat(apply("zhangwei", application("CENTRAL")).status()).isEqualTo(201);

    assertThat(complete("chenjing", task(TASK_DISTRICT_REVIEW), Map.of("reviewDecision", "approve")).status())
        .isEqualTo(204);

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey()).count()).isZero();
    var project = http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code).json();
    assertThat(project.get("entryRoute").asText()).isEqualTo("DISTRICT_REVIEWED");
    assertThat(project.get("createdBy").asText()).isEqualTo("chenjing");
    var shares = new DaoliFundShares(http, jdbc);
    var caseId = shares.registered("哈财指（农）〔2021〕" + UUID.randomUUID().toString().substring(0, 8) + "号",
        "2021-02-26", "市级", fundLine, "", "100.00");
    var proposal = taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey(FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION).singleResult();
    var refused = complete("chenjing", proposal, Map.of("allocation1", Http.json(Map.of("projectCode", code,
        "amount", 100, "use", "购置基础母牛"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("未经乡申报、县审核、市复核", "不得安排市级专项资金");
  }

  @Test
  void aReturnedApplicationIsRevisedAndResubmittedWithAFreshDeadlineThenRejected() {
    assertThat(apply("zhangwei", application("市级")).status()).isEqualTo(201);
    var review = task(TASK_DISTRICT_REVIEW);

    var withoutReason = complete("chenjing", review, Map.of("reviewDecision", "return"));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("message").asText()).contains("reviewOpinion", "请填写退回的理由");
    assertThat(status()).as("nothing moved").isEqualTo("SUBMITTED");
    var badDecision = complete("chenjing", review, Map.of("reviewDecision", "maybe"));
    assertThat(badDecision.status()).isEqualTo(400);
    assertThat(badDecision.json().get("message").asText()).contains("reviewDecision", "approve, return or reject");

    assertThat(http.put("zhangwei", APPLICATIONS + "/daoli/" + code, application("市级")).status())
        .as("only a returned application is revised").isEqualTo(409);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-03-03T02:00:00Z")));
    assertThat(complete("chenjing", review, Map.of("reviewDecision", "return", "reviewOpinion", "预算偏高，请核减")).status())
        .isEqualTo(204);
    var revision = task(TASK_REVISE_APPLICATION);
    assertThat(taskService.getIdentityLinksForTask(revision.getId())).extracting("groupId")
        .containsExactly("township-daoli-xinnong");
    // 10 working days from Wednesday 3 March 2021: Wednesday 17 March
    assertThat(revision.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-03-17T15:59:59Z")));
    assertThat(runtimeService.getVariable(revision.getProcessInstanceId(), "lastOpinion"))
        .isEqualTo("区县审核：预算偏高，请核减");
    assertThat(runtimeService.getVariable(revision.getProcessInstanceId(), "reviewDecision"))
        .as("the next round's form starts blank").isNull();
    assertThat(visibleTasks("liuyang")).as("an officer of another township").isEmpty();
    var otherTownship = http.put("liuyang", APPLICATIONS + "/daoli/" + code, application("市级"));
    assertThat(otherTownship.status()).isEqualTo(403);

    var revised = application("市级");
    revised.put("budgetYuan", 90000);
    var put = http.put("zhangwei", APPLICATIONS + "/daoli/" + code, revised);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().at("/project/budgetYuan").decimalValue()).isEqualByComparingTo("90000.00");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-03-04T02:00:00Z")));
    assertThat(complete("zhangwei", revision, Map.of("revisionDecision", "resubmit", "revisionNote", "预算已核减")).status())
        .isEqualTo(204);

    var again = task(TASK_DISTRICT_REVIEW);
    // 5 working days from Thursday 4 March 2021: Thursday 11 March
    assertThat(again.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-03-11T15:59:59Z")));
    assertThat(runtimeService.getVariable(again.getProcessInstanceId(), "budgetYuan")).isEqualTo("90000.00");
    assertThat(complete("chenjing", again, Map.of("reviewDecision", "reject", "reviewOpinion", "不符合产业扶贫项目条件"))
        .status()).isEqualTo(204);

    assertThat(status()).isEqualTo("REJECTED");
    assertThat(http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code).status()).isEqualTo(404);
    assertThat(http.get("chenjing", APPLICATIONS + "/daoli/" + code).json().get("steps"))
        .extracting(step -> step.get("decision").asText() + ":" + (step.get("opinion").isNull() ? ""
            : step.get("opinion").asText()))
        .containsExactly("submit:", "return:预算偏高，请核减", "resubmit:预算已核减", "reject:不符合产业扶贫项目条件");
  }

  @Test
  void anOverdueReviewIsEscalatedToTheSupervisors() {
    assertThat(apply("zhangwei", application("市级")).status()).isEqualTo(201);
    var review = task(TASK_DISTRICT_REVIEW);
    var timer = managementService.createJobQuery().processInstanceId(review.getProcessInstanceId())
        .activityId(TIMER_DISTRICT_REVIEW_OVERDUE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2021-03-08T15:59:59Z")));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-03-09T01:00:00Z")));
    managementService.executeJob(timer.getId());

    var incidents = runtimeService.createIncidentQuery().processInstanceId(review.getProcessInstanceId())
        .incidentType(Escalation.INCIDENT_TYPE).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getTenantId()).isEqualTo("daoli");
    assertThat(incidents.get(0).getIncidentMessage()).contains("一级督办", businessKey());
    assertThat(complete("chenjing", review, Map.of("reviewDecision", "approve")).status()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(review.getProcessInstanceId()).count())
        .as("closing the step resolves its escalation").isZero();
  }

  @Test
  void onlyTheTownshipsOwnOfficersApplyAndNobodyStartsTheCaseByHand() {
    var otherDistrict = apply("wangfang", application("市级"));
    assertThat(otherDistrict.status()).isEqualTo(403);
    assertThat(otherDistrict.json().get("message").asText()).contains("daoli");
    var otherTownship = application("市级");
    otherTownship.put("township", "xinnong");
    assertThat(apply("liuyang", otherTownship).status()).isEqualTo(403);
    assertThat(apply("chenjing", application("市级")).status()).as("the district enters directly instead").isEqualTo(403);
    var unknownTownship = application("市级");
    unknownTownship.put("township", "nowhere");
    var unknown = apply("zhangwei", unknownTownship);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("township", "没有乡镇 nowhere");
    var noLevel = application(null);
    var missingLevel = apply("zhangwei", noLevel);
    assertThat(missingLevel.status()).isEqualTo(400);
    assertThat(missingLevel.json().get("message").asText()).contains("fundLevel", "资金级次");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey()).count()).isZero();

    var byHand = http.post("demo", "/engine-rest/process-definition/key/project-approval/tenant-id/daoli/start",
        Map.of("businessKey", businessKey(), "variables", Http.variables(Map.of("districtCode", "daoli"))));
    assertThat(byHand.status()).isEqualTo(403);

    assertThat(apply("zhangwei", application("市级")).status()).isEqualTo(201);
    assertThat(apply("zhangwei", application("市级")).status()).as("the same code twice").isEqualTo(409);
    var direct = Drafts.json(anIndustryProject("daoli", code));
    var taken = http.post("chenjing", ProjectsApi.PATH, direct);
    assertThat(taken.status()).as("the district cannot take the code of an application").isEqualTo(409);
    assertThat(taken.json().get("message").asText()).contains("已用于乡镇的项目申报");
    assertThat(http.get("liuyang", APPLICATIONS + "/daoli/" + code).status()).isEqualTo(403);
    assertThat(http.get("yangmin", APPLICATIONS + "/daoli/" + code).status()).isEqualTo(403);
    assertThat(http.get("liuyang", APPLICATIONS + "?district=daoli").json().findValues("code"))
        .extracting(JsonNode::asText).doesNotContain(code);
    assertThat(http.get("chenjing", APPLICATIONS + "?district=daoli&status=SUBMITTED").json().findValues("code"))
        .extracting(JsonNode::asText).contains(code);
    assertThat(http.get("chenjing", APPLICATIONS + "?status=later").status()).isEqualTo(400);
  }

  @Test
  void theDistrictCannotEnterCityFundedProjectsDirectlyNorChangeReviewedOnes() {
    var direct = Drafts.json(anIndustryProject("daoli", code));
    direct.put("fundLevel", "市级");
    var refused = http.post("chenjing", ProjectsApi.PATH, direct);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("fundLevel", "乡申报、县审核、市复核");
    assertThat(http.get("chenjing", ProjectsApi.PATH + "/daoli/" + code).status()).isEqualTo(404);

    new DaoliFundShares(http, jdbc).aProject(fundLine);
    var reviewed = http.get("chenjing", ProjectsApi.PATH + "?district=daoli&fundLine=" + fundLine).json().get(0);
    var change = Drafts.json(anIndustryProject("daoli", reviewed.get("code").asText()));
    var conflict = http.put("chenjing", ProjectsApi.PATH + "/daoli/" + reviewed.get("code").asText(), change);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("message").asText()).contains("不能由区县直接修改");
  }

  // --- steps

  private LinkedHashMap<String, Object> application(String fundLevel) {
    var body = new LinkedHashMap<>(Drafts.json(anIndustryProject("daoli", code)));
    body.put("fundLine", fundLine);
    if (fundLevel != null) {
      body.put("fundLevel", fundLevel);
    }
    return body;
  }

  private Http.Reply apply(String official, Map<String, Object> body) {
    return http.post(official, APPLICATIONS, body);
  }

  private String businessKey() {
    return ProjectApprovalProcess.businessKey("daoli", code);
  }

  private String status() {
    return jdbc.queryForObject("SELECT status FROM project_application WHERE district = 'daoli' AND code = ?",
        String.class, code);
  }

  private Task task(String step) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey()).taskDefinitionKey(step)
        .singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    return task;
  }

  private List<JsonNode> visibleTasks(String official) {
    var reply = http.get(official, "/engine-rest/task?processInstanceBusinessKey=" + businessKey());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var tasks = new java.util.ArrayList<JsonNode>();
    reply.json().forEach(tasks::add);
    return tasks;
  }

  private Http.Reply complete(String official, Task task, Map<String, Object> values) {
    return http.post(official, "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Http.variables(values)));
  }
}
