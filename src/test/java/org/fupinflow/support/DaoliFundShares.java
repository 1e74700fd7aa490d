package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 道里区's share of a city notice, over HTTP as the officials who do it: 张伟 of 新农镇 applies for a project on a fund
 * line for city-level funds, 陈静 (道里区扶贫办) approves it and 孙丽 (市扶贫办) re-reviews it into the library, 周杰 registers a notice dated 30 Dec 2020 giving 道里区 16,005.30 yuan (or another amount, level
 * and date) on that line.
 */
public final class DaoliFundShares {

  public static final String FUNCTION_CODE = "2130599";
  public static final String GOVERNMENT_ECONOMIC_CODE = "50205";
  public static final String DEPARTMENT_ECONOMIC_CODE = "30227";

  private final Http http;
  private final JdbcTemplate jdbc;

  public DaoliFundShares(Http http, JdbcTemplate jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  /**
   * A project of 道里区's library on {@code fundLine}, with 004-style goals, applied for by 新农镇 for city-level funds
   * and approved by the district and the city, so any notice on the line may fund it; returns its fresh code.
   */
  public String aProject(String fundLine) {
    var code = applied(fundLine);
    approve("chenjing", code);
    approve("sunli", code);
    assertThat(http.get("chenjing", "/api/projects/daoli/" + code).status()).isEqualTo(200);
    return code;
  }

  /**
   * The application of a 道里区 project on {@code fundLine}, with 004-style goals, by 新农镇 for city-level funds, waiting
   * for the district's review; returns its fresh code.
   */
  public String applied(String fundLine) {
    var code = "230-0102-FPJ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
    var body = new LinkedHashMap<String, Object>();
    body.put("district", "daoli");
    body.put("code", code);
    body.put("township", "xinnong");
    body.put("fundLevel", "市级");
    body.put("name", "2020年道里区农村人口精准防贫机制");
    body.put("fundLine", fundLine);
    body.put("purpose", "补充2020年哈尔滨市农村人口精准防贫保险基金");
    body.put("budgetYuan", 40000);
    body.put("spendingPlan", Map.of("march", 25, "june", 50, "october", 75, "december", 100));
    body.put("indicators", List.of(
        Map.of("level", "产出指标", "category", "数量指标", "name", "参保人数", "target", "≥1000人"),
        Map.of("level", "效益指标", "category", "社会效益指标", "name", "防贫对象致贫返贫率", "target", "≤1%")));
    var reply = http.post("zhangwei", "/api/projects/applications", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return code;
  }

  /** The id of the one open step of the project's application that {@code official} sees. */
  public String openStep(String official, String code) {
    var tasks = http.get(official, "/engine-rest/task?processInstanceBusinessKey=PA-daoli-" + code);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.json()).as("open step of %s visible to %s", code, official).hasSize(1);
    return tasks.json().get(0).get("id").asText();
  }

  /** Completes the open review of the project's application as {@code official}, returning it to the township. */
  public void returnToTownship(String official, String code) {
    var reply = http.post(official, "/engine-rest/task/" + openStep(official, code) + "/complete",
        Map.of("variables", Http.variables(Map.of("reviewDecision", "return", "reviewOpinion", "绩效目标请细化到村"))));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  /** Completes the open review of the project's application as {@code official}, approving it. */
  public void approve(String official, String code) {
    var reply = http.post(official, "/engine-rest/task/" + openStep(official, code) + "/complete",
        Map.of("variables", Http.variables(Map.of("reviewDecision", "approve"))));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  /** Registers the notice ({@code matchingRatio} "1:1", or "" for none); returns 道里区's fund-disbursement case. */
  public String registered(String documentNumber, String fundLine, String matchingRatio) {
    return registered(documentNumber, fundLine, matchingRatio, "16005.30");
  }

  /** As {@link #registered(String, String, String)}, giving 道里区 {@code amount} yuan. */
  public String registered(String documentNumber, String fundLine, String matchingRatio, String amount) {
    return registered(documentNumber, "2020-12-30", "市级", fundLine, matchingRatio, amount);
  }

  /** A notice of {@code level} (省级, 市级 …) issued on {@code issuedOn}, giving 道里区 {@code amount} yuan. */
  public String registered(String documentNumber, String issuedOn, String level, String fundLine, String matchingRatio,
      String amount) {
    var body = new LinkedHashMap<String, Object>();
    body.put("documentNumber", documentNumber);
    body.put("issuedOn", issuedOn);
    body.put("level", level);
    body.put("fundLine", fundLine);
    body.put("functionCode", FUNCTION_CODE);
    body.put("governmentEconomicCode", GOVERNMENT_ECONOMIC_CODE);
    body.put("departmentEconomicCode", DEPARTMENT_ECONOMIC_CODE);
    body.put("matchingRatio", matchingRatio);
    body.put("shares", List.of(Map.of("district", "daoli", "amount", amount)));
    var reply = http.post("zhoujie", "/api/fund-notices", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var id = jdbc.queryForObject("SELECT s.process_instance_id FROM fund_notice_share s JOIN fund_notice n"
        + " ON n.id = s.notice_id WHERE n.document_number = ? AND s.district = 'daoli'", String.class, documentNumber);
    assertThat(id).isNotNull();
    return id;
  }
}
