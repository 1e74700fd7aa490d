package org.fupinflow.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_TITLE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public board at {@code /public/notices}, read anonymously on 5 Nov 2020: running notices and those that
 * ended in the last 30 days, with the person's given name masked and no personal identifier anywhere, although
 * the household behind the notice, with its head's full name, ID number and phone, is in the database.
 */
@IntegrationTest
class PublicNoticeBoardTest {

  /** GB 11643 resident ID numbers, mobile and landline phone numbers. */
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
  private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)|\\d{3,4}-\\d{7,8}");
  private static final String HEAD_NAME = "张建国";
  private static final String HEAD_ID_NUMBER = "230102198001011236";
  private static final String HEAD_PHONE = "13812345678";

  @Autowired Http http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void noticesPostedEndedAndWithdrawnOverAutumn2020() {
    theHouseholdIsOnRecordWithItsPersonalData();
    // Ended 7 Sep: more than 30 days before 5 Nov, off the board.
    var old = posted("2020-09-01", title("九月"));
    periodEnds(old, "2020-09-07T01:00:00Z");
    // Ended 15 Oct: still on the board.
    var recent = posted("2020-10-09", title("十月"));
    periodEnds(recent, "2020-10-15T01:00:00Z");
    posted("2020-11-02", title("十一月"));
    posted("2020-11-03", "<script>alert('" + marker + "')</script>");
    at(Instant.parse("2020-11-05T02:00:00Z"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anyoneReadsTheBoardAsAPageWithoutPersonalIdentifiers() {
    var page = get("/public/notices", "text/html");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("村级公示栏", "公示期5天", "道里区", "新农村", "张**", "一般农户有致贫风险")
        .contains(title("十一月"), "2020-11-02 至 2020-11-07", "公示中")
        .contains(title("十月"), "2020-10-09 至 2020-10-14", "公示期满")
        .doesNotContain(title("九月"));
    assertThat(page.body()).as("escaped, never run").contains("&lt;script&gt;alert(&#39;" + marker)
        .doesNotContain("<script>");
    withoutPersonalIdentifiers(page.body());
  }

  @Test
  void anyoneReadsTheBoardAsJson() {
    for (var reply : new Http.Reply[] {get("/public/notices", "application/json"), get("/public/notices.json", null)}) {
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      withoutPersonalIdentifiers(reply.body());
      var board = reply.json();
      assertThat(board.get("noticeDays").asInt()).isEqualTo(5);
      assertThat(board.get("asOf").asText()).startsWith("2020-11-05T10:00:00");
      var running = notice(board, title("十一月"));
      assertThat(fieldNames(running)).containsExactlyInAnyOrder("district", "districtName", "kind", "village", "title",
          "person", "category", "reason", "postedOn", "endsOn", "status", "statusLabel");
      assertThat(running.get("district").asText()).isEqualTo("daoli");
      assertThat(running.get("districtName").asText()).isEqualTo("道里区");
      assertThat(running.get("kind").asText()).isEqualTo("household");
      assertThat(running.get("village").asText()).isEqualTo("新农村");
      assertThat(running.get("person").asText()).isEqualTo("张**");
      assertThat(running.get("category").asText()).isEqualTo("一般农户有致贫风险");
      assertThat(running.get("reason").asText()).isEqualTo("因病");
      assertThat(running.get("postedOn").asText()).isEqualTo("2020-11-02");
      assertThat(running.get("endsOn").asText()).isEqualTo("2020-11-07");
      assertThat(running.get("status").asText()).isEqualTo("RUNNING");
      assertThat(running.get("statusLabel").asText()).isEqualTo("公示中");
      assertThat(notice(board, title("十月")).get("status").asText()).isEqualTo("COMPLETED");
      assertThat(board.get("notices").findValuesAsText("title")).doesNotContain(title("九月"));
    }
  }

  @Test
  void aBrowserWithoutAcceptHeaderGetsSomethingReadable() {
    var reply = get("/public/notices", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    withoutPersonalIdentifiers(reply.body());
  }

  private void withoutPersonalIdentifiers(String body) {
    assertThat(ID_NUMBER.matcher(body).find()).as("a resident ID number in " + body).isFalse();
    assertThat(PHONE.matcher(body).find()).as("a phone number in " + body).isFalse();
    assertThat(body).doesNotContain(HEAD_NAME, HEAD_ID_NUMBER, HEAD_PHONE, "income", "idNumber", "members");
  }

  private void theHouseholdIsOnRecordWithItsPersonalData() {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE id = 'board-test-household'", Integer.class) > 0) {
      return;
    }
    jdbc.update("""
        INSERT INTO household (id, district, township, village, head_name, head_id_number, phone, category, status,
          status_since, created_at, updated_at)
        VALUES ('board-test-household', 'daoli', 'xinnong', '新农村', ?, ?, ?, 'B', 'GENERAL',
          DATE '2020-09-28', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", HEAD_NAME, HEAD_ID_NUMBER, HEAD_PHONE);
  }

  private ProcessInstance posted(String day, String title) {
    at(Instant.parse(day + "T02:00:00Z"));
    var variables = PublicNoticeProcessTest.noticeVariables();
    variables.put(NOTICE_TITLE, title);
    var instance = runtimeService.startProcessInstanceByKey(PublicNoticeProcess.KEY, "HI-daoli-2020-" + UUID.randomUUID(),
        variables);
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(task.getId(), Map.of(POSTED_ON, day));
    return instance;
  }

  private void periodEnds(ProcessInstance instance, String at) {
    at(Instant.parse(at));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(NOTICE_PERIOD_ENDED).singleResult().getId());
  }

  private String title(String month) {
    return "关于拟认定即时帮扶人口的公示（" + month + "，" + marker + "）";
  }

  private Http.Reply get(String path, String accept) {
    var request = HttpRequest.newBuilder(http.uri(path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(null, null, request);
  }

  private static JsonNode notice(JsonNode board, String title) {
    for (var notice : board.get("notices")) {
      if (notice.get("title").asText().equals(title)) {
        return notice;
      }
    }
    throw new AssertionError("not on the board: " + title + " in " + board);
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    var names = new java.util.ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
