package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements.TASK_SCORE_EVIDENCE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements.TASK_SUBMIT_MATERIALS;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements.TIMER_SCORE_EVIDENCE_OVERDUE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements.TIMER_SUBMIT_MATERIALS_OVERDUE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements.TIMER_SUBMIT_MATERIALS_STILL_OVERDUE;
import static org.fupinflow.evaluation.PerformanceEvaluationScheduleProcess.Elements.START_DECEMBER_BEGUN;
import static org.fupinflow.support.CityWideSchedule.at;

import java.math.BigDecimal;
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
 * Issue 13, seed 002: on 1 December every district gets its performance evaluation of the year; its poverty office
 * submits the materials by the end of 25 December (第十条); the city poverty office scores the evidence within 10
 * working days of their arrival (our own service level) and the grade is published. The schedule fires on Tuesday
 * 1 December 2022 at 08:00 in the JVM's zone (cron; 1 December in China too for zones from UTC-7 to UTC+14).
 */
@IntegrationTest
class PerformanceEvaluationCaseTest {

  /** The evening of 30 November in China and in every JVM zone from UTC-7 to UTC+14 before 08:00 on 1 December. */
  private static final Instant END_OF_NOVEMBER = Instant.parse("2022-11-30T12:00:00Z");
  /** 25 December 2022 (a Sunday: a fixed date, not moved), 24:00 China time. */
  private static final Instant END_OF_25_DECEMBER = Instant.parse("2022-12-25T15:59:59Z");
  /** Two working days later: Monday 26 and Tuesday 27 December. */
  private static final Instant SECOND_LEVEL = Instant.parse("2022-12-27T15:59:59Z");
  /** Thursday 8 December 2022, 10:00 China time. */
  private static final Instant MATERIALS_ARRIVE = Instant.parse("2022-12-08T02:00:00Z");
  /** 10 working days after 8 December: 9, 12–16, 19–22 December. */
  private static final Instant SCORING_DUE = Instant.parse("2022-12-22T15:59:59Z");

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
  void theYearlySchedule() {
    schedule = new CityWideSchedule(processEngine, PerformanceEvaluationScheduleProcess.KEY, START_DECEMBER_BEGUN,
        PerformanceEvaluationProcess.KEY, PerformanceEvaluationProcess.BUSINESS_KEY_PREFIX);
    everyDistrict = schedule.districts().size();
  }

  @AfterEach
  void removeTheCasesAndRearmTheSchedule() {
    schedule.cleanUp();
    for (var table : List.of("evaluation_materials", "evaluation_grade", "evaluation_evidence")) {
      jdbc.update("DELETE FROM " + table + " WHERE evaluation_year = 2022 AND district = 'daoli'");
    }
  }

