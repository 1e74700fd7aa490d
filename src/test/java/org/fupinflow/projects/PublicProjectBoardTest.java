package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /public/projects}, read anonymously: a project 道里区's poverty office (chenjing) entered into the library,
 * with its budget, spending plan and goals, and neither the official who entered it nor when.
 */
@IntegrationTest
class PublicProjectBoardTest {

  private static final String PROJECTS = "/api/projects";

  @Autowired Http http;

  @Test
  void anyoneReadsTheProjectAndItsGoalsAsAPage() {
    var code = entered(anIndustryProject("daoli", freshCode()));

    for (var page : List.of(get("/public/projects", "text/html"), get("/public/projects", null),
        get("/public/projects?district=daoli", "text/html,application/xhtml+xml,*/*;q=0.8"))) {
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      var section = section(page.body(), code);
      assertThat(section).contains("道里区", "太平镇肉牛养殖产业扶贫项目", "非重点村产业扶贫产业发展资金",
          "购置基础母牛，收益用于带动贫困户增收", "120000.50")
          .contains("<th>3月底</th><th>6月底</th><th>10月底</th><th>12月底</th>")
          .contains("<td class=\"amount\">20</td><td class=\"amount\">50</td><td class=\"amount\">70</td>"
              + "<td class=\"amount\">100</td>")
          .contains("<td>产出指标</td><td>数量指标</td><td>购置基础母牛</td><td>≥60头</td>")
          .contains("效益指标", "满意度指标", "群众满意度", "≥90%");
      assertThat(page.body()).contains("扶贫项目库及绩效目标公示").doesNotContain("chenjing");
    }
  }

  @Test
  void anyoneReadsTheProjectAndItsGoalsAsJson() {
    var code = entered(anIndustryProject("daoli", freshCode()));

    for (var reply : List.of(get("/public/projects", "application/json"), get("/public/projects.json", null),
        get("/public/projects.json?district=daoli", null))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(reply.body()).doesNotContain("chenjing", "createdBy", "updatedBy", "createdAt", "updatedAt");
      var project = project(reply.json(), code);
      assertThat(fieldNames(project)).containsExactly("district", "districtName", "code", "name", "fundLine",
          "purpose", "budgetYuan", "spendingPlan", "indicators", "entryRoute", "townshipName", "enteredOn");
      assertThat(project.get("districtName").asText()).isEqualTo("道里区");
      assertThat(project.get("entryRoute").asText()).isEqualTo("区县直接入库");
      assertThat(project.get("townshipName").isNull()).isTrue();
      assertThat(project.get("name").asText()).isEqualTo("太平镇肉牛养殖产业扶贫项目");
      assertThat(reply.body()).contains("\"budgetYuan\":120000.50,");
      assertThat(project.get("spendingPlan").get("october").decimalValue()).isEqualByComparingTo("70");
      assertThat(project.get("indicators")).extracting(indicator -> indicator.get("level").asText() + "/"
              + indicator.get("category").asText() + "/" + indicator.get("name").asText() + "/"
              + indicator.get("target").asText())
          .containsExactly("产出指标/数量指标/购置基础母牛/≥60头", "产出指标/时效指标/扶助资金到位率/≥90%",
              "效益指标/社会效益指标/确保资助项目政治导向正确/≤1个", "满意度指标/服务对象满意度指标/群众满意度/≥90%");
    }
  }

  @Test
  void projectsComeByDistrictThenCodeAndTheFilterKeepsOneDistrict() {
    var code = entered(anIndustryProject("daoli", freshCode()));

    var all = http.getAnonymous("/public/projects.json").json().get("projects");
    var keys = new ArrayList<String>();
    all.forEach(project -> keys.add(project.get("district").asText() + "/" + project.get("code").asText()));
    assertThat(keys).contains("daoli/" + code).isSorted();

    var daoli = http.getAnonymous("/public/projects.json?district=daoli").json().get("projects");
    assertThat(daoli.findValuesAsText("district")).containsOnly("daoli");
    assertThat(daoli.findValuesAsText("code")).contains(code);
    var hulan = http.getAnonymous("/public/projects.json?district=hulan").json().get("projects");
    assertThat(hulan.findValuesAsText("code")).doesNotContain(code);
  }

  @Test
  void aProjectNameIsShownNeverRun() {
    var draft = anIndustryProject("daoli", freshCode());
    var code = entered(new ProjectDraft(draft.district(), draft.code(), "<b>肉牛</b><script>alert(1)</script>",
        draft.fundLine(), draft.purpose(), draft.budgetYuan(), draft.spendingPlan(), draft.indicators()));

    var page = get("/public/projects", "text/html").body();

    assertThat(section(page, code)).contains("&lt;b&gt;肉牛&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<b>", "<script>");
    assertThat(page).doesNotContain("<b>肉牛", "<script>");
  }

  @Test
  void anUnknownDistrictIsABadRequestNamingIt() {
    for (var path : List.of("/public/projects?district=nowhere", "/public/projects.json?district=nowhere")) {
      var reply = http.getAnonymous(path);
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.body()).contains("district", "区县", "nowhere");
    }
  }

  @Test
  void theBoardIsReadOnly() {
    for (var path : List.of("/public/projects", "/public/projects.json")) {
      var posted = http.send(null, null, HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(posted.status()).as(path + ": " + posted.body()).isEqualTo(401);
    }
  }

  private String entered(ProjectDraft draft) {
    var created = http.post("chenjing", PROJECTS, Drafts.json(draft));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return draft.code();
  }

  private Http.Reply get(String path, String accept) {
    var request = HttpRequest.newBuilder(http.uri(path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(null, null, request);
  }

  /** The project's part of the page, from its heading to the end of its section. */
  private static String section(String page, String code) {
    var start = page.indexOf(" " + code + " ");
    assertThat(start).as(code + " on the page").isPositive();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static JsonNode project(JsonNode board, String code) {
    for (var project : board.get("projects")) {
      if (project.get("code").asText().equals(code)) {
        return project;
      }
    }
    throw new AssertionError("not on the board: " + code + " in " + board);
  }

  private static List<String> fieldNames(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
