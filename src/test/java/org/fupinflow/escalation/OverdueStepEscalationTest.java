package org.fupinflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_OVERDUE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.calendar.Deadlines;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 乡镇入户核实 is due 5 working days after the report reached the township. A risk reported on Monday
 * 28 Sep 2020 is due at the end of 12 Oct 2020 (National Day holidays 1–8 Oct, Saturday 10 Oct worked); the
 * city hears of it if it is still open at the end of 14 Oct.
 */
@IntegrationTest
class OverdueStepEscalationTest {

  private static final Instant REPORTED = Instant.parse("2020-09-28T02:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2020-10-12T15:59:59Z");
  private static final Instant SECOND_LEVEL = Instant.parse("2020-10-14T15:59:59Z");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired EscalationRecords records;
  @Autowired Deadlines deadlines;

  private JsonNode started;
  private Task step;

  @BeforeEach
  void aRiskIsReportedOnMonday28September2020() {
    at(REPORTED);
    started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28"));
    step = taskService.createTaskQuery().processInstanceId(instanceId()).singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theVerificationIsDueAtTheEndOfItsFifthWorkingDayInChina() {
    assertThat(step.getDueDate().toInstant()).isEqualTo(DEADLINE);
    assertThat(step.getDueDate()).as("the BPMN encodes the legal period of 001")
        .isEqualTo(deadlines.workingDays("2020-09-28", HouseholdIdentificationProcess.VERIFICATION_WORKING_DAYS));
    assertThat(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getDuedate().toInstant()).isEqualTo(DEADLINE);
    assertThat(timer(TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE).getDuedate().toInstant()).isEqualTo(SECOND_LEVEL);
    var overREST = http.get("zhangwei", "/engine-rest/task/" + step.getId()).json();
    var due = java.time.OffsetDateTime.parse(overREST.get("due").asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    assertThat(due.toInstant()).as("the same instant over REST, whatever the server's zone").isEqualTo(DEADLINE);
  }

  @Test
  void pastTheDeadlineTheDistrictGetsA督办TaskAndCockpitADeadlineOverdueIncident() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());

    var incident = openIncidents().get(0);
    assertThat(openIncidents()).hasSize(1);
    assertThat(incident.getExecutionId()).isEqualTo(step.getExecutionId());
    assertThat(incident.getActivityId()).isEqualTo("UserTask_VerifyHousehold");
    assertThat(incident.getIncidentMessage()).contains("一级督办", "乡镇入户核实", caseNumber(), "道里区", "2020-10-12");
    assertThat(incident.getTenantId()).isEqualTo("daoli");

    var record = records.openFor(step.getId()).get(0);
    assertThat(record.level()).isEqualTo(1);
    assertThat(record.caseKey()).isEqualTo(caseNumber());
    assertThat(record.district()).isEqualTo("daoli");
    assertThat(record.responsibleGroup()).isEqualTo("township-daoli-xinnong");
    assertThat(record.supervisingGroup()).isEqualTo("district-poverty-office");
    assertThat(record.deadline().toInstant()).isEqualTo(DEADLINE);
    assertThat(record.escalatedAt().toInstant()).isEqualTo(Instant.parse("2020-10-13T01:00:00Z"));

    var supervision = taskService.createTaskQuery().taskId(record.supervisionTaskId()).singleResult();
    assertThat(supervision.getName()).contains("督办", "乡镇入户核实", caseNumber());
    assertThat(supervision.getTenantId()).isEqualTo("daoli");
    assertThat(taskService.getIdentityLinksForTask(supervision.getId())).extracting("groupId").containsExactly("district-poverty-office");
    // The district poverty office of 道里区 finds it in Tasklist; 呼兰区's does not.
    assertThat(http.get("chenjing", "/engine-rest/task?candidateGroup=district-poverty-office").json().findValuesAsText("id"))
        .contains(supervision.getId());
    assertThat(http.get("yangmin", "/engine-rest/task?candidateGroup=district-poverty-office").json().findValuesAsText("id"))
        .doesNotContain(supervision.getId());
  }

