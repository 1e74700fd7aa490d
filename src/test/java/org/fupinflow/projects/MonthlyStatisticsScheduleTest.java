package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Elements.TASK_CONFIRM_STATISTICS;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Elements.TIMER_CONFIRM_STATISTICS_OVERDUE;
import static org.fupinflow.projects.MonthlyStatisticsProcess.Elements.TIMER_CONFIRM_STATISTICS_STILL_OVERDUE;
import static org.fupinflow.projects.MonthlyStatisticsScheduleProcess.Elements.START_MONTH_BEGUN;
import static org.fupinflow.support.CityWideSchedule.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.support.Cases;
import org.fupinflow.support.CityWideSchedule;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: on the 1st of each month every district confirms the month before's statistics within 5 working days
 * (our own service level). The schedule fires on Wednesday 1 July 2020 at 08:00 in the JVM's zone (cron; the 1st in
 * China too for zones from UTC-7 to UTC+14) and files June 2020; 5 working days from the 1st are Thursday 2, Friday 3,
 * Monday 6, Tuesday 7 and Wednesday 8 July (no holiday that week), due at its end in China.
 */
@IntegrationTest
class MonthlyStatisticsScheduleTest {

  /** The evening of 30 June in China and in every JVM zone from UTC-7 to UTC+14 before 08:00 on 1 July. */
  private static final Instant END_OF_JUNE = Instant.parse("2020-06-30T12:00:00Z");
  private static final Instant END_OF_8_JULY = Instant.parse("2020-07-08T15:59:59Z");
  /** Two working days later: Thursday 9 and Friday 10 July. */
  private static final Instant SECOND_LEVEL = Instant.parse("2020-07-10T15:59:59Z");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine processEngine;
  private CityWideSchedule schedule;
  /** Harbin's 18 and the districts other tests made for themselves: the schedule serves every one. */
  private int everyDistrict;

  @BeforeEach
  void theMonthlySchedule() {
    schedule = new CityWideSchedule(processEngine, MonthlyStatisticsScheduleProcess.KEY, START_MONTH_BEGUN,
        MonthlyStatisticsProcess.KEY, MonthlyStatisticsProcess.BUSINESS_KEY_PREFIX);
    everyDistrict = schedule.districts().size();
  }

  @AfterEach
  void removeTheCasesAndRearmTheSchedule() {
    schedule.cleanUp();
    jdbc.update("DELETE FROM monthly_statistics_confirmation WHERE statistics_month = '2020-06'");
  }

