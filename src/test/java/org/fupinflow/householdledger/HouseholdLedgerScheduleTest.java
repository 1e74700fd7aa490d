package org.fupinflow.householdledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Elements.TASK_SUBMIT_HOUSEHOLD_LEDGER;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Elements.TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Elements.TIMER_SUBMIT_HOUSEHOLD_LEDGER_STILL_OVERDUE;
import static org.fupinflow.householdledger.HouseholdLedgerScheduleProcess.Elements.START_LEDGER_DAY_REACHED;
import static org.fupinflow.support.CityWideSchedule.at;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.support.Cases;
import org.fupinflow.support.CityWideSchedule;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 001: districts send the ledger to the city on the 15th and 29th. Thursday 15 October 2020 at 10:00 China
 * time (02:00 UTC) is the 15th in every JVM zone from UTC to UTC+8.
 */
@IntegrationTest
class HouseholdLedgerScheduleTest {

  private static final Instant LEDGER_DAY_MORNING = Instant.parse("2020-10-15T02:00:00Z");
  private static final Instant END_OF_LEDGER_DAY = Instant.parse("2020-10-15T15:59:59Z");
  /** Two working days later: Friday 16 and Monday 19 October. */
  private static final Instant SECOND_LEVEL = Instant.parse("2020-10-19T15:59:59Z");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngine processEngine;
  private CityWideSchedule schedule;
  /** Harbin's 18 and the districts other tests made for themselves: the schedule serves every one. */
  private int everyDistrict;

  @BeforeEach
  void theLedgerSchedule() {
    schedule = new CityWideSchedule(processEngine, HouseholdLedgerScheduleProcess.KEY, START_LEDGER_DAY_REACHED,
        HouseholdLedgerReportProcess.KEY, HouseholdLedgerReportProcess.BUSINESS_KEY_PREFIX);
    everyDistrict = schedule.districts().size();
  }

  @AfterEach
  void removeTheReportsAndRearmTheSchedule() {
    schedule.cleanUp();
  }

  @Test
  void onThe15thEveryDistrictGetsOneLedgerTaskInItsTenantDueAtTheEndOfThatDayInChina() {
    at(LEDGER_DAY_MORNING);
    schedule.run();

    var districts = schedule.districts();
    assertThat(OwnDistricts.harbinsOwn(districts)).containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    var tasks = schedule.tasks();
    assertThat(tasks).hasSize(everyDistrict);
    assertThat(tasks).extracting(Task::getTenantId).containsExactlyInAnyOrderElementsOf(districts);
    for (var task : tasks) {
      assertThat(task.getName()).isEqualTo("报送监测户和即时帮扶人口台账");
      assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_SUBMIT_HOUSEHOLD_LEDGER);
      assertThat(task.getDueDate().toInstant()).isEqualTo(END_OF_LEDGER_DAY);
      assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
          .containsExactly("district-poverty-office");
      var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
      assertThat(instance.getBusinessKey()).isEqualTo("HL-" + task.getTenantId() + "-2020-10-15");
    }
    // 道里区's poverty office sees 道里区's ledger tasks (this one, and any another test left), no other district's.
    var seenByDaoli = http.get("chenjing", "/engine-rest/task?processDefinitionKey=" + HouseholdLedgerReportProcess.KEY);
    assertThat(seenByDaoli.status()).as(seenByDaoli.body()).isEqualTo(200);
    assertThat(seenByDaoli.json().findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(taskService.createTaskQuery()
        .processDefinitionKey(HouseholdLedgerReportProcess.KEY).tenantIdIn("daoli").list().stream().map(Task::getId)
        .toList());
    assertThat(seenByDaoli.json().findValuesAsText("id")).contains(tasks.stream()
        .filter(task -> "daoli".equals(task.getTenantId())).findFirst().orElseThrow().getId());
  }

  @Test
  void runningTheScheduleAgainOnTheSameDayCreatesNoSecondReport() {
    at(LEDGER_DAY_MORNING);
    schedule.run();
    schedule.run(); // the re-armed timer, executed early (by an administrator, or a retry)

    assertThat(schedule.tasks()).hasSize(everyDistrict);
    var started = historyService.createHistoricVariableInstanceQuery().variableName("reportsStarted").list().stream()
        .map(variable -> variable.getValue()).toList();
    assertThat(started).containsExactlyInAnyOrder(everyDistrict, 0);
  }