  @Test
  void stillOpenTwoWorkingDaysLaterTheCitysSupervisorsAreTold() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());
    at(Instant.parse("2020-10-15T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE).getId());

    var open = records.openFor(step.getId());
    assertThat(open).extracting(EscalationRecord::level).containsExactly(1, 2);
    var levelTwo = open.get(1);
    assertThat(levelTwo.supervisingGroup()).isEqualTo("supervisors");
    assertThat(taskService.getIdentityLinksForTask(levelTwo.supervisionTaskId())).extracting("groupId")
        .containsExactly("supervisors");
    assertThat(openIncidents()).extracting(Incident::getIncidentMessage)
        .anyMatch(message -> message.contains("二级督办"));
    assertThat(http.get("wuqiang", "/engine-rest/task?candidateGroup=supervisors").json().findValuesAsText("id"))
        .contains(levelTwo.supervisionTaskId());
  }

  @Test
  void completingTheOverdueStepResolvesItsIncidentsAndRecordsHowLateItWas() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());
    at(Instant.parse("2020-10-15T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE).getId());
    var escalated = records.openFor(step.getId());

    at(Instant.parse("2020-10-15T03:00:00Z"));
    var reply = cases.complete("zhangwei", step.getId(),
        Map.of("verifiedOn", "2020-10-15", "riskConfirmed", true, "verificationNote", "已入户核实"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);

    assertThat(openIncidents()).isEmpty();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instanceId()).resolved().count()).isEqualTo(2);
    assertThat(records.openFor(step.getId())).isEmpty();
    var closed = records.find(null, null, "UserTask_VerifyHousehold", false, null, null).stream()
        .filter(record -> record.taskId().equals(step.getId())).toList();
    assertThat(closed).hasSize(2).allSatisfy(record -> {
      assertThat(record.lateWorkingDays()).isEqualTo(3); // 13, 14 and 15 October
      assertThat(record.completedAt().toInstant()).isEqualTo(Instant.parse("2020-10-15T03:00:00Z"));
    });
    for (var record : escalated) {
      assertThat(taskService.createTaskQuery().taskId(record.supervisionTaskId()).count()).isZero();
      assertThat(historyService.createHistoricTaskInstanceQuery().taskId(record.supervisionTaskId()).singleResult()
          .getDeleteReason()).isEqualTo(OverdueSteps.WITHDRAWN);
    }
  }

  @Test
  void aStepCompletedJustBeforeItsDeadlineIsNeverEscalated() {
    at(Instant.parse("2020-10-12T15:58:00Z"));
    var reply = cases.complete("zhangwei", step.getId(),
        Map.of("verifiedOn", "2020-10-12", "riskConfirmed", true, "verificationNote", "已入户核实"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);

    assertThat(managementService.createJobQuery().processInstanceId(instanceId()).activityId(TIMER_VERIFY_HOUSEHOLD_OVERDUE)
        .count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instanceId())
        .activityId(HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE).count()).isZero();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instanceId()).count()).isZero();
    assertThat(records.find(null, null, null, null, null, null)).noneMatch(record -> record.taskId().equals(step.getId()));
  }

  @Test
  void anIntegratorExecutesTheDueTimerOverRestAndFindsTheIncident() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    var job = timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE);
    var executed = http.post("demo", "/engine-rest/job/" + job.getId() + "/execute", Map.of());
    assertThat(executed.status()).as(executed.body()).isEqualTo(204);

    var found = http.get("wuqiang", "/engine-rest/incident?incidentType=deadlineOverdue&processInstanceId=" + instanceId());
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json()).hasSize(1);
    assertThat(found.json().get(0).get("incidentMessage").asText()).contains("乡镇入户核实", caseNumber());
    assertThat(http.get("yangmin", "/engine-rest/incident?incidentType=deadlineOverdue&processInstanceId=" + instanceId())
        .json()).isEmpty();
  }

  @Test
  void escalationRecordsAreListedForOverseersOfTheirDistrictOnly() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());

    assertThat(http.get("chenjing", "/api/escalations?open=true&district=daoli").json().findValuesAsText("taskId"))
        .contains(step.getId());
    assertThat(http.get("wuqiang", "/api/escalations?step=UserTask_VerifyHousehold&from=2020-10-13&to=2020-10-13").json()
        .findValuesAsText("caseKey")).contains(caseNumber());
    assertThat(http.get("wuqiang", "/api/escalations?from=2020-10-14").json().findValuesAsText("caseKey"))
        .doesNotContain(caseNumber());
    assertThat(http.get("yangmin", "/api/escalations").json().findValuesAsText("taskId")).doesNotContain(step.getId());
    assertThat(http.get("zhangwei", "/api/escalations").status()).isEqualTo(403);
    var malformed = http.get("wuqiang", "/api/escalations?from=2020-13-01");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText()).contains("参数 from 格式错误", "Parameter from is malformed");
  }

  @Test
  void officialsSeeTheOverdueStepInTheirFilterAndTheDueSoonOneBeforeIt() {
    at(Instant.parse("2020-10-12T01:00:00Z")); // the last day
    assertThat(filterTaskIds("即将到期")).contains(step.getId());
    assertThat(filterTaskIds("已超期")).doesNotContain(step.getId());

    at(Instant.parse("2020-10-13T01:00:00Z"));
    assertThat(filterTaskIds("已超期")).contains(step.getId());
    assertThat(filterTaskIds("即将到期")).doesNotContain(step.getId());
  }

  private List<String> filterTaskIds(String filterName) {
    identityService.setAuthentication("zhangwei", List.of("township-officers", "township-daoli-xinnong"), List.of("daoli"));
    try {
      var filter = filterService.createFilterQuery().filterName(filterName).singleResult();
      return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private org.camunda.bpm.engine.runtime.Job timer(String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instanceId()).activityId(boundaryEventId).singleResult();
  }

  private List<Incident> openIncidents() {
    return runtimeService.createIncidentQuery().processInstanceId(instanceId()).incidentType(Escalation.INCIDENT_TYPE).list();
  }

  private String instanceId() {
    return started.get("id").asText();
  }

  private String caseNumber() {
    return started.get("businessKey").asText();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
