package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/projects} as 道里区's poverty office and finance bureau, 呼兰区's poverty office and the city see it. */
@IntegrationTest
class ProjectsOverHttpTest {

  private static final String PROJECTS = "/api/projects";

  @Autowired Http http;

  @Test
  void theDistrictPovertyOfficeEntersAProjectAndItsDistrictAndTheCityReadIt() {
    var code = freshCode();
    var created = http.post("chenjing", PROJECTS, Drafts.json(anIndustryProject("daoli", code)));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(PROJECTS + "/daoli/" + code);
    for (var reader : List.of("chenjing", "zhaolei", "sunli", "zhoujie", "wuqiang", "demo")) {
      var read = http.get(reader, PROJECTS + "/daoli/" + code);
      assertThat(read.status()).as(reader + ": " + read.body()).isEqualTo(200);
      var project = read.json();
      assertThat(project.get("name").asText()).isEqualTo("太平镇肉牛养殖产业扶贫项目");
      assertThat(project.get("fundLine").asText()).isEqualTo("非重点村产业扶贫产业发展资金");
      // Exact to the fen and with scale 2 as written (the test's JSON reader would read a double).
      assertThat(read.body()).contains("\"budgetYuan\":120000.50,");
      assertThat(project.get("spendingPlan").get("june").decimalValue()).isEqualByComparingTo("50");
      assertThat(project.get("indicators")).hasSize(4);
      assertThat(project.get("indicators").get(2).get("level").asText()).isEqualTo("效益指标");
      assertThat(project.get("createdBy").asText()).isEqualTo("chenjing");
    }
  }

  @Test
  void thePovertyOfficeUpdatesBudgetPlanAndGoals() {
    var code = freshCode();
    assertThat(http.post("chenjing", PROJECTS, Drafts.json(anIndustryProject("daoli", code))).status()).isEqualTo(201);
    var changed = Drafts.json(Drafts.withPlan(Drafts.withBudget(anIndustryProject("daoli", code),
        new BigDecimal("99000.99")), "10", "60", "90", "100"));
    var goals = new ArrayList<Object>(List.of(Map.of("level", "产出指标", "category", "成本指标", "name", "每头母牛购置成本",
        "target", "≤12000元"), Map.of("level", "效益指标", "category", "经济效益指标", "name", "带动贫困户年均增收",
        "target", "≥1500元")));
    changed.put("indicators", goals);

    var updated = put("chenjing", PROJECTS + "/daoli/" + code, changed);

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    var project = http.get("zhaolei", PROJECTS + "/daoli/" + code).json();
    assertThat(project.get("budgetYuan").decimalValue()).isEqualByComparingTo("99000.99");
    assertThat(project.get("spendingPlan").get("march").decimalValue()).isEqualByComparingTo("10");
    assertThat(project.get("indicators")).extracting(indicator -> indicator.get("name").asText())
        .containsExactly("每头母牛购置成本", "带动贫困户年均增收");
    assertThat(project.get("updatedBy").asText()).isEqualTo("chenjing");
  }

  @Test
  void anotherDistrictsOfficialsNeitherReadNorWriteTheLibrary() {
    var code = freshCode();
    assertThat(http.post("chenjing", PROJECTS, Drafts.json(anIndustryProject("daoli", code))).status()).isEqualTo(201);

    var read = http.get("yangmin", PROJECTS + "/daoli/" + code);
    var list = http.get("yangmin", PROJECTS + "?district=daoli");
    var create = http.post("yangmin", PROJECTS, Drafts.json(anIndustryProject("daoli", freshCode())));
    var update = put("yangmin", PROJECTS + "/daoli/" + code, Drafts.json(anIndustryProject("daoli", code)));

    for (var reply : List.of(read, list, create, update)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(403);
      assertThat(reply.json().get("message").asText()).contains("无权访问其他区县的项目库").contains("another district");
    }
    assertThat(http.get("yangmin", PROJECTS).json()).extracting(project -> project.get("district").asText())
        .doesNotContain("daoli");
  }

  @Test
  void onlyThePovertyOfficeAndAdministratorsWrite() {
    for (var official : List.of("zhaolei", "sunli", "wuqiang", "zhangwei")) {
      var reply = http.post(official, PROJECTS, Drafts.json(anIndustryProject("daoli", freshCode())));
      assertThat(reply.status()).as(official).isEqualTo(403);
    }
    assertThat(http.post("demo", PROJECTS, Drafts.json(anIndustryProject("hulan", freshCode()))).status()).isEqualTo(201);
    assertThat(http.get("zhangwei", PROJECTS).status()).as("a township officer").isEqualTo(403);
  }

