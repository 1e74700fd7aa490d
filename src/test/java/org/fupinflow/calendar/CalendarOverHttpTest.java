package org.fupinflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/calendar} over HTTP. The Spring context (and its holiday table) is shared with other test
 * classes: only this class loads a year, 2027, which nothing else counts with; the tests that need 2027
 * missing run first (ordered), the one that loads it second.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarOverHttpTest {

  private static final String PROCESS_KEY = "calendar-recalculation-test";
  // A user task due 5 working days after the report, and timers on it: one at that deadline, one 30 days after
  // the task was created (which a new holiday arrangement must not move).
  private static final String PROCESS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_CalendarRecalculationTest"
          targetNamespace="http://fupinflow.org/test">
        <bpmn:process id="calendar-recalculation-test" name="期限重算测试" isExecutable="true"
            camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="StartEvent_Reported" />
          <bpmn:sequenceFlow id="Flow_ToVerify" sourceRef="StartEvent_Reported" targetRef="UserTask_VerifyHousehold" />
          <bpmn:userTask id="UserTask_VerifyHousehold" name="乡镇入户核实"
              camunda:dueDate="${deadlines.workingDays(reportedOn, 5)}" />
          <bpmn:boundaryEvent id="BoundaryEvent_VerificationOverdue" attachedToRef="UserTask_VerifyHousehold"
              cancelActivity="false">
            <bpmn:timerEventDefinition>
              <bpmn:timeDate>${deadlines.workingDays(reportedOn, 5)}</bpmn:timeDate>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:boundaryEvent id="BoundaryEvent_MonthPassed" attachedToRef="UserTask_VerifyHousehold"
              cancelActivity="false">
            <bpmn:timerEventDefinition>
              <bpmn:timeDuration>P30D</bpmn:timeDuration>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="UserTask_VerifyHousehold" targetRef="EndEvent_Verified" />
          <bpmn:endEvent id="EndEvent_Verified" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired Http http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private final ObjectMapper json = new ObjectMapper();
  private String deploymentId;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void threeWorkingDaysAfterThe30thOfSeptember2020AreDueAtTheEndOfThe12thOfOctoberChinaTime() {
    var reply = http.get("zhangwei", "/api/calendar/deadline?from=2020-09-30&workingDays=3");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(json("""
        {"from": "2020-09-30", "workingDays": 3, "deadline": "2020-10-12", "dueAt": "2020-10-12T23:59:59+08:00"}"""));
  }

  @Test
  void thirtyDaysAfterThe19thOfFebruary2020EndOnThe20thOfMarch() {
    var reply = http.get("zhangwei", "/api/calendar/deadline?from=2020-02-19&days=30");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(json("""
        {"from": "2020-02-19", "days": 30, "deadline": "2020-03-20", "dueAt": "2020-03-20T23:59:59+08:00"}"""));
  }

  @Test
  @Order(1)
  void aPeriodIntoAYearWithoutItsNoticeCountsWeekdaysAndSaysSo() {
    var reply = http.get("zhangwei", "/api/calendar/deadline?from=2026-12-29&workingDays=5");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    // Friday 1 Jan 2027 counts as a working day while the 2027 notice is not loaded.
    assertThat(reply.json().get("deadline").asText()).isEqualTo("2027-01-05");
    assertThat(reply.json().get("warning").asText()).contains("2027", "未载入", "no holiday arrangement is loaded");
  }

  @Test
  @Order(1)
  void healthWarnsAdministratorsThatNextYearsNoticeIsMissing() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-22T10:00:00+08:00").toInstant()));
    var reply = http.get("demo", "/actuator/health");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var calendar = reply.json().path("components").path("calendar");
    assertThat(calendar.path("status").asText()).isEqualTo("UP");
    assertThat(years(calendar.path("details").path("years"))).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.path("details").path("warning").asText()).contains("2027", "PUT /api/calendar/years/2027");
  }

  @Test
  @Order(2)
  void loadingThe2027NoticeMovesTimersAndTaskDueDatesThatCountOver1January() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-29T09:00:00+08:00").toInstant()));
    deploymentId = repositoryService.createDeployment().name(PROCESS_KEY)
        .addString(PROCESS_KEY + ".bpmn", PROCESS).deploy().getId();
    var instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        Map.of("districtCode", "daoli", "reportedOn", "2026-12-29"));
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    var deadlineTimer = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("BoundaryEvent_VerificationOverdue").singleResult();
    var monthTimer = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("BoundaryEvent_MonthPassed").singleResult();
    assertThat(task.getDueDate().toInstant()).isEqualTo(endOf(2027, 1, 5));
    assertThat(deadlineTimer.getDuedate().toInstant()).isEqualTo(endOf(2027, 1, 5));

    // A day later the administrator loads the notice: 1 Jan 2027 is off.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-30T09:00:00+08:00").toInstant()));
    var reply = put("demo", "/api/calendar/years/2027", testFile("2027-test.json"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("year").asInt()).isEqualTo(2027);
    assertThat(reply.json().get("days").asInt()).isEqualTo(15);
    assertThat(reply.json().get("recalculatedTimers").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(reply.json().get("recalculatedTasks").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate().toInstant())
        .isEqualTo(endOf(2027, 1, 6));
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getDueDate()
        .toInstant()).isEqualTo(endOf(2027, 1, 6));
    assertThat(managementService.createJobQuery().jobId(deadlineTimer.getId()).singleResult().getDuedate().toInstant())
        .isEqualTo(endOf(2027, 1, 6));
    assertThat(managementService.createJobQuery().jobId(monthTimer.getId()).singleResult().getDuedate().toInstant())
        .isEqualTo(monthTimer.getDuedate().toInstant());

    var year2027 = yearEntry(http.get("zhangwei", "/api/calendar/years").json(), 2027);
    assertThat(year2027.get("source").asText()).isEqualTo("api:demo");
    assertThat(year2027.get("loadedAt").asText()).isEqualTo("2026-12-30T09:00:00+08:00");
    assertThat(year2027.get("days").asInt()).isEqualTo(15);
    var deadline = http.get("zhangwei", "/api/calendar/deadline?from=2026-12-29&workingDays=5").json();
    assertThat(deadline.get("deadline").asText()).isEqualTo("2027-01-06");
    assertThat(deadline.has("warning")).isFalse();
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(delimiter = '|', textBlock = """
      from=2020-02-30&workingDays=3      | from
      from=30.09.2020&workingDays=3      | from
      workingDays=3                      | from
      from=2020-09-30&workingDays=-1     | workingDays
      from=2020-09-30&days=-30           | days
      from=2020-09-30&days=thirty        | days
      from=2020-09-30                    | workingDays
      from=2020-09-30&workingDays=3&days=3 | workingDays
      """)
  void aMalformedDeadlineQueryIsA400NamingTheParameter(String query, String parameter) {
    var reply = http.get("zhangwei", "/api/calendar/deadline?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(reply.json().get("message").asText()).contains(parameter).contains(" / ").containsPattern("\\p{IsHan}");
  }

  @Test
  void anonymousCallersGet401() {
    for (String path : new String[] {"/api/calendar/deadline?from=2020-09-30&workingDays=3", "/api/calendar/years"}) {
      var reply = http.getAnonymous(path);
      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.json().get("type").asText()).isEqualTo("AuthenticationException");
    }
  }

  @Test
  void theLoadedYearsAreTheShippedNotices2020To2026WithTheirSource() {
    var reply = http.get("zhangwei", "/api/calendar/years");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(years(reply.json(), "year")).containsSubsequence(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    var year2023 = yearEntry(reply.json(), 2023);
    assertThat(year2023.get("source").asText()).isEqualTo("calendar/holidays/2023.json");
    assertThat(year2023.get("loadedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
    assertThat(year2023.get("days").asInt()).isPositive();
  }

  @Test
  void aTownshipOfficerCannotLoadAYearAndNothingChanges() {
    var before = http.get("demo", "/api/calendar/years").body();
    var reply = put("zhangwei", "/api/calendar/years/2027", testFile("2027-test.json"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(http.get("demo", "/api/calendar/years").body()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a file without days              | 2028 | {"year": 2028, "papers": []}                                     | days
      a day without isOffDay           | 2028 | {"year": 2028, "days": [{"name": "元旦", "date": "2028-01-01"}]}  | isOffDay
      a file of another year           | 2028 | 2027-test.json                                                   | 2028
      a date that does not exist       | 2028 | {"year": 2028, "days": [{"name": "元旦", "date": "2028-01-32", "isOffDay": true}]} | JSON
      no JSON at all                   | 2028 | 元旦放假                                                          | JSON
      """)
  void anInvalidFileIsA400WithTheProblemAndNothingChanges(String problem, int year, String body, String named) {
    var before = http.get("demo", "/api/calendar/years").body();
    var reply = put("demo", "/api/calendar/years/" + year, body.endsWith(".json") ? testFile(body) : body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(reply.json().get("message").asText()).contains(named).contains(" / ");
    assertThat(http.get("demo", "/api/calendar/years").body()).isEqualTo(before);
  }

  private Http.Reply put(String user, String path, String body) {
    return http.send(user, user, HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String testFile(String name) {
    try (InputStream in = CalendarOverHttpTest.class.getResourceAsStream("/calendar/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.time.Instant endOf(int year, int month, int day) {
    return ChinaTime.endOfDay(LocalDate.of(year, month, day)).toInstant();
  }

  private static JsonNode yearEntry(JsonNode years, int year) {
    return StreamSupport.stream(years.spliterator(), false).filter(entry -> entry.get("year").asInt() == year)
        .findFirst().orElseThrow(() -> new AssertionError("no year " + year + " in " + years));
  }

  private static java.util.List<Integer> years(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toList();
  }

  private static java.util.List<Integer> years(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(entry -> entry.get(field).asInt()).toList();
  }

  private JsonNode json(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
