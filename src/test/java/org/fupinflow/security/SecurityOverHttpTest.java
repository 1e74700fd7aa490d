package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and does what, over real HTTP. Demo officials: zhangwei (道里区 新农镇) and liuyang (道里区 太平镇)
 * are township officers of daoli, wangfang of hulan; wuqiang is a city supervisor; chenjing is daoli's
 * district poverty office.
 */
@IntegrationTest
class SecurityOverHttpTest {

  @Autowired Http http;
  @Autowired Cases cases;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anonymousCallsGet401OnEngineRestAndApi() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/api/me")) {
      var reply = http.getAnonymous(path);
      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
      assertThat(reply.json().get("message").asText()).contains("需要登录").contains("Authentication required");
    }
  }

  @Test
  void wrongPasswordGets401AndThrottlesTheNextAttempts() {
    for (String path : List.of("/engine-rest/task", "/api/me")) {
      var reply = http.send("xubin", "not-the-password", HttpRequest.newBuilder(http.uri(path)).GET());
      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.json().get("message").asText()).contains("用户名或密码错误");
    }
    // Right after failures even the right password is refused for a few seconds (engine login throttling)…
    assertThat(http.get("xubin", "/api/me").status()).isEqualTo(401);
    // …and accepted once the delay has passed.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(120)));
    assertThat(http.get("xubin", "/api/me").status()).isEqualTo(200);
  }

  @Test
  void healthIsPublicWithoutDetails() {
    var reply = http.getAnonymous("/actuator/health");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    assertThat(reply.json().has("components")).isFalse();
  }

  @Test
  void healthDetailsAreForAdministratorsAndSupervisorsOnly() {
    assertThat(http.get("demo", "/actuator/health").json().has("components")).isTrue();
    assertThat(http.get("wuqiang", "/actuator/health").json().has("components")).isTrue();
    assertThat(http.get("zhangwei", "/actuator/health").json().has("components")).isFalse();
    assertThat(http.get("zhangwei", "/actuator/info").status()).isEqualTo(200);
    assertThat(http.getAnonymous("/actuator/info").status()).isEqualTo(401);
  }

  @Test
  void aTownshipOfficerSeesTheirDistrictsCasesAndNeverAnotherDistricts() {
    var daoliCase = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong"));
    var hulanCase = cases.start("wangfang", aCategoryAReport().inTownship("hulan", "shiren"));
    assertThat(daoliCase.get("tenantId").asText()).isEqualTo("daoli");
    assertThat(hulanCase.get("tenantId").asText()).isEqualTo("hulan");

    var daoliId = daoliCase.get("id").asText();
    var hulanId = hulanCase.get("id").asText();
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
        "/engine-rest/history/task", "/engine-rest/history/activity-instance", "/engine-rest/history/variable-instance")) {
      var seenByZhang = instanceIdsIn(http.get("zhangwei", path));
      var seenByWang = instanceIdsIn(http.get("wangfang", path));
      assertThat(seenByZhang).as("zhangwei " + path).contains(daoliId).doesNotContain(hulanId);
      assertThat(seenByWang).as("wangfang " + path).contains(hulanId).doesNotContain(daoliId);
    }
    // Another district's case by id: not found for them.
    assertThat(http.get("zhangwei", "/engine-rest/process-instance/" + hulanId).status()).isEqualTo(404);
  }

  @Test
  void anOfficerOfAnotherTownshipOfTheSameDistrictDoesNotGetTheTask() {
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong"));
    var task = cases.taskOf("zhangwei", started.get("id").asText());

    var seenByLiu = http.get("liuyang", "/engine-rest/task?processInstanceId=" + started.get("id").asText()).json();
    assertThat(seenByLiu).isEmpty();
    var claim = http.post("liuyang", "/engine-rest/task/" + task.get("id").asText() + "/claim", Map.of("userId", "liuyang"));
    assertThat(claim.status()).isIn(403, 404);
  }

  @Test
  void aSupervisorSeesEveryDistrictButGets403CompletingAnOfficersTask() {
    var daoliCase = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong"));
    var hulanCase = cases.start("wangfang", aCategoryAReport().inTownship("hulan", "shiren"));

    var instances = instanceIdsIn(http.get("wuqiang", "/engine-rest/process-instance"));
    assertThat(instances).contains(daoliCase.get("id").asText(), hulanCase.get("id").asText());
    var task = cases.taskOf("wuqiang", daoliCase.get("id").asText());

    var reply = cases.complete("wuqiang", task.get("id").asText(),
        Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "督查代办"));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(cases.taskOf("zhangwei", daoliCase.get("id").asText()).get("id").asText()).isEqualTo(task.get("id").asText());
  }

  @Test
  void startingACaseInAnotherDistrictIsForbiddenWithAClearMessage() {
    var reply = http.post("zhangwei", Cases.START, aCategoryAReport().inTownship("hulan", "shiren").startRequest());
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("message").asText()).contains("您不属于区县 hulan").contains("not an official of district hulan");
  }

  @Test
  void aTownshipOfficerReportsForTheirOwnTownshipOnly() {
    var reply = http.post("zhangwei", Cases.START, aCategoryAReport().inTownship("daoli", "taiping").startRequest());
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("message").asText()).contains("只能为本乡镇上报");
  }

  @Test
  void aDistrictOfficeMayReportForAnyTownshipOfItsDistrictButNotAnUnknownOne() {
    assertThat(cases.start("chenjing", aCategoryAReport().inTownship("daoli", "taiping")).get("tenantId").asText())
        .isEqualTo("daoli");
    var unknown = http.post("chenjing", Cases.START, aCategoryAReport().inTownship("daoli", "nowhere").startRequest());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("没有乡镇 nowhere");
  }

  @Test
  void aSupervisorCannotStartCases() {
    var reply = http.post("wuqiang", Cases.START, aCategoryAReport().startRequest());
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsDeploy() {
    var boundary = "----fupin" + System.nanoTime();
    var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrogue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"rogue.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + ROGUE_BPMN + "\r\n--" + boundary + "--\r\n";
    for (String official : List.of("chenjing", "wuqiang", "zhangwei")) {
      var reply = http.send(official, official, HttpRequest.newBuilder(http.uri("/engine-rest/deployment/create"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(reply.status()).as(official).isEqualTo(403);
    }
    assertThat(http.get("demo", "/engine-rest/deployment?name=rogue").json()).isEmpty();
  }

  @Test
  void anExpressionInsideATaskQueryIsRejected() {
    var smuggled = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${''.getClass().forName('java.lang.Runtime')}")));
    var reply = http.post("zhangwei", "/engine-rest/task", smuggled);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("不允许使用表达式").contains("assigneeExpression");

    assertThat(http.post("zhangwei", "/engine-rest/task/count", Map.of("dueBeforeExpression", "${now()}")).status())
        .isEqualTo(400);
    assertThat(http.get("zhangwei", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D").status()).isEqualTo(400);
    assertThat(http.post("zhangwei", "/engine-rest/task", Map.of("orQueries", List.of(Map.of("assignee", "zhangwei"))))
        .status()).isEqualTo(200);
  }

  @Test
  void theBrowserLoginOfTheWebappsOpensTheApiAndModifyingCallsNeedTheCsrfToken() {
    var browser = new WebappSession(http);
    browser.logIn("zhangwei", "zhangwei");

    var me = browser.send(HttpRequest.newBuilder(http.uri("/api/me")).GET());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("userId").asText()).isEqualTo("zhangwei");
    assertThat(me.json().get("districts").get(0).get("name").asText()).isEqualTo("道里区");

    var forged = browser.send(HttpRequest.newBuilder(http.uri("/api/me")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().get("message").asText()).contains("X-XSRF-TOKEN");

    var withToken = browser.send(HttpRequest.newBuilder(http.uri("/api/me")).header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(withToken.status()).as("past the CSRF check, GET-only endpoint").isEqualTo(405);
  }

  @Test
  void tasklistsOwnEngineApiRejectsExpressionsInQueriesToo() {
    var browser = new WebappSession(http);
    browser.logIn("zhangwei", "zhangwei");
    var query = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
    var reply = browser.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(query)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("assigneeExpression");

    var plain = browser.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("{\"orQueries\":[{\"assignee\":\"zhangwei\"}]}")));
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
  }

  @Test
  void everyDemoOfficialLogsIntoTasklistAndOnlyOverseersIntoCockpit() {
    var cockpitUsers = List.of("demo", "chenjing", "yangmin", "zhaolei", "sunli", "zhoujie", "wuqiang");
    for (String official : List.of("demo", "zhangwei", "liuyang", "wangfang", "lina", "chenjing", "yangmin", "zhaolei",
        "sunli", "zhoujie", "wuqiang", "xubin")) {
      assertThat(new WebappSession(http).logInto("tasklist", official, official).status()).as(official + " tasklist")
          .isEqualTo(200);
      assertThat(new WebappSession(http).logInto("cockpit", official, official).status()).as(official + " cockpit")
          .isEqualTo(cockpitUsers.contains(official) ? 200 : 403);
    }
    assertThat(new WebappSession(http).logInto("admin", "wuqiang", "wuqiang").status()).isEqualTo(403);
    assertThat(new WebappSession(http).logInto("admin", "demo", "demo").status()).isEqualTo(200);
  }

  @Test
  void responsesCarrySecurityHeaders() {
    var rest = http.get("zhangwei", "/engine-rest/task");
    assertThat(rest.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(rest.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(rest.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
    var tasklist = http.getAnonymous("/camunda/app/tasklist/default/");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(value -> assertThat(value).contains("frame-ancestors 'none'"));
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void apiMeNamesTheOfficialsRolesAndDistricts() {
    var me = http.get("wuqiang", "/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("name").asText()).isEqualTo("吴强");
    assertThat(me.json().get("groups").findValuesAsText("name")).contains("督查");
    assertThat(OwnDistricts.harbinsOwn(me.json().get("districts").findValuesAsText("id")))
        .containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    assertThat(me.json().get("districts").findValuesAsText("name")).contains("道里区", "尚志市");
  }

  private static List<String> instanceIdsIn(Http.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var ids = new ArrayList<String>();
    for (JsonNode row : reply.json()) {
      var id = row.has("processInstanceId") ? row.get("processInstanceId") : row.get("id");
      if (id != null && !id.isNull()) {
        ids.add(id.asText());
      }
    }
    return ids;
  }

  private static final String ROGUE_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          targetNamespace="rogue"><process id="rogue" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="s"/></process></definitions>""";
}
