package org.fupinflow.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_POST_NOTICE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_RECORD_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fupinflow.security.MessageRule;
import org.fupinflow.security.Roles;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Objections raised by a village committee without rights on the notice's process instance: through
 * {@code POST /api/public-notices/{caseNumber}/objections} and through the {@code PublicNoticeObjection} message
 * rule. Village committees hold no instance rights here (revoked before each test, restored after, for as long as
 * the grant exists); every refusal leaves the notice as it was.
 */
@IntegrationTest
class NoticeObjectionsTest {

  static final String LINA = "lina";
  static final List<String> VILLAGE_COMMITTEE = List.of(Roles.VILLAGE_COMMITTEES.groupId());

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired PublicNotices notices;
  @Autowired @Qualifier("publicNoticeObjectionRule") MessageRule rule;

  @BeforeEach
  void villageCommitteesHoldNoInstanceRights() {
    assertThat(authorizationService.isUserAuthorized(LINA, VILLAGE_COMMITTEE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
        Resources.PROCESS_DEFINITION, PublicNoticeProcess.KEY)).isFalse();
    assertThat(authorizationService.isUserAuthorized(LINA, VILLAGE_COMMITTEE, Permissions.UPDATE,
        Resources.PROCESS_INSTANCE, "*")).isFalse();
  }

