package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_NOT_RECOGNIZED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_POLICY_RESTORED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_INSTANT_ASSISTANCE_RECOGNIZED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_HOLD_VILLAGE_APPRAISAL;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_POST_NOTICE;
import static org.fupinflow.support.RiskReports.aCategoryBReport;
import static org.fupinflow.support.RiskReports.aCategoryCReport;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the village notice ends a household case: category C is restored to 脱贫享受政策户 after its notice, an
 * objection upheld ends the case 不予认定 (reverting a fast-tracked household), and a fast-tracked category B
 * household keeps the day its help began. Each step over the engine REST API as its official.
 */
@IntegrationTest
class HouseholdNoticeOutcomesTest {

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void itIsTuesday29September2020() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void categoryCIsRestoredToEnjoyingPolicyAfterItsNotice() {
    var id = cases.start("zhangwei", aCategoryCReport()).get("id").asText();
    complete("zhangwei", id, TASK_HOLD_VILLAGE_APPRAISAL, Map.of("appraisedOn", "2020-09-29", "appraisalPassed", true,
        "appraisalNote", "村民代表一致同意"));
    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
    var notice = noticeOf(id);
    complete("lina", notice, TASK_POST_NOTICE, Map.of("postedOn", "2020-09-29"));
    endThePeriod(notice);

    assertThat(endOf(id)).isEqualTo(END_POLICY_RESTORED);
    var household = household(id);
    assertThat(household.get("statusLabel").asText()).isEqualTo("脱贫享受政策户");
    assertThat(household.get("statusSince").asText()).as("the day after the notice ended on 4 Oct").isEqualTo("2020-10-05");
    assertThat(household.at("/cases/0/outcome").asText()).isEqualTo("policy-restored");
  }

  @Test
  void anObjectionUpheldEndsTheCaseNotRecognisedAndRevertsTheFastTrack() {
    var report = aCategoryBReport().with("fastTrack", true).with("meetingRecordNumber", "新农镇会议〔2020〕15号");
    var id = cases.start("zhangwei", report).get("id").asText();
    assertThat(household(id).get("statusLabel").asText()).as("helped at once").isEqualTo("即时帮扶人口");
    collectAndApprove(id, report);
    var notice = noticeOf(id);
    complete("lina", notice, TASK_POST_NOTICE, Map.of("postedOn", "2020-09-29"));

    var objection = http.post("lina", "/engine-rest/message", Map.of("messageName", "PublicNoticeObjection",
        "businessKey", businessKey(id), "processVariables", Http.variables(Map.of("objectionContent", "该户在城区有商铺出租"))));
    assertThat(objection.status()).as(objection.body()).isEqualTo(204);
    complete("chenjing", notice, TASK_DECIDE_OBJECTION, Map.of("objectionUpheld", true,
        "objectionDecisionReason", "经核实有商铺租金收入，家庭年人均收入高于监测线"));

    assertThat(endOf(id)).isEqualTo(END_NOT_RECOGNIZED);
    var household = household(id);
    assertThat(household.get("statusLabel").asText()).as("reverted").isEqualTo("一般农户");
    assertThat(household.at("/cases/0/outcomeReason").asText()).isEqualTo("公示异议成立：经核实有商铺租金收入，家庭年人均收入高于监测线");
    assertThat(household.get("statusHistory")).hasSize(2);
    assertThat(household.at("/statusHistory/1/note").asText()).contains("状态回退", "公示异议成立");
  }

  @Test
  void aFastTrackedHouseholdRecognisedAfterItsNoticeKeepsTheDayItsHelpBegan() {
    var report = aCategoryBReport().with("fastTrack", true).with("meetingRecordNumber", "新农镇会议〔2020〕16号");
    var id = cases.start("zhangwei", report).get("id").asText();
    collectAndApprove(id, report);
    var notice = noticeOf(id);
    complete("lina", notice, TASK_POST_NOTICE, Map.of("postedOn", "2020-09-29"));
    endThePeriod(notice);

    assertThat(endOf(id)).isEqualTo(END_INSTANT_ASSISTANCE_RECOGNIZED);
    var household = household(id);
    assertThat(household.get("statusLabel").asText()).isEqualTo("即时帮扶人口");
    assertThat(household.get("statusSince").asText()).isEqualTo("2020-09-29");
    assertThat(household.at("/statusHistory/1/note").asText()).contains("认定程序已完善");
  }

  @Test
  void theNoticeNamesTheCasesOwnHouseholdAndVillageWhateverTheCaseVariablesSay() {
    var id = cases.start("zhangwei", aCategoryCReport()).get("id").asText();
    var other = cases.start("zhangwei", aCategoryCReport().with("villageName", "红星村").with("headName", "李四海"))
        .get("id").asText();
    runtimeService.setVariable(id, "householdId", runtimeService.getVariable(other, "householdId"));
    runtimeService.setVariable(id, "villageName", "红星村");
    runtimeService.setVariable(id, "headName", "李四海");

    complete("zhangwei", id, TASK_HOLD_VILLAGE_APPRAISAL, Map.of("appraisedOn", "2020-09-29", "appraisalPassed", true,
        "appraisalNote", "村民代表一致同意"));
    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));

    var notice = noticeOf(id);
    assertThat(runtimeService.getVariable(notice, "noticeVillage")).isEqualTo("新农村");
    assertThat(runtimeService.getVariable(notice, "noticePerson")).isEqualTo("王**");
  }

  private void collectAndApprove(String id, RiskReports report) {
    complete("zhangwei", id, TASK_COLLECT_HOUSEHOLD_INFORMATION, HouseholdIdentificationPathsTest.collection(
        HouseholdData.family(report.headIdNumber()), HouseholdData.contact()));
    complete("chenjing", id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
  }

  private void endThePeriod(String notice) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-05T01:00:00Z")));
    var timer = managementService.createJobQuery().processInstanceId(notice).activityId(NOTICE_PERIOD_ENDED).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2020-10-04T15:59:59Z")));
    managementService.executeJob(timer.getId());
  }

  private String noticeOf(String id) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult().getId();
  }

  private String businessKey(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
  }

  private String endOf(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId();
  }

  private com.fasterxml.jackson.databind.JsonNode household(String id) {
    var householdId = historyService.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("householdId")
        .singleResult().getValue();
    var reply = http.get("chenjing", "/api/households/" + householdId);
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  private void complete(String official, String processInstanceId, String step, Map<String, Object> values) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    var reply = cases.complete(official, task.getId(), values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }
}
