package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_HOUSEHOLD_MONITORED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_NOT_RECOGNIZED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_HOLD_VILLAGE_APPRAISAL;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.support.RiskReports.aCategoryAReport;
import static org.fupinflow.support.RiskReports.aCategoryBReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.calendar.Deadlines;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Household identification through the engine REST API as the officials who do each step: the township
 * (张伟, 新农镇 of 道里区) and the district poverty office (陈静). A risk reported on Monday 28 Sep 2020; the
 * National Day holidays (1–8 Oct, Saturday 10 Oct worked) shape every deadline.
 */
@IntegrationTest
class HouseholdIdentificationPathsTest {

  /** Tuesday 29 Sep 2020, 10:00 in China. */
  private static final Instant TUESDAY = Instant.parse("2020-09-29T02:00:00Z");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Deadlines deadlines;

  @BeforeEach
  void itIsTuesday29September2020() {
    ClockUtil.setCurrentTime(Date.from(TUESDAY));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void categoryAIsVerifiedThenReviewedWithinThreeWorkingDaysAndMarkedMonitored() {
    var report = aCategoryAReport();
    var id = cases.start("zhangwei", report).get("id").asText();
    complete("zhangwei", id, TASK_VERIFY_HOUSEHOLD, Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true,
        "verificationNote", "户主因病住院，返贫风险属实"));

    var review = task(id, TASK_REVIEW_HOUSEHOLD);
    assertThat(review.getName()).isEqualTo("区县审核");
    assertThat(review).hasCandidateGroup("district-poverty-office");
    // completed on 29 Sep: 30 Sep, 9 Oct, 10 Oct (adjusted Saturday) → due at the end of 10 Oct 2020, China time
    assertThat(review.getDueDate()).isEqualTo(Date.from(Instant.parse("2020-10-10T15:59:59Z")));
    assertThat(runtimeService.getVariable(id, "townshipCompletedOn")).isEqualTo("2020-09-29");

    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve",
        "assistanceMeasures", "落实医疗救助和临时救助"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_HOUSEHOLD_MONITORED);
    var householdId = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName("householdId").singleResult().getValue();
    var household = http.get("chenjing", "/api/households/" + householdId).json();
    assertThat(household.get("status").asText()).isEqualTo("MONITORED");
    assertThat(household.get("statusLabel").asText()).isEqualTo("脱贫监测户");
    assertThat(household.get("statusSince").asText()).isEqualTo("2020-09-29");
    assertThat(household.get("headIdNumber").asText()).isEqualTo(report.headIdNumber());
    assertThat(household.at("/cases/0/assistanceMeasures").asText()).isEqualTo("落实医疗救助和临时救助");
    assertThat(household.at("/cases/0/outcome").asText()).isEqualTo("monitored");
    assertThat(household.get("statusHistory")).hasSize(1);
  }

  @Test
  void theDistrictReturnsTheCaseOnceAndTheTownshipGetsFiveNewWorkingDays() {
    var id = cases.start("zhangwei", aCategoryAReport()).get("id").asText();
    verify(id);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-30T02:00:00Z")));
    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "return", "reviewComment", "核实情况过简，请补充医疗票据"));

    var again = task(id, TASK_VERIFY_HOUSEHOLD);
    // returned on 30 Sep: 9, 10, 12, 13, 14 Oct → due at the end of 14 Oct 2020
    assertThat(again.getDueDate()).isEqualTo(Date.from(Instant.parse("2020-10-14T15:59:59Z")));
    assertThat(timerDue(id, "BoundaryEvent_VerifyHouseholdOverdue")).isEqualTo(again.getDueDate());
    verify(id);

    var secondReturn = cases.complete("chenjing", task(id, TASK_REVIEW_HOUSEHOLD).getId(),
        Map.of("reviewDecision", "return", "reviewComment", "再次退回"));
    assertThat(secondReturn.status()).isEqualTo(400);
    assertThat(secondReturn.json().get("message").asText()).contains("reviewDecision").contains("不能再次退回");
    assertThat(task(id, TASK_REVIEW_HOUSEHOLD)).isNotNull();
  }

  @Test
  void aRejectionEndsTheCaseNotRecognisedWithItsReasons() {
    var id = cases.start("zhangwei", aCategoryAReport()).get("id").asText();
    verify(id);

    var noReason = cases.complete("chenjing", task(id, TASK_REVIEW_HOUSEHOLD).getId(), Map.of("reviewDecision", "reject"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("message").asText()).contains("reviewComment").contains("不予认定的理由必填");

    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "reject", "reviewComment", "家庭收入高于监测线"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_NOT_RECOGNIZED);
    assertThat(jdbc.queryForMap("SELECT outcome, outcome_reason FROM household_case WHERE process_instance_id = ?", id))
        .containsEntry("OUTCOME", "not-recognized").containsEntry("OUTCOME_REASON", "区县审核不予认定：家庭收入高于监测线");
  }

  @Test
  void aFastTrackedHouseholdIsHelpedAtOnceAndRevertedWhenNotRecognised() {
    var id = cases.start("zhangwei", aCategoryAReport().with("fastTrack", true).with("meetingRecordNumber", "新农镇会议〔2020〕12号"))
        .get("id").asText();
    var householdId = (String) runtimeService.getVariable(id, "householdId");
    var helped = http.get("chenjing", "/api/households/" + householdId).json();
    assertThat(helped.get("statusLabel").asText()).as("status takes effect at once").isEqualTo("脱贫监测户");
    assertThat(helped.at("/statusHistory/0/fastTrack").asBoolean()).isTrue();
    assertThat(helped.at("/statusHistory/0/meetingRecord").asText()).isEqualTo("新农镇会议〔2020〕12号");

    verify(id);
    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "reject", "reviewComment", "风险已消除"));

    var reverted = http.get("chenjing", "/api/households/" + householdId).json();
    assertThat(reverted.get("statusLabel").asText()).isEqualTo("脱贫享受政策户");
    assertThat(reverted.get("statusHistory")).hasSize(2);
    assertThat(reverted.at("/statusHistory/1/note").asText()).contains("状态回退").contains("风险已消除");
  }

  @Test
  void aFastTrackWithoutItsMeetingRecordIsRefused() {
    var reply = http.post("zhangwei", Cases.START, aCategoryAReport().with("fastTrack", true).startRequest());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("meetingRecordNumber").contains("会议记录编号");
  }

  @Test
  void aRiskFoundUntrueAtTheHomeEndsTheCaseWithoutGoingToTheDistrict() {
    var id = cases.start("zhangwei", aCategoryAReport()).get("id").asText();
    complete("zhangwei", id, TASK_VERIFY_HOUSEHOLD, Map.of("verifiedOn", "2020-09-29", "riskConfirmed", false,
        "verificationNote", "经核实已外出务工，收入稳定"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_NOT_RECOGNIZED);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(id).taskDefinitionKey(TASK_REVIEW_HOUSEHOLD).count())
        .isZero();
  }

  @Test
  void categoryCGoesToTheVillageAppraisal() {
    var id = cases.start("zhangwei", RiskReports.aCategoryCReport()).get("id").asText();
    var appraisal = task(id, TASK_HOLD_VILLAGE_APPRAISAL);
    assertThat(appraisal.getName()).isEqualTo("村级民主评议");
    assertThat(appraisal).hasCandidateGroup("township-daoli-xinnong");
    assertThat(appraisal.getDueDate()).isEqualTo(deadlines.workingDays("2020-09-28", 5));
    complete("zhangwei", id, TASK_HOLD_VILLAGE_APPRAISAL, Map.of("appraisedOn", "2020-09-29", "appraisalPassed", true,
        "appraisalNote", "村民代表23人参加，一致同意"));
    assertThat(task(id, TASK_REVIEW_HOUSEHOLD)).isNotNull();
  }

  @Test
  void aSecondCaseForAHouseholdWithARunningCaseIsRefused() {
    var report = aCategoryAReport();
    cases.start("zhangwei", report);
    var again = http.post("zhangwei", Cases.START, aCategoryAReport().with("headIdNumber", report.headIdNumber()).startRequest());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("该户已有进行中的识别认定案件 HI-daoli-");
  }

  @Test
  void aHeadIdNumberWithAWrongCheckCharacterIsRefused() {
    var valid = HouseholdData.nextHeadIdNumber();
    var wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
    var reply = http.post("zhangwei", Cases.START, aCategoryAReport().with("headIdNumber", wrong).startRequest());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("headIdNumber").contains("校验码错误").doesNotContain(wrong);
  }

  @Test
  void theCollectionFormIsCheckedOnTheServerAndARefusalChangesNothing() {
    var report = aCategoryBReport();
    var id = cases.start("zhangwei", report).get("id").asText();
    var taskId = task(id, TASK_COLLECT_HOUSEHOLD_INFORMATION).getId();
    var family = HouseholdData.family(report.headIdNumber());

    var badId = copy(family);
    var spouseId = (String) badId.get(1).get("idNumber");
    badId.get(1).put("idNumber", spouseId.substring(0, 17) + (spouseId.charAt(17) == '1' ? '2' : '1'));
    assertRefused(id, taskId, collection(badId, HouseholdData.contact()), "members[2].idNumber", "第2位成员：身份证号码校验码错误");

    var twoHeads = copy(family);
    twoHeads.get(2).put("relation", "户主");
    assertRefused(id, taskId, collection(twoHeads, HouseholdData.contact()), "members", "有且只有一位户主（现有2位）");

    // A6 民族: one of the 56 groups, as the form's select offers them
    var unknownEthnicity = copy(family);
    unknownEthnicity.get(1).put("ethnicity", "汉");
    assertRefused(id, taskId, collection(unknownEthnicity, HouseholdData.contact()), "members[2].ethnicity",
        "第2位成员A6 民族应为56个民族之一");

    var negative = new HashMap<>(HouseholdData.contact());
    negative.put("incomes", Map.of("wages", -1));
    assertRefused(id, taskId, collection(family, negative), "household.incomes.wages", "A28 工资性收入不能为负数");

    var subFen = new HashMap<>(HouseholdData.contact());
    subFen.put("incomes", Map.of("pension", 12.345));
    assertRefused(id, taskId, collection(family, subFen), "household.incomes.pension", "最多精确到分");

    var unknownRisk = collection(family, HouseholdData.contact());
    unknownRisk.put("riskReason2", "lottery");
    assertRefused(id, taskId, unknownRisk, "riskReason2", "未知的致贫返贫风险");

    var otherHead = copy(family);
    otherHead.get(0).put("idNumber", HouseholdData.nextHeadIdNumber());
    assertRefused(id, taskId, collection(otherHead, HouseholdData.contact()), "members", "户主的身份证号码与上报时");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_member m JOIN household_case c ON c.household_id = m.household_id"
        + " WHERE c.process_instance_id = ?", Integer.class, id)).isZero();
    assertThat(jdbc.queryForObject("SELECT collected_on FROM household_case WHERE process_instance_id = ?", LocalDate.class, id))
        .isNull();
  }

  @Test
  void theCollectionIsFiledInTheHouseholdTablesWithIncomesToTheFen() {
    var report = aCategoryBReport();
    var id = cases.start("zhangwei", report).get("id").asText();
    complete("zhangwei", id, TASK_COLLECT_HOUSEHOLD_INFORMATION, collection(HouseholdData.family(report.headIdNumber()),
        HouseholdData.contact()));

    var householdId = (String) runtimeService.getVariable(id, "householdId");
    assertThat(runtimeService.getVariable(id, "members")).as("members leave the case").isNull();
    assertThat(runtimeService.getVariable(id, "household")).as("incomes leave the case").isNull();
    var household = http.get("chenjing", "/api/households/" + householdId).json();
    assertThat(household.get("members")).hasSize(3);
    assertThat(household.at("/members/0/relation").asText()).isEqualTo("户主");
    assertThat(household.get("phone").asText()).isEqualTo("13904511234");
    assertThat(household.at("/cases/0/incomes/wages").decimalValue()).isEqualByComparingTo("3200.50");
    assertThat(household.at("/cases/0/incomes/businessExpenses").decimalValue()).isEqualByComparingTo("0.10");
    assertThat(jdbc.queryForObject("SELECT income_wages FROM household_case WHERE process_instance_id = ?", Long.class, id))
        .isEqualTo(320050L);

    var supervisor = http.get("wuqiang", "/api/households/" + householdId).json();
    assertThat(supervisor.at("/members/0/idNumber").asText()).isEqualTo(report.headIdNumber().substring(0, 4) + "**********"
        + report.headIdNumber().substring(14));
    assertThat(supervisor.get("phone").isNull()).isTrue();
    assertThat(supervisor.at("/cases/0/incomes").isNull()).isTrue();
    assertThat(http.get("yangmin", "/api/households/" + householdId).status()).as("呼兰区").isEqualTo(403);
    assertThat(http.get("liuyang", "/api/households/" + householdId).status()).as("太平镇").isEqualTo(403);
    assertThat(http.get("zhangwei", "/api/households/" + householdId).status()).as("新农镇").isEqualTo(200);
  }

  @Test
  void theFormsMemberSlotsAreFiledInOrderAndLeaveTheCase() {
    var report = aCategoryBReport();
    var id = cases.start("zhangwei", report).get("id").asText();
    var family = HouseholdData.family(report.headIdNumber());
    var values = collection(family, HouseholdData.contact());
    values.remove("members");
    values.put("member1", Http.json(family.get(0)));
    values.put("member2", Http.json(family.get(1)));
    values.put("member3", Http.json(Map.of("name", "", "idNumber", "")));
    complete("zhangwei", id, TASK_COLLECT_HOUSEHOLD_INFORMATION, values);

    assertThat(jdbc.queryForList("SELECT id_number FROM household_member m JOIN household_case c ON c.household_id = m.household_id"
        + " WHERE c.process_instance_id = ? ORDER BY member_no", String.class, id))
        .containsExactly((String) family.get(0).get("idNumber"), (String) family.get(1).get("idNumber"));
    assertThat(runtimeService.getVariables(id)).doesNotContainKeys("member1", "member2", "member3");
  }

  @Test
  void overwritingTheHouseholdIdVariableDoesNotChangeWhichHouseholdTheCollectionIsFiledTo() {
    var report = aCategoryBReport();
    var id = cases.start("zhangwei", report).get("id").asText();
    var other = cases.start("zhangwei", aCategoryBReport()).get("id").asText();
    var ownHousehold = (String) runtimeService.getVariable(id, "householdId");
    var otherHousehold = (String) runtimeService.getVariable(other, "householdId");
    runtimeService.setVariable(id, "householdId", otherHousehold);

    complete("zhangwei", id, TASK_COLLECT_HOUSEHOLD_INFORMATION, collection(HouseholdData.family(report.headIdNumber()),
        HouseholdData.contact()));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_member WHERE household_id = ?", Integer.class,
        ownHousehold)).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_member WHERE household_id = ?", Integer.class,
        otherHousehold)).isZero();
  }

  @Test
  void aReturnedCaseGoesBackToTheTownshipItWasReportedInWhateverItsVariablesSay() {
    var id = cases.start("zhangwei", aCategoryAReport()).get("id").asText();
    assertThat(task(id, TASK_VERIFY_HOUSEHOLD)).hasCandidateGroup("township-daoli-xinnong");
    verify(id);
    runtimeService.setVariable(id, "districtCode", "hulan");
    runtimeService.setVariable(id, "townshipCode", "shiren");

    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "return", "reviewComment", "请补充医疗票据"));

    var again = task(id, TASK_VERIFY_HOUSEHOLD);
    assertThat(again).hasCandidateGroup("township-daoli-xinnong");
    assertThat(taskService.createTaskQuery().taskId(again.getId()).taskCandidateGroup("township-hulan-shiren").count()).isZero();
  }

  @Test
  void anOverdueReviewIsEscalated() {
    var id = cases.start("zhangwei", aCategoryAReport()).get("id").asText();
    verify(id);
    var due = task(id, TASK_REVIEW_HOUSEHOLD).getDueDate();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    var timer = managementService.createJobQuery().processInstanceId(id).activityId("BoundaryEvent_ReviewHouseholdOverdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(due);
    managementService.executeJob(timer.getId());

    var incident = runtimeService.createIncidentQuery().processInstanceId(id).incidentType(Escalation.INCIDENT_TYPE).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(TASK_REVIEW_HOUSEHOLD);
    assertThat(incident.getTenantId()).isEqualTo("daoli");
  }

  // --- steps

  static Map<String, Object> collection(List<Map<String, Object>> members, Map<String, Object> household) {
    var values = new HashMap<String, Object>();
    values.put("collectedOn", "2020-09-29");
    values.put("members", Http.json(members));
    values.put("household", Http.json(household));
    values.put("riskReason1", "illness");
    values.put("riskReason2", "unstable-employment");
    values.put("appraisedOn", "2020-09-29");
    values.put("appraisalPassed", true);
    values.put("appraisalNote", "村民代表25人参加，同意纳入");
    return values;
  }

  private void verify(String id) {
    complete("zhangwei", id, TASK_VERIFY_HOUSEHOLD, Map.of("verifiedOn", ClockUtil.getCurrentTime().toInstant()
        .atZone(org.fupinflow.calendar.ChinaTime.ZONE).toLocalDate().toString(), "riskConfirmed", true, "verificationNote", "风险属实"));
  }

  private void complete(String official, String id, String step, Map<String, Object> values) {
    var reply = cases.complete(official, task(id, step).getId(), values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private void assertRefused(String id, String taskId, Map<String, Object> values, String field, String message) {
    var reply = cases.complete("zhangwei", taskId, values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains(field).contains(message);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(id, "members")).isNull();
  }

  private Task task(String processInstanceId, String step) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    return task;
  }

  private Date timerDue(String processInstanceId, String timerId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).singleResult().getDuedate();
  }

  private static List<Map<String, Object>> copy(List<Map<String, Object>> members) {
    return members.stream().<Map<String, Object>>map(HashMap::new).toList();
  }

}