  @AfterEach
  void resetClockAndAuthentication() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aVillageCommitteeRaisesAnObjectionThroughTheApiAndTheDistrictIsAskedToDecide() {
    var instance = postedNotice();
    at("2020-09-30T02:00:00Z");

    var reply = http.post(LINA, path(instance.getBusinessKey()), Map.of(OBJECTION_CONTENT, "群众反映该户收入情况不实"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var objection = notices.objections(notices.require(instance.getId()).id()).get(0);
    assertThat(reply.json().get("id").asText()).isEqualTo(objection.id());
    assertThat(reply.json().get("caseNumber").asText()).isEqualTo(instance.getBusinessKey());
    assertThat(reply.json().get("raisedBy").asText()).isEqualTo(LINA);
    assertThat(OffsetDateTime.parse(reply.json().get("raisedAt").asText()))
        .isEqualTo(OffsetDateTime.parse("2020-09-30T10:00:00+08:00"));
    assertThat(reply.json().get("raisedAt").asText()).endsWith("+08:00");
    assertThat(objection.raisedBy()).isEqualTo(LINA);
    assertThat(objection.content()).isEqualTo("群众反映该户收入情况不实");
    assertThat(instance).isWaitingAt(TASK_DECIDE_OBJECTION);
    var decide = cases.taskOf("chenjing", instance.getId());
    assertThat(decide.get("name").asText()).isEqualTo("区县扶贫办处理公示异议");
  }

  @Test
  void theMessageRuleRaisesTheObjectionForTheOfficialTheEngineAuthenticated() {
    var instance = postedNotice();
    at("2020-09-30T02:00:00Z");
    assertThat(rule.messageName()).isEqualTo(PublicNoticeProcess.Messages.OBJECTION_RAISED);

    identityService.setAuthentication(LINA, VILLAGE_COMMITTEE, List.of("daoli"));
    rule.correlate(instance.getBusinessKey(), Map.of(OBJECTION_CONTENT, "该户家中有人在城区经商"));
    identityService.clearAuthentication();

    assertThat(instance).isWaitingAt(TASK_DECIDE_OBJECTION);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
        .isEqualTo("区县扶贫办处理公示异议");
    assertThat(notices.objections(notices.require(instance.getId()).id())).singleElement().satisfies(objection -> {
      assertThat(objection.raisedBy()).isEqualTo(LINA);
      assertThat(objection.content()).isEqualTo("该户家中有人在城区经商");
    });
  }

  @Test
  void aTownshipOfficerIsRefusedWith403() {
    var instance = postedNotice();

    var reply = http.post("zhangwei", path(instance.getBusinessKey()), Map.of(OBJECTION_CONTENT, "乡镇异议"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(reply.json().get("message").asText()).contains("只有村两委", "Only village committees");
    assertUnchanged(instance);
  }

  @Test
  void aVillageCommitteeOfAnotherDistrictIsAnsweredAsForAnUnknownCase() {
    var instance = postedNotice();
    PublicNoticeProcessTest.aVillageCommitteeMemberOf(identityService, "hulan", "zhaogang");
    var unknownCase = "HI-daoli-2020-" + UUID.randomUUID();

    var otherDistrict = http.postAs("zhaogang", PublicNoticeProcessTest.OTHER_DISTRICT_PASSWORD, path(instance.getBusinessKey()),
        Map.of(OBJECTION_CONTENT, "外区异议"));
    var unknown = http.post(LINA, path(unknownCase), Map.of(OBJECTION_CONTENT, "没有这个案件"));

    assertThat(otherDistrict.status()).as(otherDistrict.body()).isEqualTo(400);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(otherDistrict.json().get("message").asText()).contains(instance.getBusinessKey());
    assertThat(otherDistrict.json().get("type")).isEqualTo(unknown.json().get("type"));
    assertThat(otherDistrict.json().get("message").asText().replace(instance.getBusinessKey(), "<case>"))
        .isEqualTo(unknown.json().get("message").asText().replace(unknownCase, "<case>"));

    identityService.setAuthentication("zhaogang", VILLAGE_COMMITTEE, List.of("hulan"));
    assertThatThrownBy(() -> rule.correlate(instance.getBusinessKey(), Map.of(OBJECTION_CONTENT, "外区异议")))
        .isInstanceOf(BadUserRequestException.class).hasMessage(otherDistrict.json().get("message").asText());
    identityService.clearAuthentication();
    assertUnchanged(instance);
  }

  @Test
  void anEmptyOrTooLongObjectionIsRefusedNamingObjectionContent() {
    var instance = postedNotice();

    var empty = http.post(LINA, path(instance.getBusinessKey()), Map.of(OBJECTION_CONTENT, " "));
    var missing = http.post(LINA, path(instance.getBusinessKey()), Map.of());
    var tooLong = http.post(LINA, path(instance.getBusinessKey()), Map.of(OBJECTION_CONTENT, "异".repeat(1001)));

    for (var reply : List.of(empty, missing)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("objectionContent：公示异议内容必填");
    }
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.json().get("message").asText()).contains("objectionContent", "不能超过1000字");
    identityService.setAuthentication(LINA, VILLAGE_COMMITTEE, List.of("daoli"));
    assertThatThrownBy(() -> rule.correlate(instance.getBusinessKey(), null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("objectionContent");
    identityService.clearAuthentication();
    assertUnchanged(instance);
  }

  @Test
  void anyOtherVariableIsRefusedNamingIt() {
    var instance = postedNotice();

    var reply = http.post(LINA, path(instance.getBusinessKey()),
        Map.of(OBJECTION_CONTENT, "群众反映收入不实", "noticeEndsOn", "2020-12-31"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).startsWith("noticeEndsOn：").contains("只接受 objectionContent");
    identityService.setAuthentication(LINA, VILLAGE_COMMITTEE, List.of("daoli"));
    assertThatThrownBy(() -> rule.correlate(instance.getBusinessKey(),
        Map.of(OBJECTION_CONTENT, "群众反映收入不实", "objectionUpheld", true, "postedOn", "2020-09-30")))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("objectionUpheld, postedOn：");
    identityService.clearAuthentication();
    assertUnchanged(instance);
    assertThat(runtimeService.getVariable(instance.getId(), PublicNoticeProcess.Variables.NOTICE_ENDS_ON))
        .isEqualTo("2020-10-03");
  }

  @Test
  void noObjectionIsTakenBeforePostingWhileOneWaitsOrAfterThePeriod() {
    var requested = requestedNotice();
    assertNoNoticeInPeriod(requested);
    assertThat(requested).isWaitingAt(TASK_POST_NOTICE);
    assertThat(notices.ofProcessInstance(requested.getId())).isEmpty();

    var waiting = postedNotice();
    at("2020-09-30T02:00:00Z");
    assertThat(http.post(LINA, path(waiting.getBusinessKey()), Map.of(OBJECTION_CONTENT, "第一条异议")).status()).isEqualTo(201);
    assertNoNoticeInPeriod(waiting);
    assertThat(waiting).isWaitingAt(TASK_DECIDE_OBJECTION);
    assertThat(notices.objections(notices.require(waiting.getId()).id())).hasSize(1);

    var lastDayOver = postedNotice();
    at("2020-10-03T16:00:01Z");
    assertNoNoticeInPeriod(lastDayOver);
    assertUnchanged(lastDayOver);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(lastDayOver.getId())
        .activityId(NOTICE_PERIOD_ENDED).singleResult().getId());
    assertNoNoticeInPeriod(lastDayOver);
    assertThat(lastDayOver).isEnded();
    assertThat(notices.objections(notices.require(lastDayOver.getId()).id())).isEmpty();
  }

  private void assertNoNoticeInPeriod(ProcessInstance instance) {
    var reply = http.post(LINA, path(instance.getBusinessKey()), Map.of(OBJECTION_CONTENT, "群众反映收入不实"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains(instance.getBusinessKey(), "没有处于公示期的村级公示");
  }

  /** Still in its period: no objection recorded, no decision asked for. */
  private void assertUnchanged(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_RECORD_OBJECTION);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_DECIDE_OBJECTION)
        .count()).isZero();
    assertThat(notices.objections(notices.require(instance.getId()).id())).isEmpty();
  }

  private ProcessInstance requestedNotice() {
    ClockUtil.setCurrentTime(Date.from(PublicNoticeProcessTest.REQUESTED));
    return runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-daoli-2020-" + UUID.randomUUID(),
        PublicNoticeProcessTest.noticeVariables());
  }

  /** Posted on 28 Sep 2020 by 道里区's village committee; the period runs to the end of 3 Oct. */
  private ProcessInstance postedNotice() {
    var instance = requestedNotice();
    ClockUtil.setCurrentTime(Date.from(PublicNoticeProcessTest.POSTED));
    var post = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    var reply = cases.complete(LINA, post.getId(), Map.of(POSTED_ON, "2020-09-28"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    return instance;
  }

  private static String path(String caseNumber) {
    return "/api/public-notices/" + caseNumber + "/objections";
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