  @Test
  void on1DecemberEveryDistrictGetsOneEvaluationDueAtTheEndOf25December() {
    at(END_OF_NOVEMBER);
    schedule.rearm();
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2022, 12, 1, 8, 0));
    runScheduleWhenDue();

    var districts = schedule.districts();
    assertThat(OwnDistricts.harbinsOwn(districts)).containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    var tasks = schedule.tasks();
    assertThat(tasks).hasSize(everyDistrict);
    assertThat(tasks).extracting(Task::getTenantId).containsExactlyInAnyOrderElementsOf(districts);
    for (var task : tasks) {
      assertThat(task.getName()).isEqualTo("报送绩效评价材料");
      assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_SUBMIT_MATERIALS);
      assertThat(task.getDueDate().toInstant()).isEqualTo(END_OF_25_DECEMBER);
      assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
          .containsExactly("district-poverty-office");
      assertThat(schedule.businessKeyOf(task)).isEqualTo("PE-" + task.getTenantId() + "-2022");
    }
    assertThat(schedule.firesAt()).isEqualTo(LocalDateTime.of(2023, 12, 1, 8, 0));
    var seenByDaoli = http.get("chenjing", "/engine-rest/task?processDefinitionKey=" + PerformanceEvaluationProcess.KEY);
    assertThat(seenByDaoli.status()).as(seenByDaoli.body()).isEqualTo(200);
    assertThat(seenByDaoli.json().findValuesAsText("tenantId")).containsExactly("daoli");
  }

  @Test
  void runningTheScheduleAgainInTheSameYearCreatesNoSecondCase() {
    firstOfDecember();
    at(Instant.parse("2022-12-02T02:00:00Z"));
    schedule.run();

    assertThat(schedule.tasks()).hasSize(everyDistrict);
  }

  @Test
  void materialsNotSubmittedBy25DecemberAreEscalated() {
    var task = daolisSubmission();
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_MATERIALS_OVERDUE).getDuedate().toInstant())
        .isEqualTo(END_OF_25_DECEMBER);
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_MATERIALS_STILL_OVERDUE).getDuedate().toInstant())
        .isEqualTo(SECOND_LEVEL);

    schedule.assertFirstLevelEscalation(task, TIMER_SUBMIT_MATERIALS_OVERDUE, Instant.parse("2022-12-26T01:00:00Z"),
        "daoli", "PE-daoli-2022", "报送绩效评价材料", "道里区", "2022-12-25");
  }

  @Test
  void anOverwrittenYearMovesNoDeadline() {
    var task = daolisSubmission();
    runtimeService.setVariable(task.getProcessInstanceId(), "evaluationYear", "2023");
    managementService.recalculateJobDuedate(schedule.caseTimer(task, TIMER_SUBMIT_MATERIALS_OVERDUE).getId(), false);
    assertThat(schedule.caseTimer(task, TIMER_SUBMIT_MATERIALS_OVERDUE).getDuedate().toInstant())
        .isEqualTo(END_OF_25_DECEMBER);
  }

  @Test
  void anotherDistrictCannotSeeOrSubmitDaolisMaterials() {
    var task = daolisSubmission();

    var seenByHulan = http.get("yangmin", "/engine-rest/task/" + task.getId());
    assertThat(seenByHulan.status()).as(seenByHulan.body()).isIn(403, 404);
    var hulan = cases.complete("yangmin", task.getId(), submission());
    assertThat(hulan.status()).as("呼兰区's office: " + hulan.body()).isEqualTo(404);
    var township = cases.complete("zhangwei", task.getId(), submission());
    assertThat(township.status()).as("a township officer: " + township.body()).isEqualTo(404);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void theSubmissionIsCheckedOnTheServerAndAcceptsOnlyItsFormsVariables() {
    var task = daolisSubmission();

    var unchecked = cases.complete("chenjing", task.getId(), Map.of("materialsDocuments", "哈道扶〔2022〕30号",
        "materialsComplete", false));
    assertThat(unchecked.status()).as(unchecked.body()).isEqualTo(400);
    assertThat(unchecked.json().get("message").asText()).contains("materialsComplete", "材料齐全");
    var empty = cases.complete("chenjing", task.getId(), Map.of("materialsDocuments", " ", "materialsComplete", true));
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).contains("materialsDocuments", "材料清单");
    var smuggled = new java.util.HashMap<>(submission());
    smuggled.put("districtCode", "hulan");
    var refused = cases.complete("chenjing", task.getId(), smuggled);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("districtCode");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void nobodyStartsAnEvaluationByHand() {
    for (var key : List.of(PerformanceEvaluationProcess.KEY, PerformanceEvaluationScheduleProcess.KEY)) {
      for (var official : List.of("chenjing", "sunli", "demo")) {
        var started = http.post(official, "/engine-rest/process-definition/key/" + key + "/start",
            Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))));
        assertThat(started.status()).as(official + " starts " + key + ": " + started.body()).isEqualTo(403);
      }
    }
  }

  @Test
  void daoliSubmitsTheCityScoresOnlyOnceEveryItemIsEnteredAndTheGradeIsPublished() {
    var submit = daolisSubmission();
    at(MATERIALS_ARRIVE);
    var submitted = cases.complete("chenjing", submit.getId(), submission());
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    var materials = jdbc.queryForMap("SELECT * FROM evaluation_materials WHERE district = 'daoli' AND evaluation_year = 2022");
    assertThat(materials.get("SUBMITTED_BY")).isEqualTo("chenjing");
    assertThat(((Timestamp) materials.get("SUBMITTED_AT")).toInstant()).isEqualTo(MATERIALS_ARRIVE);

    var score = taskService.createTaskQuery().processInstanceId(submit.getProcessInstanceId()).singleResult();
    assertThat(score.getTaskDefinitionKey()).isEqualTo(TASK_SCORE_EVIDENCE);
    assertThat(score.getName()).isEqualTo("市扶贫办评分");
    assertThat(score.getTenantId()).isEqualTo("daoli");
    assertThat(score.getDueDate().toInstant()).isEqualTo(SCORING_DUE);
    assertThat(schedule.caseTimer(score, TIMER_SCORE_EVIDENCE_OVERDUE).getDuedate().toInstant()).isEqualTo(SCORING_DUE);
    assertThat(taskService.getIdentityLinksForTask(score.getId())).extracting("groupId")
        .containsExactly("city-poverty-office");
    var report = http.get("chenjing", EvaluationApi.PATH + "?district=daoli&year=2022").json();
    assertThat(report.get("materials").get("submittedBy").asText()).isEqualTo("chenjing");
    assertThat(report.get("materials").get("onTime").asBoolean()).isTrue();
    assertThat(report.get("published").isNull()).isTrue();

    var incomplete = cases.complete("sunli", score.getId(), Map.of());
    assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
    assertThat(incomplete.json().get("message").asText()).contains("evidence", "1a、1b、5、8、9", "1a, 1b, 5, 8, 9");
    assertThat(cases.complete("chenjing", score.getId(), Map.of()).status()).as("the district scores itself")
        .isIn(403, 404);
    assertThat(cases.complete("yangmin", score.getId(), Map.of()).status()).isEqualTo(404);
    assertThat(taskService.createTaskQuery().taskId(score.getId()).count()).isEqualTo(1);

    for (var item : Map.of("1a", "3", "1b", "2", "5", "10", "8", "15", "9", "15").entrySet()) {
      var entered = http.put("sunli", EvaluationApi.PATH + "/daoli/2022/evidence/" + item.getKey(),
          Map.of("points", new BigDecimal(item.getValue()), "reference", "哈扶贫办〔2022〕" + item.getKey() + "号"));
      assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    }
    var expected = http.get("sunli", EvaluationApi.PATH + "?district=daoli&year=2022").json();
    assertThat(expected.get("grade").isNull()).isFalse();
    at(Instant.parse("2022-12-15T03:00:00Z"));
    var scored = cases.complete("sunli", score.getId(), Map.of());
    assertThat(scored.status()).as(scored.body()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(score.getProcessInstanceId())
        .singleResult().getEndActivityId()).isEqualTo(PerformanceEvaluationProcess.Elements.END_GRADE_PUBLISHED);

    var row = jdbc.queryForMap("SELECT * FROM evaluation_grade WHERE district = 'daoli' AND evaluation_year = 2022");
    assertThat(row.get("PUBLISHED_BY")).isEqualTo("sunli");
    assertThat(((Timestamp) row.get("PUBLISHED_AT")).toInstant()).isEqualTo(Instant.parse("2022-12-15T03:00:00Z"));
    assertThat((BigDecimal) row.get("POINTS")).isEqualByComparingTo(expected.get("total").decimalValue());
    assertThat(row.get("GRADE")).isEqualTo(expected.get("grade").asText());
    assertThat(row.get("SCALE")).isEqualTo(84);

    var published = http.get("chenjing", EvaluationApi.PATH + "?district=daoli&year=2022").json().get("published");
    assertThat(published.get("publishedBy").asText()).isEqualTo("sunli");
    assertThat(published.get("publishedAt").asText()).startsWith("2022-12-15T11:00").endsWith("+08:00");
    assertThat(published.get("grade").asText()).isEqualTo(expected.get("grade").asText());

    var board = http.getAnonymous("/public/evaluations.json?year=2022");
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    var daoli = board.json().get("evaluations");
    assertThat(daoli).hasSize(1);
    assertThat(daoli.get(0).get("districtName").asText()).isEqualTo("道里区");
    assertThat(daoli.get(0).get("total").decimalValue()).isEqualByComparingTo(expected.get("total").decimalValue());
    assertThat(daoli.get(0).get("grade").asText()).isEqualTo(expected.get("grade").asText());
    assertThat(daoli.get(0).get("publishedOn").asText()).isEqualTo("2022-12-15");
    assertThat(board.body()).doesNotContain("sunli", "reference", "哈扶贫办");
    var page = http.getAnonymous("/public/evaluations?year=2022");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("道里区", expected.get("grade").asText(), "2022-12-15");
    assertThat(http.getAnonymous("/public/evaluations.json?year=2019").json().get("evaluations")).isEmpty();
    var badYear = http.getAnonymous("/public/evaluations.json?year=abc");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.body()).contains("年度（year）", "year:");
  }

  private static Map<String, Object> submission() {
    return Map.of("materialsDocuments", "哈道扶〔2022〕30号 2022年度财政专项扶贫资金绩效自评报告\n哈道扶〔2022〕31号 扶贫开发计划执行情况总结",
        "materialsRemark", "佐证材料已上传", "materialsComplete", true);
  }

  private Task daolisSubmission() {
    firstOfDecember();
    return schedule.tasks().stream().filter(task -> "daoli".equals(task.getTenantId())).findFirst().orElseThrow();
  }

  private void firstOfDecember() {
    at(END_OF_NOVEMBER);
    schedule.rearm();
    runScheduleWhenDue();
  }

  private void runScheduleWhenDue() {
    at(schedule.timer().getDuedate().toInstant());
    schedule.run();
  }
}