  @Test
  void onThe1stEveryDistrictGetsOneConfirmationOfTheMonthBeforeDueFiveWorkingDaysLater() {
    at(END_OF_JUNE);
    schedule.rearm();
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 7, 1, 8, 0));
    runScheduleWhenDue();

    var districts = schedule.districts();
    assertThat(OwnDistricts.harbinsOwn(districts)).containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    var tasks = schedule.tasks();
    assertThat(tasks).hasSize(everyDistrict);
    assertThat(tasks).extracting(Task::getTenantId).containsExactlyInAnyOrderElementsOf(districts);
    for (var task : tasks) {
      assertThat(task.getName()).isEqualTo("确认月统计");
      assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_CONFIRM_STATISTICS);
      assertThat(task.getDueDate().toInstant()).isEqualTo(END_OF_8_JULY);
      assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
          .containsExactly("district-poverty-office");
      assertThat(schedule.businessKeyOf(task)).isEqualTo("MS-" + task.getTenantId() + "-2020-06");
      assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "statisticsMonth")).isEqualTo("2020-06");
    }
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2020, 8, 1, 8, 0));
    // 道里区's poverty office sees its own confirmation only.
    var seenByDaoli = http.get("chenjing", "/engine-rest/task?processDefinitionKey=" + MonthlyStatisticsProcess.KEY);
    assertThat(seenByDaoli.status()).as(seenByDaoli.body()).isEqualTo(200);
    assertThat(seenByDaoli.json().findValuesAsText("tenantId")).containsExactly("daoli");
  }

  @Test
  void runningTheScheduleAgainInTheSameMonthCreatesNoSecondCase() {
    firstOfJuly();
    at(Instant.parse("2020-07-02T02:00:00Z"));
    schedule.run(); // a retry, or an administrator executing the re-armed timer early

    assertThat(schedule.tasks()).hasSize(everyDistrict);
    var started = historyService.createHistoricVariableInstanceQuery().variableName("casesStarted").list().stream()
        .map(variable -> variable.getValue()).toList();
    assertThat(started).containsExactlyInAnyOrder(everyDistrict, 0);
  }

  @Test
  void daolisOfficeConfirmsJuneAndTheReportShowsWhoAndWhen() {
    var task = daolisConfirmationForJune();
    assertThat(confirmation()).as("unconfirmed").isNull();

    var unchecked = cases.complete("chenjing", task.getId(), Map.of("statisticsConfirmed", false));
    assertThat(unchecked.status()).as(unchecked.body()).isEqualTo(400);
    assertThat(unchecked.json().get("message").asText()).contains("statisticsConfirmed", "请核对月统计后勾选确认");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    at(Instant.parse("2020-07-03T02:30:00Z"));
    var confirmed = cases.complete("chenjing", task.getId(),
        Map.of("statisticsConfirmed", true, "confirmationRemark", "6月拨付已核对"));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getEndActivityId()).isEqualTo(MonthlyStatisticsProcess.Elements.END_STATISTICS_CONFIRMED);

    var row = jdbc.queryForMap("SELECT * FROM monthly_statistics_confirmation WHERE district = 'daoli' AND statistics_month = '2020-06'");
    assertThat(row.get("CONFIRMED_BY")).isEqualTo("chenjing");
    assertThat(((Timestamp) row.get("CONFIRMED_AT")).toInstant()).isEqualTo(Instant.parse("2020-07-03T02:30:00Z"));
    assertThat(row.get("REMARK")).isEqualTo("6月拨付已核对");

    var confirmation = confirmation();
    assertThat(confirmation.get("by").asText()).isEqualTo("chenjing");
    assertThat(Instant.parse(confirmation.get("at").asText())).isEqualTo(Instant.parse("2020-07-03T02:30:00Z"));
    assertThat(confirmation.get("at").asText()).endsWith("+08:00");
    assertThat(confirmation.get("remark").asText()).isEqualTo("6月拨付已核对");
  }

  @Test
  void anAdministratorMayConfirmInsteadOfTheDistrict() {
    var task = daolisConfirmationForJune();

    var confirmed = cases.complete("demo", task.getId(), Map.of("statisticsConfirmed", true));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    assertThat(confirmation().get("by").asText()).isEqualTo("demo");
    assertThat(confirmation().get("remark").isNull()).isTrue();
  }

  @Test
  void anotherDistrictsOfficeCannotConfirmDaolisMonth() {
    var task = daolisConfirmationForJune();

    var hulan = cases.complete("yangmin", task.getId(), Map.of("statisticsConfirmed", true));
    assertThat(hulan.status()).as("呼兰区's office: " + hulan.body()).isEqualTo(404);
    var township = cases.complete("zhangwei", task.getId(), Map.of("statisticsConfirmed", true));
    assertThat(township.status()).as("a township officer: " + township.body()).isEqualTo(404);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_statistics_confirmation WHERE statistics_month = '2020-06'",
        Long.class)).isZero();
  }

  @Test
  void theConfirmationAcceptsOnlyItsFormsVariables() {
    var task = daolisConfirmationForJune();

    var smuggled = cases.complete("chenjing", task.getId(), Map.of("statisticsConfirmed", true, "districtCode", "hulan"));
    assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(400);
    assertThat(smuggled.body()).contains("districtCode");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void nobodyStartsAMonthlyStatisticsCaseByHand() {
    var running = runtimeService.createProcessInstanceQuery().processDefinitionKey(MonthlyStatisticsProcess.KEY).count();
    for (var key : List.of(MonthlyStatisticsProcess.KEY, MonthlyStatisticsScheduleProcess.KEY)) {
      for (var official : List.of("chenjing", "demo")) {
        var started = http.post(official, "/engine-rest/process-definition/key/" + key + "/start",
            Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))));
        assertThat(started.status()).as(official + " starts " + key + ": " + started.body()).isEqualTo(403);
      }
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MonthlyStatisticsProcess.KEY).count())
        .isEqualTo(running);
  }

  @Test
  void anUnconfirmedMonthIsEscalatedAfterItsDeadline() {
    var task = daolisConfirmationForJune();
    assertThat(schedule.caseTimer(task, TIMER_CONFIRM_STATISTICS_OVERDUE).getDuedate().toInstant()).isEqualTo(END_OF_8_JULY);
    assertThat(schedule.caseTimer(task, TIMER_CONFIRM_STATISTICS_STILL_OVERDUE).getDuedate().toInstant()).isEqualTo(SECOND_LEVEL);

    schedule.assertFirstLevelEscalation(task, TIMER_CONFIRM_STATISTICS_OVERDUE, Instant.parse("2020-07-09T01:00:00Z"),
        "daoli", "MS-daoli-2020-06", "确认月统计", "道里区", "2020-07-08");
  }

  @Test
  void anOverwrittenMonthMovesNoDeadline() {
    var task = daolisConfirmationForJune();
    runtimeService.setVariable(task.getProcessInstanceId(), "statisticsMonth", "2020-09");
    for (var timer : List.of(TIMER_CONFIRM_STATISTICS_OVERDUE, TIMER_CONFIRM_STATISTICS_STILL_OVERDUE)) {
      managementService.recalculateJobDuedate(schedule.caseTimer(task, timer).getId(), false);
    }
    assertThat(schedule.caseTimer(task, TIMER_CONFIRM_STATISTICS_OVERDUE).getDuedate().toInstant()).isEqualTo(END_OF_8_JULY);
    assertThat(schedule.caseTimer(task, TIMER_CONFIRM_STATISTICS_STILL_OVERDUE).getDuedate().toInstant()).isEqualTo(SECOND_LEVEL);
  }

  private JsonNode confirmation() {
    var report = http.get("chenjing", "/api/projects/monthly-statistics?district=daoli&month=2020-06");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().has("confirmation")).as(report.body()).isTrue();
    var confirmation = report.json().get("confirmation");
    return confirmation.isNull() ? null : confirmation;
  }

  private Task daolisConfirmationForJune() {
    firstOfJuly();
    return schedule.tasks().stream().filter(task -> "daoli".equals(task.getTenantId())).findFirst().orElseThrow();
  }

  /** The schedule armed at the end of June fires on 1 July at 08:00 (JVM zone). */
  private void firstOfJuly() {
    at(END_OF_JUNE);
    schedule.rearm();
    runScheduleWhenDue();
  }

  /** Moves the engine clock to the timer's due date and runs it. */
  private void runScheduleWhenDue() {
    at(schedule.timer().getDuedate().toInstant());
    schedule.run();
  }
}
