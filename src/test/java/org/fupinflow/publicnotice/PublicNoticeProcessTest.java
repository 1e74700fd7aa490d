package org.fupinflow.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.END_NOTICE_COMPLETED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.END_NOTICE_WITHDRAWN;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_POST_NOTICE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_RECORD_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TIMER_POST_NOTICE_OVERDUE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_ENDS_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_OUTCOME;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_UPHELD;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.publicnotice.PublicNotices.Objection;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 村级公示 as a household case calls it: requested on Sunday 27 Sep 2020 (an adjusted working day), posted by
 * 道里区's village committee on Monday 28 Sep, it runs to the end of Saturday 3 Oct, a National Day holiday, and
 * is not extended. Objections come from Tasklist or over REST; the district poverty office decides them.
 */
@IntegrationTest
class PublicNoticeProcessTest {

  static final Instant REQUESTED = Instant.parse("2020-09-27T02:00:00Z");
  static final Instant POSTED = Instant.parse("2020-09-28T03:00:00Z");
  /** End of 3 Oct 2020 in China: the 5th day after posting. */
  static final Instant PERIOD_ENDS = Instant.parse("2020-10-03T15:59:59Z");
  /** End of 29 Sep 2020: 2 working days after the request. */
  static final Instant POSTING_DUE = Instant.parse("2020-09-29T15:59:59Z");
  static final String OTHER_DISTRICT_PASSWORD = "Hulan-Village-2020";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired PublicNotices notices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPostedNoticeRunsFiveCalendarDaysNotExtendedPastTheHolidayAndCompletes() {
    var instance = requested();
    var post = task(instance);
    assertThat(post.getName()).isEqualTo("村两委张贴公示");
    assertThat(post.getTenantId()).isEqualTo("daoli");
    assertThat(post).hasCandidateGroup("village-committees");
    assertThat(post.getDueDate().toInstant()).isEqualTo(POSTING_DUE);
    assertThat(timer(instance, TIMER_POST_NOTICE_OVERDUE).getDuedate().toInstant()).isEqualTo(POSTING_DUE);

    posted(instance, "2020-09-28");

    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
    assertThat(runtimeService.getVariable(instance.getId(), NOTICE_ENDS_ON)).isEqualTo("2020-10-03");
    assertThat(timer(instance, NOTICE_PERIOD_ENDED).getDuedate().toInstant()).isEqualTo(PERIOD_ENDS);
    assertThat(task(instance).getDueDate().toInstant()).isEqualTo(PERIOD_ENDS);
    var notice = notices.require(instance.getId());
    assertThat(notice.status()).isEqualTo(NoticeStatus.RUNNING);
    assertThat(notice.caseNumber()).isEqualTo(instance.getBusinessKey());
    assertThat(notice.district()).isEqualTo("daoli");
    assertThat(notice.person()).isEqualTo("张**");
    assertThat(notice.postedOn()).hasToString("2020-09-28");
    assertThat(notice.endsOn()).hasToString("2020-10-03");

    at(Instant.parse("2020-10-04T01:00:00Z"));
    managementService.executeJob(timer(instance, NOTICE_PERIOD_ENDED).getId());

    assertThat(instance).isEnded().hasPassed(END_NOTICE_COMPLETED).hasNotPassed(TASK_DECIDE_OBJECTION);
    assertThat(outcome(instance)).isEqualTo(PublicNoticeProcess.Outcomes.COMPLETED);
    var finished = notices.require(instance.getId());
    assertThat(finished.status()).isEqualTo(NoticeStatus.COMPLETED);
    assertThat(finished.finishedAt().toInstant()).isEqualTo(Instant.parse("2020-10-04T01:00:00Z"));
    assertThat(notices.objections(notice.id())).isEmpty();
  }

