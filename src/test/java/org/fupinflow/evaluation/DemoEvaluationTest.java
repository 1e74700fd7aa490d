package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 道里区's 2020 evaluation as the demo leaves it, computed from the demo's notices and disbursements worked through the
 * real cases, with the points worked out by hand:
 * <ul>
 *   <li>2 县级财政拨付进度: the provincial 200,000.00 disbursed on day 24 scores 1, the central 100,000.00 on day 59
 *   scores (60 − 59) / 30; 5 × (200,000 × 30 + 100,000 × 1) / (300,000 × 30) = 3.3889 → 3.39 (the city's 590号 does
 *   not count: 省砍块到县的资金 only);</li>
 *   <li>3 项目备案: allocated on days 15 and 45, both within 45 days: 10.00;</li>
 *   <li>6 结转结余: 32,010.60 of 590号 and its matching, received on 30 and matched on 31 December, disbursed only in
 *   2021, against 332,010.60 available: r = 9.64%, 8 × (20 − 9.6414) / 12 = 6.91, plus 4 and 2: 12.91;</li>
 *   <li>4 信息公开: both disbursed allocations reached /public/funds on their day: county 5.00; no village notice of
 *   2020: village part not scored, 5.00;</li>
 *   <li>evidence 2.50 + 2.00 + 9.00 + 14.00 + 13.50 + 1.00 + 0.00 = 42.00;</li>
 *   <li>raw 73.30 of 84 (道里区 is not a national poverty county) → 73.30 × 100 / 84 = 87.26: 良好.</li>
 * </ul>
 * The demo's case published that grade when the application started, computed from the demo's data alone. What is
 * computed today covers every notice and fund line of 道里区's 2020, and other tests book theirs there too (the
 * officials of the demo are 道里区's): the test reads the demo's own notices and its 590号 line from it.
 */
@IntegrationTest
class DemoEvaluationTest {

  @Autowired Http http;

  @Test
  void daolis2020EvaluationIsComputedFromTheDemosNoticesAndDisbursementsAndGraded() {
    var reply = http.get("chenjing", EvaluationApi.PATH + "?district=daoli&year=2020");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("cutOff").asText()).isEqualTo("2020-12-31");
    assertThat(report.at("/materials/submittedBy").asText()).isEqualTo("chenjing");
    assertThat(report.at("/published/total").decimalValue()).isEqualByComparingTo("87.26");
    assertThat(report.at("/published/grade").asText()).isEqualTo("良好");
    assertThat(report.at("/published/publishedBy").asText()).isEqualTo("sunli");

    // 5 × 1 and 5 × (60 − 59) / 30
    assertThat(points(notice(report, "2", "黑财指（农）〔2020〕45号"))).isEqualByComparingTo("5.00");
    assertThat(points(notice(report, "2", "财农〔2020〕60号"))).isEqualByComparingTo("0.17");
    assertThat(notice(report, "2", "财农〔2020〕60号").at("/movements/0/days").asLong()).isEqualTo(59);
    assertThat(points(notice(report, "3", "黑财指（农）〔2020〕45号"))).isEqualByComparingTo("10.00");
    assertThat(points(notice(report, "3", "财农〔2020〕60号"))).isEqualByComparingTo("10.00");
    assertThat(indicator(report, "2").get("notices").findValuesAsText("documentNumber"))
        .doesNotContain("哈财指（农）〔2020〕590号");
    var harbin = fundLine(report, "农村人口精准防贫机制市级补助资金");
    assertThat(harbin.get("availableYuan").decimalValue()).isEqualByComparingTo("32010.60");
    assertThat(harbin.get("underOneYearYuan").decimalValue()).isEqualByComparingTo("32010.60");

    var board = http.getAnonymous("/public/evaluations.json?year=2020");
    assertThat(board.status()).isEqualTo(200);
    assertThat(board.body()).contains("道里区", "87.26", "良好");
  }

  @Test
  void theDemosDisbursementsAreInTheLedgerToTheFen() {
    var ledger = http.get("zhaolei", "/api/ledger?district=daoli&fundLine=非重点村产业扶贫产业发展资金");
    assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
    assertThat(ledger.body()).contains("黑财指（农）〔2020〕45号", "财农〔2020〕60号");
    var spending = http.get("chenjing", "/api/projects/daoli/230-0102-CYF-0003/spending?year=2020&asOf=2020-12-31");
    assertThat(spending.status()).as(spending.body()).isEqualTo(200);
    assertThat(spending.json().at("/project/disbursedYuan").decimalValue()).isEqualByComparingTo("300000.00");
  }

  private static JsonNode indicator(JsonNode report, String item) {
    for (var indicator : report.get("computed")) {
      if (indicator.get("item").asText().equals(item)) {
        return indicator;
      }
    }
    throw new AssertionError("no computed item " + item + " in " + report);
  }

  private static JsonNode notice(JsonNode report, String item, String documentNumber) {
    for (var notice : indicator(report, item).get("notices")) {
      if (notice.get("documentNumber").asText().equals(documentNumber)) {
        return notice;
      }
    }
    throw new AssertionError("no notice " + documentNumber + " in item " + item + " of " + report);
  }

  private static JsonNode fundLine(JsonNode report, String fundLine) {
    for (var line : indicator(report, "6").get("fundLines")) {
      if (line.get("fundLine").asText().equals(fundLine)) {
        return line;
      }
    }
    throw new AssertionError("no fund line " + fundLine + " in " + report);
  }

  private static java.math.BigDecimal points(JsonNode notice) {
    return notice.get("points").decimalValue();
  }
}
