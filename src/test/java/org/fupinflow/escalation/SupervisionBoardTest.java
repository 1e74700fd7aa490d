package org.fupinflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_OVERDUE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE;
import static org.fupinflow.support.CityWideSchedule.at;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 督办看板 over HTTP. A risk reported on Monday 28 Sep 2020 to 新农镇 (道里区) must be verified by the end of 12 Oct
 * 2020 (5 working days: 29, 30 Sep, 9, 10 (Saturday worked), 12 Oct). On 12 Oct it is due soon; on 13 Oct it is
 * escalated and 1 working day late; on 15 Oct, escalated again (level 2), it is 3 working days late (13, 14, 15 Oct).
 * Other tests share the database: assertions look at this case's own rows and at changes of the weekly counts.
 */
@IntegrationTest
class SupervisionBoardTest {

  private static final String DEADLINE = "2020-10-12T23:59:59+08:00";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private JsonNode started;
  private Task step;

  @BeforeEach
  void aRiskIsReportedTo新农镇OnMonday28September2020() {
    at(Instant.parse("2020-09-28T02:00:00Z"));
    started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28"));
    step = taskService.createTaskQuery().processInstanceId(instanceId()).singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onItsLastDayTheStepIsDueSoonAndNotYetInATableCell() {
    at(Instant.parse("2020-10-12T01:00:00Z"));
    var board = board("wuqiang", "");

    var dueSoon = find(board.get("dueSoon"), step.getId());
    assertThat(dueSoon).as("due soon: " + board.get("dueSoon")).isNotNull();
    assertThat(dueSoon.get("caseKey").asText()).isEqualTo(caseNumber());
    assertThat(dueSoon.get("stepName").asText()).isEqualTo("乡镇入户核实");
    assertThat(dueSoon.get("districtName").asText()).isEqualTo("道里区");
    assertThat(dueSoon.get("processName").asText()).isEqualTo("返贫致贫风险户识别认定");
    assertThat(OffsetDateTime.parse(dueSoon.get("deadline").asText())).isEqualTo(OffsetDateTime.parse(DEADLINE));
    assertThat(dueSoon.get("heldBy").asText()).isEqualTo("新农镇（道里区）");
    assertThat(OffsetDateTime.parse(board.get("dueSoonBefore").asText()))
        .as("the end of the next working day, 13 Oct").isEqualTo(OffsetDateTime.parse("2020-10-13T23:59:59+08:00"));
    assertThat(casesInCells(board)).doesNotContain(instanceId());

    at(Instant.parse("2020-10-08T01:00:00Z")); // a holiday: the next working day is Friday 9 Oct
    assertThat(find(board("wuqiang", "").get("dueSoon"), step.getId())).isNull();
  }

  @Test
  void anOverdue道里区StepAppearsInItsCellWithItsLatenessInWorkingDays() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    var before = week(board("wuqiang", "?district=daoli"), "2020-W42");
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());