  @Test
  void anObjectionRecordedInTasklistAndUpheldWithdrawsTheNotice() {
    var instance = postedNotice();
    at(Instant.parse("2020-09-30T02:00:00Z"));
    completed("lina", task(instance), Map.of(OBJECTION_CONTENT, "该户有家庭成员在城区经商，收入较高"));

    var decide = task(instance);
    assertThat(instance).isWaitingAt(TASK_DECIDE_OBJECTION);
    assertThat(decide.getName()).isEqualTo("区县扶贫办处理公示异议");
    assertThat(decide).hasCandidateGroup("district-poverty-office");
    // 3 working days from 30 Sep 2020: 9, 10 (adjusted Saturday) and 12 October.
    assertThat(decide.getDueDate().toInstant()).isEqualTo(Instant.parse("2020-10-12T15:59:59Z"));
    assertThat(cases.taskOf("chenjing", instance.getId()).get("id").asText()).isEqualTo(decide.getId());

    at(Instant.parse("2020-10-09T02:00:00Z"));
    completed("chenjing", decide, Map.of(OBJECTION_UPHELD, true, OBJECTION_DECISION_REASON, "经核实，该户经营收入超过监测标准"));

    assertThat(instance).isEnded().hasPassed(END_NOTICE_WITHDRAWN);
    assertThat(outcome(instance)).isEqualTo(PublicNoticeProcess.Outcomes.UPHELD);
    var notice = notices.require(instance.getId());
    assertThat(notice.status()).isEqualTo(NoticeStatus.WITHDRAWN);
    assertThat(notices.objections(notice.id())).singleElement().satisfies(objection -> {
      assertThat(objection.content()).isEqualTo("该户有家庭成员在城区经商，收入较高");
      assertThat(objection.raisedBy()).isEqualTo("lina");
      assertThat(objection.raisedAt().toInstant()).isEqualTo(Instant.parse("2020-09-30T02:00:00Z"));
      assertThat(objection.upheld()).isTrue();
      assertThat(objection.decisionReason()).isEqualTo("经核实，该户经营收入超过监测标准");
      assertThat(objection.decidedBy()).isEqualTo("chenjing");
    });
  }

  @Test
  void aDismissedObjectionLetsTheNoticeRunToTheEndOfItsPeriodAndTakeFurtherObjections() {
    var instance = postedNotice();
    at(Instant.parse("2020-09-29T02:00:00Z"));
    completed("lina", task(instance), Map.of(OBJECTION_CONTENT, "听说该户家里新买了轿车"));
    at(Instant.parse("2020-09-30T02:00:00Z"));
    completed("chenjing", task(instance), Map.of(OBJECTION_UPHELD, false, OBJECTION_DECISION_REASON, "经核实，车辆为亲属所有"));

    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
    assertThat(runtimeService.getVariable(instance.getId(), OBJECTION_CONTENT)).as("the next objection starts empty").isNull();
    assertThat(timer(instance, NOTICE_PERIOD_ENDED).getDuedate().toInstant()).as("the same period").isEqualTo(PERIOD_ENDS);
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
        .eventName(PublicNoticeProcess.Messages.OBJECTION_RAISED).count()).as("objections still accepted").isOne();

    at(Instant.parse("2020-10-04T01:00:00Z"));
    managementService.executeJob(timer(instance, NOTICE_PERIOD_ENDED).getId());