  @Test
  void afterThe15thTheNextLedgerIsFiledOnThe29th() {
    at(LEDGER_DAY_MORNING);
    schedule.run();
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 10, 28, 1, 0));

    at(Instant.parse("2020-10-28T02:00:00Z"));
    schedule.run();
    assertThat(schedule.tasks()).as("the 28th of October is no ledger day").hasSize(everyDistrict);
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 10, 29, 1, 0));
    assertThat(ChinaTime.dateOf(schedule.timer().getDuedate())).isEqualTo(LocalDate.of(2020, 10, 29));

    at(Instant.parse("2020-10-29T02:00:00Z"));
    schedule.run();
    assertThat(schedule.tasks()).hasSize(2 * everyDistrict);
    assertThat(schedule.tasks()).extracting(schedule::businessKeyOf).contains("HL-daoli-2020-10-15", "HL-daoli-2020-10-29");
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 11, 15, 1, 0));
  }

  @Test
  void februaryOfACommonYearFilesItsSecondLedgerOnThe28th() {
    at(Instant.parse("2021-02-15T02:00:00Z"));
    schedule.run();
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2021, 2, 28, 1, 0));

    at(Instant.parse("2021-02-28T02:00:00Z"));
    schedule.run();

    var secondLedger = schedule.tasks().stream().filter(task -> schedule.businessKeyOf(task).equals("HL-daoli-2021-02-28")).toList();
    assertThat(secondLedger).hasSize(1);
    assertThat(secondLedger.get(0).getDueDate().toInstant()).isEqualTo(Instant.parse("2021-02-28T15:59:59Z"));
    assertThat(schedule.tasks()).hasSize(2 * everyDistrict);
    assertThat(schedule.firesAt()).as("no 29 February in 2021").isEqualTo(LocalDateTime.of(2021, 3, 15, 1, 0));
  }

  @Test
  void inALeapYearThe28thOfFebruaryFilesNothingAndThe29thFilesTheSecondLedger() {
    at(Instant.parse("2024-02-15T02:00:00Z"));
    schedule.run();

    at(Instant.parse("2024-02-28T02:00:00Z"));
    schedule.run();
    assertThat(schedule.tasks()).hasSize(everyDistrict);
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2024, 2, 29, 1, 0));

    at(Instant.parse("2024-02-29T02:00:00Z"));
    schedule.run();
    assertThat(schedule.tasks()).hasSize(2 * everyDistrict);
    assertThat(schedule.tasks()).extracting(schedule::businessKeyOf).contains("HL-daoli-2024-02-15", "HL-daoli-2024-02-29");
  }

  @Test
  void anUnsentLedgerIsEscalatedAfterTheEndOfItsDay() {
    var task = daolisLedgerTaskOn15October();
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE).getDuedate().toInstant()).isEqualTo(END_OF_LEDGER_DAY);
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_HOUSEHOLD_LEDGER_STILL_OVERDUE).getDuedate().toInstant()).isEqualTo(SECOND_LEVEL);

    schedule.assertFirstLevelEscalation(task, TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE,
        Instant.parse("2020-10-16T01:00:00Z"), "daoli", "HL-daoli-2020-10-15", "报送监测户和即时帮扶人口台账", "道里区",
        "2020-10-15");
  }

  @Test
  void theDistrictCompletesItsLedgerTaskOnlyOnceItConfirmsTheLedgerWasSent() {
    var task = daolisLedgerTaskOn15October();

    var unconfirmed = cases.complete("chenjing", task.getId(), Map.of("ledgerSubmitted", false));
    assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(400);
    assertThat(unconfirmed.json().get("message").asText()).contains("ledgerSubmitted", "请先将台账报送市扶贫办");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    var confirmed = cases.complete("chenjing", task.getId(), Map.of("ledgerSubmitted", true, "ledgerNote", "已按时报送"));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getEndActivityId()).isEqualTo(HouseholdLedgerReportProcess.Elements.END_HOUSEHOLD_LEDGER_SUBMITTED);
  }

  @Test
  void anAdministratorExecutingTheScheduleJobStartsEveryDistrictsReport() {
    at(LEDGER_DAY_MORNING);
    var executed = http.post("demo", "/engine-rest/job/" + schedule.timer().getId() + "/execute", Map.of());
    assertThat(executed.status()).as(executed.body()).isEqualTo(204);
    assertThat(schedule.tasks()).hasSize(everyDistrict);
  }

  @Test
  void anOverwrittenLedgerDateMovesNoDeadline() {
    var task = daolisLedgerTaskOn15October();
    runtimeService.setVariable(task.getProcessInstanceId(), "ledgerDate", "2020-10-29");
    runtimeService.setVariable(task.getProcessInstanceId(), "districtCode", "daowai");
    for (var timer : List.of(TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE, TIMER_SUBMIT_HOUSEHOLD_LEDGER_STILL_OVERDUE)) {
      managementService.recalculateJobDuedate(schedule.caseTimer(task, timer).getId(), false);
    }
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE).getDuedate().toInstant()).isEqualTo(END_OF_LEDGER_DAY);
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_HOUSEHOLD_LEDGER_STILL_OVERDUE).getDuedate().toInstant()).isEqualTo(SECOND_LEVEL);
  }

  private Task daolisLedgerTaskOn15October() {
    at(LEDGER_DAY_MORNING);
    schedule.run();
    return schedule.tasks().stream().filter(task -> "daoli".equals(task.getTenantId())).findFirst().orElseThrow();
  }
}