    var board = board("wuqiang", "?district=daoli");
    var cell = cell(board, 1);
    assertThat(cell.get("districtName").asText()).isEqualTo("道里区");
    assertThat(cell.get("stepName").asText()).isEqualTo("乡镇入户核实");
    assertThat(cell.get("processKey").asText()).isEqualTo(HouseholdIdentificationProcess.KEY);
    assertThat(cell.get("oldestLateWorkingDays").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(cell.get("count").asInt()).isEqualTo(cell.get("cases").size());
    var late = find(cell.get("cases"), step.getId());
    assertThat(late.get("caseKey").asText()).isEqualTo(caseNumber());
    assertThat(late.get("processInstanceId").asText()).isEqualTo(instanceId());
    assertThat(late.get("lateWorkingDays").asInt()).isEqualTo(1);
    assertThat(OffsetDateTime.parse(late.get("deadline").asText())).isEqualTo(OffsetDateTime.parse(DEADLINE));
    assertThat(late.get("candidateGroups").get(0).asText()).isEqualTo("township-daoli-xinnong");
    assertThat(late.get("heldBy").asText()).isEqualTo("新农镇（道里区）");
    var after = week(board, "2020-W42");
    assertThat(after.get("opened").asInt()).isEqualTo(before.get("opened").asInt() + 1);
    assertThat(after.get("monday").asText()).isEqualTo("2020-10-12");
    assertThat(board.get("trend")).hasSize(12);
    assertThat(board.get("trend").get(11).get("week").asText()).as("the current week last").isEqualTo("2020-W42");

    // Two working days on (14 and 15 Oct), the city is told: a level-2 cell, and the step is 3 working days late.
    at(Instant.parse("2020-10-15T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE).getId());
    taskService.claim(step.getId(), "zhangwei");
    board = board("chenjing", "");
    assertThat(find(cell(board, 1).get("cases"), step.getId()).get("lateWorkingDays").asInt()).isEqualTo(3);
    var second = find(cell(board, 2).get("cases"), step.getId());
    assertThat(second.get("lateWorkingDays").asInt()).isEqualTo(3);
    assertThat(second.get("level").asInt()).isEqualTo(2);
    assertThat(second.get("heldBy").asText()).as("the assignee holds it once claimed").isEqualTo("张伟（zhangwei）");
    assertThat(cell(board, 2).get("oldestLateWorkingDays").asInt()).isGreaterThanOrEqualTo(3);

    // Completed: the cells let go of it, and the week counts two escalations closed.
    var beforeClosing = week(board, "2020-W42");
    at(Instant.parse("2020-10-15T03:00:00Z"));
    var reply = cases.complete("zhangwei", step.getId(),
        Map.of("verifiedOn", "2020-10-15", "riskConfirmed", true, "verificationNote", "已入户核实"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    // 道里区's week, as 陈静's board above counted it: the city's also holds other tests' districts' escalations
    board = board("wuqiang", "?district=daoli");
    assertThat(casesInCells(board)).doesNotContain(instanceId());
    assertThat(week(board, "2020-W42").get("closed").asInt()).isEqualTo(beforeClosing.get("closed").asInt() + 2);
  }

  @Test
  void a呼兰区OfficialDoesNotSeeIt() {
    at(Instant.parse("2020-10-13T01:00:00Z"));
    managementService.executeJob(timer(TIMER_VERIFY_HOUSEHOLD_OVERDUE).getId());

    assertThat(casesInCells(board("wuqiang", ""))).contains(instanceId());
    assertThat(casesInCells(board("sunli", ""))).contains(instanceId());
    var hulan = board("yangmin", "");
    assertThat(casesInCells(hulan)).doesNotContain(instanceId());
    assertThat(hulan.get("districts").findValuesAsText("code")).containsExactly("hulan");
    assertThat(hulan.get("cells").findValuesAsText("district")).allMatch("hulan"::equals);
    assertThat(hulan.get("dueSoon").findValuesAsText("district")).allMatch("hulan"::equals);

    var another = http.get("yangmin", "/api/escalations/board?district=daoli");
    assertThat(another.status()).isEqualTo(403);
    assertThat(another.json().get("message").asText()).contains("daoli");
    assertThat(http.get("zhangwei", "/api/escalations/board").status()).isEqualTo(403);
    assertThat(http.getAnonymous("/api/escalations/board").status()).isEqualTo(401);
  }

  @Test
  void aCallersMistakeIsA400NamingTheParameter() {
    var weeks = http.get("wuqiang", "/api/escalations/board?weeks=0");
    assertThat(weeks.status()).isEqualTo(400);
    assertThat(weeks.json().get("message").asText()).contains("周数（weeks）", "weeks: must be 1 to 52");
    assertThat(http.get("wuqiang", "/api/escalations/board?weeks=53").status()).isEqualTo(400);
    assertThat(http.get("wuqiang", "/api/escalations/board?weeks=many").status()).isEqualTo(400);
    var unknown = http.get("demo", "/api/escalations/board?district=nowhere");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("区县（district）", "unknown district: nowhere");
    assertThat(http.get("wuqiang", "/api/escalations/board?weeks=4").json().get("trend")).hasSize(4);
  }

  /** Cockpit's plugin reads the board with the webapps' session, while Cockpit's own requests run alongside. */
  @Test
  void cockpitReadsTheBoardWithItsSessionAndStaysLoggedIn() {
    var cockpit = new WebappSession(http);
    var login = cockpit.logInto("cockpit", "wuqiang", "wuqiang");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    var engineCall = HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task/count")).GET();
    assertThat(cockpit.send(engineCall).status()).isEqualTo(200);

    var board = cockpit.send(HttpRequest.newBuilder(http.uri("/api/escalations/board?weeks=1")).GET());
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    assertThat(board.headers().allValues("Set-Cookie")).as("the session keeps its id, so Cockpit's requests in flight stay "
        + "logged in").noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    var again = cockpit.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task/count")).GET());
    assertThat(again.status()).as("Cockpit's next request: " + again.body()).isEqualTo(200);
  }

  private JsonNode board(String official, String query) {
    var reply = http.get(official, "/api/escalations/board" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The cell of this case's step at {@code level} in 道里区. */
  private JsonNode cell(JsonNode board, int level) {
    return StreamSupport.stream(board.get("cells").spliterator(), false)
        .filter(cell -> cell.get("district").asText().equals("daoli")
            && cell.get("stepId").asText().equals(TASK_VERIFY_HOUSEHOLD) && cell.get("level").asInt() == level
            && cell.get("processKey").asText().equals(HouseholdIdentificationProcess.KEY))
        .findFirst().orElseThrow(() -> new AssertionError("no level-" + level + " cell in " + board.get("cells")));
  }

  private static JsonNode find(JsonNode steps, String taskId) {
    return StreamSupport.stream(steps.spliterator(), false).filter(item -> item.get("taskId").asText().equals(taskId))
        .findFirst().orElse(null);
  }

  private static java.util.List<String> casesInCells(JsonNode board) {
    return board.get("cells").findValuesAsText("processInstanceId");
  }

  private static JsonNode week(JsonNode board, String week) {
    return StreamSupport.stream(board.get("trend").spliterator(), false)
        .filter(item -> item.get("week").asText().equals(week)).findFirst().orElseThrow();
  }

  private Job timer(String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instanceId()).activityId(boundaryEventId).singleResult();
  }

  private String instanceId() {
    return started.get("id").asText();
  }

  private String caseNumber() {
    return started.get("businessKey").asText();
  }
}