    assertThat(instance).isEnded().hasPassed(END_NOTICE_COMPLETED);
    assertThat(outcome(instance)).isEqualTo(PublicNoticeProcess.Outcomes.COMPLETED);
    var notice = notices.require(instance.getId());
    assertThat(notice.status()).isEqualTo(NoticeStatus.COMPLETED);
    assertThat(notices.objections(notice.id())).extracting(Objection::upheld).containsExactly(false);
  }

  @Test
  void anObjectionDismissedAfterThePeriodEndedCompletesTheNoticeAtOnce() {
    var instance = postedNotice();
    at(Instant.parse("2020-10-02T02:00:00Z"));
    completed("lina", task(instance), Map.of(OBJECTION_CONTENT, "对认定类别有异议"));
    at(Instant.parse("2020-10-09T02:00:00Z"));
    completed("chenjing", task(instance), Map.of(OBJECTION_UPHELD, false, OBJECTION_DECISION_REASON, "认定类别无误"));

    // Back in the period, whose timer is already due: the job executor fires it at once.
    var periodEnded = timer(instance, NOTICE_PERIOD_ENDED);
    assertThat(periodEnded.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    managementService.executeJob(periodEnded.getId());
    assertThat(instance).isEnded().hasPassed(END_NOTICE_COMPLETED);
  }

  @Test
  void aVillageCommitteeRaisesAnObjectionOverRestAndTheDistrictPovertyOfficeDecidesIt() {
    var instance = postedNotice();
    at(Instant.parse("2020-09-30T02:00:00Z"));
    var reply = http.post("lina", "/engine-rest/message", objection(instance, "群众来电反映该户收入情况不实"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);

    assertThat(instance).isWaitingAt(TASK_DECIDE_OBJECTION);
    var decide = cases.taskOf("chenjing", instance.getId());
    assertThat(decide.get("name").asText()).isEqualTo("区县扶贫办处理公示异议");
    var due = java.time.OffsetDateTime.parse(decide.get("due").asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    assertThat(due.toInstant()).isEqualTo(Instant.parse("2020-10-12T15:59:59Z"));
    var notice = notices.require(instance.getId());
    assertThat(notices.objections(notice.id())).singleElement().satisfies(objection -> {
      assertThat(objection.raisedBy()).isEqualTo("lina");
      assertThat(objection.content()).isEqualTo("群众来电反映该户收入情况不实");
    });
    var decided = cases.complete("chenjing", decide.get("id").asText(),
        Map.of(OBJECTION_UPHELD, false, OBJECTION_DECISION_REASON, "经入户核实，收入情况属实"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
  }

  @Test
  void anObjectionWithoutContentIsRefusedAndTheNoticeRunsOn() {
    var instance = postedNotice();
    var reply = http.post("lina", "/engine-rest/message", Map.of("messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED,
        "businessKey", instance.getBusinessKey()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("objectionContent", "公示异议内容必填");
    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
  }

  @Test
  void onlyTheVillageCommitteesOfTheNoticesDistrictMayRaiseAnObjectionOverRest() {
    var instance = postedNotice();
    aVillageCommitteeMemberOf(identityService, "hulan", "zhaogang");

    var otherDistrict = http.postAs("zhaogang", OTHER_DISTRICT_PASSWORD, "/engine-rest/message", objection(instance, "外区异议"));
    assertThat(otherDistrict.status()).as(otherDistrict.body()).isEqualTo(400);
    assertThat(otherDistrict.json().get("message").asText()).as("no notice of 呼兰区 has this case number")
        .contains("没有处于公示期的村级公示").contains("has no public notice in its period");
    // A township officer of the same district may read the case but not act on the notice.
    var townshipOfficer = http.post("zhangwei", "/engine-rest/message", objection(instance, "乡镇异议"));
    assertThat(townshipOfficer.status()).as(townshipOfficer.body()).isEqualTo(403);

    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
    assertThat(notices.objections(notices.require(instance.getId()).id())).isEmpty();
  }

  @Test
  void anObjectionAfterTheNoticeEndedFindsNothingToCorrelateTo() {
    var instance = postedNotice();
    at(Instant.parse("2020-10-04T01:00:00Z"));
    managementService.executeJob(timer(instance, NOTICE_PERIOD_ENDED).getId());

    var late = http.post("lina", "/engine-rest/message", objection(instance, "公示期满后的异议"));
    assertThat(late.status()).as(late.body()).isEqualTo(400);
    assertThat(late.json().get("message").asText()).contains("没有处于公示期的村级公示");
  }

  @Test
  void aPostingDayBeforeTheRequestInTheFutureOrMissingIsRefusedWith400AndTheTaskStaysOpen() {
    var instance = requested();
    var post = task(instance);
    at(POSTED);

    for (var postedOn : List.of("2020-09-26", "2020-09-29", "28.09.2020")) {
      var reply = cases.complete("lina", post.getId(), Map.of(POSTED_ON, postedOn));
      assertThat(reply.status()).as(postedOn + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("postedOn", "张贴日期");
    }
    var missing = cases.complete("lina", post.getId(), Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("postedOn：张贴日期必填", "postedOn: a date (yyyy-MM-dd) is required");

    assertThat(instance).isWaitingAt(TASK_POST_NOTICE);
    assertThat(task(instance).getId()).isEqualTo(post.getId());
    assertThat(notices.ofProcessInstance(instance.getId())).isEmpty();
  }

  @Test
  void aNoticeNotPostedWithinTwoWorkingDaysIsEscalated() {
    var instance = requested();
    var post = task(instance);
    at(Instant.parse("2020-09-30T01:00:00Z"));
    managementService.executeJob(timer(instance, TIMER_POST_NOTICE_OVERDUE).getId());

    var incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .incidentType(Escalation.INCIDENT_TYPE).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(TASK_POST_NOTICE);
    assertThat(incident.getTenantId()).isEqualTo("daoli");
    assertThat(incident.getIncidentMessage()).contains("一级督办", "村两委张贴公示", instance.getBusinessKey(), "道里区", "2020-09-29");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("district-poverty-office").taskNameLike("督办：村两委张贴公示%").list())
        .as("the district poverty office is told first").anyMatch(task -> task.getName().contains(instance.getBusinessKey()));

    at(Instant.parse("2020-09-30T02:00:00Z"));
    completed("lina", post, Map.of(POSTED_ON, "2020-09-30"));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(notices.require(instance.getId()).endsOn()).hasToString("2020-10-05");
  }

  @Test
  void aCallingCaseGetsTheOutcomeBack() {
    var deployment = repositoryService.createDeployment().name("public-notice caller (test)")
        .addString("notice-caller.bpmn", CALLER).deploy();
    try {
      at(REQUESTED);
      var caller = runtimeService.startProcessInstanceByKey("notice-caller", "HI-daoli-2020-" + UUID.randomUUID(),
          noticeVariables());
      var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
      assertThat(notice.getProcessDefinitionId()).startsWith(PublicNoticeProcess.KEY + ":");
      assertThat(notice.getBusinessKey()).isEqualTo(caller.getBusinessKey());
      assertThat(notice.getTenantId()).isEqualTo("daoli");

      at(POSTED);
      completed("lina", task(notice), Map.of(POSTED_ON, "2020-09-28"));
      at(Instant.parse("2020-10-04T01:00:00Z"));
      managementService.executeJob(timer(notice, NOTICE_PERIOD_ENDED).getId());

      assertThat(caller).isWaitingAt("UserTask_AfterNotice");
      assertThat(runtimeService.getVariable(caller.getId(), NOTICE_OUTCOME)).isEqualTo(PublicNoticeProcess.Outcomes.COMPLETED);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aRequestThatWouldPublishPersonalDataIsNeverStarted() {
    at(REQUESTED);
    var unmasked = noticeVariables();
    unmasked.put(PublicNoticeProcess.Variables.NOTICE_PERSON, "张建国");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-x", unmasked))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("noticePerson", "张**");
    var idNumber = noticeVariables();
    idNumber.put(PublicNoticeProcess.Variables.NOTICE_REASON, "户主 230102198001011234 因病");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-y", idNumber))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("noticeReason", "身份证号");
    var phone = noticeVariables();
    phone.put(PublicNoticeProcess.Variables.NOTICE_TITLE, "联系电话 138-1234-5678");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-z", phone))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("noticeTitle");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("HI-x").count()).isZero();
  }

  static java.util.HashMap<String, Object> noticeVariables() {
    var variables = new java.util.HashMap<String, Object>();
    variables.put(PublicNoticeProcess.Variables.DISTRICT_CODE, "daoli");
    variables.put(PublicNoticeProcess.Variables.NOTICE_KIND, "household");
    variables.put(PublicNoticeProcess.Variables.NOTICE_TITLE, "关于拟认定即时帮扶人口的公示");
    variables.put(PublicNoticeProcess.Variables.NOTICE_VILLAGE, "新农村");
    variables.put(PublicNoticeProcess.Variables.NOTICE_PERSON, "张**");
    variables.put(PublicNoticeProcess.Variables.NOTICE_CATEGORY, "一般农户有致贫风险");
    variables.put(PublicNoticeProcess.Variables.NOTICE_REASON, "因病");
    return variables;
  }

  private ProcessInstance requested() {
    at(REQUESTED);
    return runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-daoli-2020-" + UUID.randomUUID(),
        noticeVariables());
  }

  private ProcessInstance postedNotice() {
    var instance = requested();
    posted(instance, "2020-09-28");
    return instance;
  }

  private void posted(ProcessInstance instance, String postedOn) {
    at(POSTED);
    completed("lina", task(instance), Map.of(POSTED_ON, postedOn));
  }

  private void completed(String official, Task task, Map<String, Object> values) {
    var reply = cases.complete(official, task.getId(), values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Job timer(ProcessInstance instance, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEventId).singleResult();
  }

  private Object outcome(ProcessInstance instance) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(NOTICE_OUTCOME).singleResult().getValue();
  }

  private static Map<String, Object> objection(ProcessInstance instance, String content) {
    return Map.of("messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED, "businessKey", instance.getBusinessKey(),
        "processVariables", Http.variables(Map.of(OBJECTION_CONTENT, content)));
  }

  /** 赵刚, a village committee member of another district (no demo user is one). */
  static void aVillageCommitteeMemberOf(IdentityService identityService, String district, String userId) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    var user = identityService.newUser(userId);
    user.setFirstName("赵");
    user.setLastName("刚");
    user.setPassword(OTHER_DISTRICT_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, "village-committees");
    identityService.createTenantUserMembership(district, userId);
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** A case calling the notice as the household process does. */
  private static final String CALLER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_NoticeCaller" targetNamespace="test">
        <bpmn:process id="notice-caller" name="公示调用测试" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Test" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Test" targetRef="CallActivity_PublicNotice" />
          <bpmn:callActivity id="CallActivity_PublicNotice" name="村级公示" calledElement="public-notice">
            <bpmn:extensionElements>
              <camunda:in businessKey="#{execution.processBusinessKey}" />
              <camunda:in source="districtCode" target="districtCode" />
              <camunda:in source="noticeKind" target="noticeKind" />
              <camunda:in source="noticeTitle" target="noticeTitle" />
              <camunda:in source="noticeVillage" target="noticeVillage" />
              <camunda:in source="noticePerson" target="noticePerson" />
              <camunda:in source="noticeCategory" target="noticeCategory" />
              <camunda:in source="noticeReason" target="noticeReason" />
              <camunda:out source="noticeOutcome" target="noticeOutcome" />
            </bpmn:extensionElements>
          </bpmn:callActivity>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="CallActivity_PublicNotice" targetRef="UserTask_AfterNotice" />
          <bpmn:userTask id="UserTask_AfterNotice" name="公示之后" />
          <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_AfterNotice" targetRef="EndEvent_Test" />
          <bpmn:endEvent id="EndEvent_Test" />
        </bpmn:process>
      </bpmn:definitions>
      """;
}
