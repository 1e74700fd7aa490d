package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code PUT /api/evaluation/{district}/{year}/evidence/{item}} over HTTP, in 2022: the total, scale and grade of
 * {@code GET}. The graded scenario works in a county of its own (like 依兰县, not a national poverty county), whose
 * computed part is its alone; 延寿县 (one) and the refusals read nothing another test writes.
 */
@IntegrationTest
class EvaluationEvidenceOverHttpTest {

  private static final String YILAN_2022 = EvaluationApi.PATH + "/yilan/2022/evidence/";

  @Autowired Http http;
  @Autowired IdentityService identityService;

  /**
   * The county has no ledger entries, disbursements or notices up to 2022 (computed 0): 3 + 2 + 10 + 15 + 15 + 3 − 2 =
   * 46 on 84 points, 54.76 on 100: 不及格; no grade while an item is missing.
   */
  @Test
  void theCityPovertyOfficeEntersEveryItemAndANonPoorCountyIsGradedOn84Points() {
    var yilan = OwnDistricts.aDistrict(identityService, "依兰县");
    var partial = enter(yilan, "1a", "3", "哈扶贫办〔2022〕12号");
    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().get("grade").isNull()).isTrue();
    assertThat(partial.json().get("gradeNote").asText()).contains("incomplete");

    for (var item : Map.of("1b", "2", "5", "10", "8", "15", "9", "15").entrySet()) {
      assertThat(enter(yilan, item.getKey(), item.getValue(), "哈扶贫办〔2022〕" + item.getKey() + "号").status())
          .isEqualTo(200);
    }
    assertThat(enter(yilan, "10", "1.50", "哈扶贫办〔2022〕创新").status()).isEqualTo(200);
    assertThat(enter(yilan, "10", "3", "哈扶贫办〔2022〕创新").status()).as("idempotent upsert").isEqualTo(200);
    assertThat(enter(yilan, "11", "-2", "哈纪〔2022〕3号").status()).isEqualTo(200);

    var reply = http.get("sunli", EvaluationApi.PATH + "?district=" + yilan + "&year=2022");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("nationalPovertyCounty").asBoolean()).isFalse();
    assertThat(report.get("scale").asInt()).isEqualTo(84);
    assertThat(report.get("scaleReason").asText()).contains("84");
    assertThat(report.get("rawTotal").decimalValue()).isEqualByComparingTo("46.00");
    assertThat(report.get("total").decimalValue()).isEqualByComparingTo("54.76");
    assertThat(report.get("grade").asText()).isEqualTo("不及格");
    assertThat(report.get("gradeNote").asText()).contains("complete").doesNotContain("incomplete");
    assertThat(report.get("notComputed")).isEmpty();
    assertThat(report.get("entered")).hasSize(7);
    var innovation = entered(report, "10");
    assertThat(innovation.get("points").decimalValue()).isEqualByComparingTo("3.00");
    assertThat(innovation.get("reference").asText()).isEqualTo("哈扶贫办〔2022〕创新");
    assertThat(innovation.get("enteredBy").asText()).isEqualTo("sunli");
    assertThat(innovation.get("enteredAt").asText()).isNotBlank();
    assertThat(entered(report, "11").get("points").decimalValue()).isEqualByComparingTo("-2.00");
  }

  @Test
  void aNationalPovertyCountyIsScoredOn100PointsWithItem7() {
    var reply = http.put("demo", EvaluationApi.PATH + "/yanshou/2022/evidence/7",
        Map.of("points", 16, "reference", "延寿县整合资金简报〔2022〕1号"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("nationalPovertyCounty").asBoolean()).isTrue();
    assertThat(report.get("scale").asInt()).isEqualTo(100);
    assertThat(entered(report, "7").get("enteredBy").asText()).isEqualTo("demo");
    assertThat(report.get("total").decimalValue()).isEqualByComparingTo(report.get("rawTotal").decimalValue());
    assertThat(report.get("grade").isNull()).isTrue();
    assertThat(report.get("notComputed")).hasSize(7);
  }

  @Test
  void onlyTheCityPovertyOfficeAndAdministratorsEnterEvidence() {
    var body = Map.of("points", 1, "reference", "哈扶贫办〔2022〕99号");
    assertThat(http.put("chenjing", YILAN_2022 + "5", body).status()).isEqualTo(403);
    assertThat(http.put("chenjing", EvaluationApi.PATH + "/daoli/2022/evidence/5", body).status()).isEqualTo(403);
    assertThat(http.put("wuqiang", YILAN_2022 + "5", body).status()).isEqualTo(403);
  }

  @Test
  void badEvidenceIsRefusedNamingTheField() {
    assertRefused(enter("5", "10.01", "哈扶贫办〔2022〕5号"), "得分（points）", "points:");
    assertRefused(enter("4", "10", "哈扶贫办〔2022〕4号"), "评价指标（item）", "item:");
    assertRefused(enter("11", "1", "哈纪〔2022〕3号"), "得分（points）", "points:");
    assertRefused(enter("11", "-10.5", "哈纪〔2022〕3号"), "得分（points）", "points:");
    assertRefused(enter("10", "3.5", "哈扶贫办〔2022〕创新"), "得分（points）", "points:");
    assertRefused(enter("5", "1.005", "哈扶贫办〔2022〕5号"), "得分（points）", "points:");
    assertRefused(http.put("sunli", YILAN_2022 + "5", Map.of("reference", "哈扶贫办〔2022〕5号")), "得分（points）",
        "points:");
    assertRefused(enter("5", "5", "  "), "佐证文件（reference）", "reference:");
    assertRefused(http.put("sunli", YILAN_2022 + "5", Map.of("points", 5)), "佐证文件（reference）", "reference:");
    assertRefused(enter("12", "1", "哈扶贫办〔2022〕12号"), "评价指标（item）", "item:");
    assertRefused(enter("2", "1", "哈扶贫办〔2022〕12号"), "评价指标（item）", "item:");
    assertRefused(enter("7", "10", "哈扶贫办〔2022〕7号"), "评价指标（item）", "item:");
    var body = Map.of("points", 1, "reference", "哈扶贫办〔2022〕1号");
    assertRefused(http.put("sunli", EvaluationApi.PATH + "/atlantis/2022/evidence/5", body), "区县（district）",
        "district:");
    assertRefused(http.put("sunli", EvaluationApi.PATH + "/yilan/2999/evidence/5", body), "年度（year）", "year:");
    assertRefused(http.put("sunli", EvaluationApi.PATH + "/yilan/abc/evidence/5", body), "年度（year）", "year:");
  }

  private Http.Reply enter(String item, String points, String reference) {
    return enter("yilan", item, points, reference);
  }

  private Http.Reply enter(String district, String item, String points, String reference) {
    return http.put("sunli", EvaluationApi.PATH + "/" + district + "/2022/evidence/" + item,
        Map.of("points", new java.math.BigDecimal(points), "reference", reference));
  }

  private static void assertRefused(Http.Reply reply, String chinese, String english) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains(chinese, english);
  }

  private static JsonNode entered(JsonNode report, String item) {
    return StreamSupport.stream(report.get("entered").spliterator(), false)
        .filter(entry -> entry.get("item").asText().equals(item)).findFirst().orElseThrow();
  }
}