  @Test
  void invalidProjectsAreRefusedNamingTheFieldInChineseAndEnglish() {
    var badBudget = Drafts.json(anIndustryProject("daoli", freshCode()));
    badBudget.put("budgetYuan", new BigDecimal("12.345"));
    assertRefused(http.post("chenjing", PROJECTS, badBudget), "预算数（budgetYuan）最多精确到分", "budgetYuan: at most two decimals");

    var notANumber = Drafts.json(anIndustryProject("daoli", freshCode()));
    notANumber.put("budgetYuan", "十二万");
    assertRefused(http.post("chenjing", PROJECTS, notANumber), "字段 budgetYuan 格式错误", "Field budgetYuan is malformed");

    var badCode = Drafts.json(anIndustryProject("daoli", "2020-001"));
    assertRefused(http.post("chenjing", PROJECTS, badCode), "项目编码（code）格式应如 475-0401-YSN-8HGE",
        "code: expected the form 475-0401-YSN-8HGE");

    var badPlan = Drafts.json(Drafts.withPlan(anIndustryProject("daoli", freshCode()), "20", "50", "40", "100"));
    assertRefused(http.post("chenjing", PROJECTS, badPlan), "资金支出计划10月底（spendingPlan.october）",
        "spendingPlan.october: is cumulative");

    var blankTarget = Drafts.json(anIndustryProject("daoli", freshCode()));
    blankTarget.put("indicators", List.of(Map.of("level", "产出指标", "category", "数量指标", "name", "购置基础母牛",
        "target", ""), Map.of("level", "效益指标", "category", "社会效益指标", "name", "x", "target", "≤1个")));
    assertRefused(http.post("chenjing", PROJECTS, blankTarget), "第1项绩效指标指标值（indicators[0].target）必填",
        "indicators[0].target: is required");

    var negativeList = Drafts.json(Drafts.withPurpose(anIndustryProject("daoli", freshCode()), "扶贫宣传费"));
    assertRefused(http.post("chenjing", PROJECTS, negativeList), "资金用途（purpose）",
        "负面清单：工作经费、宣传费以及交通通讯费等不得列入专项扶贫资金支出");
  }

  @Test
  void aProjectWithoutPerformanceGoalsMayNotEnterTheLibrary() {
    var code = freshCode();
    var withoutGoals = Drafts.json(anIndustryProject("daoli", code));
    withoutGoals.remove("indicators");

    assertRefused(http.post("chenjing", PROJECTS, withoutGoals), "没有绩效目标的项目不得入库",
        "a project without performance goals may not enter the library");
    assertThat(http.get("chenjing", PROJECTS + "/daoli/" + code).status()).isEqualTo(404);
  }

  @Test
  void aCodeAlreadyInTheLibraryIsAConflict() {
    var code = freshCode();
    assertThat(http.post("chenjing", PROJECTS, Drafts.json(anIndustryProject("daoli", code))).status()).isEqualTo(201);

    var again = http.post("chenjing", PROJECTS, Drafts.json(anIndustryProject("daoli", code)));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("已在 daoli 的项目库中").contains("already in the project library");
  }

  @Test
  void updatingAProjectNotInTheLibraryIsNotFound() {
    var code = freshCode();
    var reply = put("chenjing", PROJECTS + "/daoli/" + code, Drafts.json(anIndustryProject("daoli", code)));
    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void theDemoLibraryOf道里区HoldsAProjectForEachDemoFundLineAndFiltersByFundLine() {
    var all = http.get("zhaolei", PROJECTS + "?district=daoli").json();
    assertThat(all).extracting(project -> project.get("code").asText())
        .contains("230-0102-FPJ-0001", "230-0102-TBX-0002", "230-0102-CYF-0003");

    var insurance = http.get("zhaolei", PROJECTS + "?district=daoli&fundLine="
        + URLEncoder.encode("扶贫特惠保险补助", StandardCharsets.UTF_8)).json();
    assertThat(insurance).extracting(project -> project.get("code").asText()).containsExactly("230-0102-TBX-0002");
    var harbin = http.get("sunli", PROJECTS + "/daoli/230-0102-FPJ-0001");
    assertThat(harbin.json().get("fundLine").asText()).isEqualTo("农村人口精准防贫机制市级补助资金");
    assertThat(harbin.body()).contains("\"budgetYuan\":32010.60,");
  }

  private Http.Reply put(String user, String path, Object body) {
    try {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
      return http.send(user, user, HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(Http.Reply reply, String chinese, String english) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains(chinese).contains(english);
  }
}
