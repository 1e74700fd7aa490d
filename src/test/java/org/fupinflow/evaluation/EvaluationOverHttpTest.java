package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/evaluation} over HTTP. Each scenario books its own provincial fund line in a county of its own (like
 * 延寿县, a national poverty county, and like 木兰县, not one), so the district's figures are the scenario's alone:
 * Harbin's real counties also hold the 590号 shares other tests register, which the carry-over counts.
 */
@IntegrationTest
class EvaluationOverHttpTest {

  private static final long YUAN_100000 = 10_000_000L;
  private static final LocalDate RECEIVED = LocalDate.of(2023, 3, 1);

  @Autowired Http http;
  @Autowired FundLedger ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  /**
   * 延寿县 receives four provincial notices of 100,000.00 yuan on 1 March 2023: A allocated and disbursed on day 45,
   * B allocated on day 52 and disbursed on day 61, C allocated and disbursed on day 30, D allocated on day 61 and never
   * disbursed (305 days open at the end of 2023).
   */
  @Test
  void fourProvincialNoticesScoreDisbursementSpeedProjectFilingAndCarryOverByHand() {
    var yanshou = OwnDistricts.aDistrict(identityService, "延寿县");
    jdbc.update("INSERT INTO evaluation_county (district, national_poverty_county) VALUES (?, TRUE)", yanshou);
    var line = aProvincialLine(yanshou);
    var a = notice(line, 45, 45);
    var b = notice(line, 52, 61);
    var c = notice(line, 30, 30);
    var d = notice(line, 61, null);

    var reply = http.get("sunli", EvaluationApi.PATH + "?district=" + yanshou + "&year=2023");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("districtName").asText()).startsWith("延寿县");
    assertThat(report.get("cutOff").asText()).isEqualTo("2023-12-31");

    var speed = indicator(report, "2");
    assertThat(speed.get("maximumPoints").asInt()).isEqualTo(5);
    assertThat(notice(speed, a).get("points").decimalValue()).isEqualByComparingTo("2.50");
    assertThat(notice(speed, b).get("points").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(notice(speed, c).get("points").decimalValue()).isEqualByComparingTo("5.00");
    var undisbursed = notice(speed, d).get("movements").get(0);
    assertThat(undisbursed.get("days").asLong()).isEqualTo(305);
    assertThat(undisbursed.get("countedYuan").decimalValue()).isEqualByComparingTo("100000.00");
    // 5 × (0.5 + 0 + 1 + 0) / 4 = 1.875
    assertThat(speed.get("points").decimalValue()).isEqualByComparingTo("1.88");
    assertThat(speed.get("countedYuan").decimalValue()).isEqualByComparingTo("400000.00");
    var onTime = notice(speed, c);
    assertThat(onTime.get("receivedOn").asText()).isEqualTo("2023-03-01");
    assertThat(onTime.get("movements").get(0).get("on").asText()).isEqualTo("2023-03-31");
    assertThat(onTime.get("movements").get(0).get("days").asLong()).isEqualTo(30);

    var filing = indicator(report, "3");
    assertThat(filing.get("maximumPoints").asInt()).isEqualTo(10);
    assertThat(notice(filing, b).get("points").decimalValue()).isEqualByComparingTo("5.33");
    assertThat(notice(filing, d).get("points").decimalValue()).isEqualByComparingTo("0.00");
    // 10 × (1 + 8/15 + 1 + 0) / 4 = 6.333…
    assertThat(filing.get("points").decimalValue()).isEqualByComparingTo("6.33");

    // 400,000.00 in, 300,000.00 out: 25% carried over under one year → 0 + 4 + 2
    var carryOver = indicator(report, "6");
    assertThat(carryOver.get("availableYuan").decimalValue()).isEqualByComparingTo("400000.00");
    assertThat(carryOver.get("underOneYearPercent").decimalValue()).isEqualByComparingTo("25.00");
    assertThat(carryOver.get("points").decimalValue()).isEqualByComparingTo("6.00");

    assertThat(report.get("computedPoints").decimalValue()).isEqualByComparingTo("14.21");
    assertThat(report.get("computedMaximum").asInt()).isEqualTo(39);
    assertThat(report.get("notComputed")).hasSize(8);
    assertThat(reply.body()).contains("\"availableYuan\":400000.00,");
  }

  /** 木兰县 receives 100,000.00 yuan on 1 February 2023 and disburses 90,000.00 on 1 March; a mistake is reversed. */
  @Test
  void tenPercentCarriedOverUnderOneYearEarns6Point67OfTheEight() {
    var mulan = OwnDistricts.aDistrict(identityService, "木兰县");
    var line = aProvincialLine(mulan);
    var document = "黑财指（农）〔2023〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    post(line, EntryType.RECEIPT, YUAN_100000, document, null, LocalDate.of(2023, 2, 1));
    post(line, EntryType.ALLOCATION, YUAN_100000, document, "475-0401-YSN-8HGE", LocalDate.of(2023, 2, 10));
    post(line, EntryType.DISBURSEMENT, YUAN_100000 * 9 / 10, document, "475-0401-YSN-8HGE", LocalDate.of(2023, 3, 1));
    var mistaken = post(line, EntryType.DISBURSEMENT, YUAN_100000 / 20, document, "475-0401-YSN-8HGE",
        LocalDate.of(2023, 3, 2));
    ledger.reverse("reversal-" + UUID.randomUUID(), mistaken, "重复拨付", LocalDate.of(2023, 3, 5));

    var carryOver = indicator(http.get("wuqiang", EvaluationApi.PATH + "?district=" + mulan + "&year=2023").json(), "6");

    assertThat(carryOver.get("underOneYearPercent").decimalValue()).isEqualByComparingTo("10.00");
    // 8 × (20 − 10) / (20 − 8)
    assertThat(carryOver.get("underOneYearPoints").decimalValue()).isEqualByComparingTo("6.67");
    assertThat(carryOver.get("points").decimalValue()).isEqualByComparingTo("12.67");
  }

  /** A provincial notice registered by city finance starts 道里区's case, whose receipt the evaluation reads. */
  @Test
  void aRegisteredProvincialNoticeLeftUndisbursedCountsWithNothing() {
    var document = "黑财指（农）〔2024〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    new DaoliFundShares(http, jdbc).registered(document, "2024-04-10", "省级",
        "省级财政专项扶贫资金-" + UUID.randomUUID().toString().substring(0, 8), "", "1000.00");

    var reply = http.get("chenjing", EvaluationApi.PATH + "?year=2024");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var notice = notice(indicator(reply.json(), "2"), document);
    assertThat(notice.get("receivedOn").asText()).isEqualTo("2024-04-10");
    assertThat(notice.get("caseNumber").asText()).startsWith("FD-daoli-");
    assertThat(notice.get("countedYuan").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(notice.get("points").decimalValue()).isEqualByComparingTo("0.00");
  }

  @Test
  void otherDistrictsAreForbiddenAndBadYearsOrDistrictsAreNamed() {
    assertThat(http.get("chenjing", EvaluationApi.PATH + "?district=hulan&year=2023").status()).isEqualTo(403);
    assertThat(http.get("yangmin", EvaluationApi.PATH + "?district=hulan&year=2023").status()).isEqualTo(200);
    assertThat(http.get("zhaolei", EvaluationApi.PATH + "?year=2023").status()).isEqualTo(200);
    assertThat(http.get("zhoujie", EvaluationApi.PATH + "?district=daoli&year=2023").status()).isEqualTo(200);
    assertThat(http.get("demo", EvaluationApi.PATH + "?district=daoli&year=2023").status()).isEqualTo(200);
    assertThat(http.get("lina", EvaluationApi.PATH + "?district=daoli&year=2023").status()).isEqualTo(403);
    for (var year : List.of("1900", "2999", "abc")) {
      var reply = http.get("chenjing", EvaluationApi.PATH + "?year=" + year);
      assertThat(reply.status()).as(year).isEqualTo(400);
      assertThat(reply.body()).contains("年度（year）", "year:");
    }
    var unknown = http.get("demo", EvaluationApi.PATH + "?district=atlantis&year=2023");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("区县（district）", "district:");
    var noDistrict = http.get("sunli", EvaluationApi.PATH + "?year=2023");
    assertThat(noDistrict.status()).isEqualTo(400);
    assertThat(noDistrict.body()).contains("district");
  }

  private FundLineKey aProvincialLine(String district) {
    return new FundLineKey(district, "省级财政专项扶贫资金-" + UUID.randomUUID().toString().substring(0, 8),
        FundLevel.PROVINCE, "2130599", "50205", "30227");
  }

  /** A notice of 100,000.00 received on 1 March 2023, allocated and disbursed that many days later (null: never). */
  private String notice(FundLineKey line, int allocatedAfter, Integer disbursedAfter) {
    var document = "黑财指（农）〔2023〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    post(line, EntryType.RECEIPT, YUAN_100000, document, null, RECEIVED);
    post(line, EntryType.ALLOCATION, YUAN_100000, document, "475-0401-YSN-8HGE", RECEIVED.plusDays(allocatedAfter));
    if (disbursedAfter != null) {
      post(line, EntryType.DISBURSEMENT, YUAN_100000, document, "475-0401-YSN-8HGE",
          RECEIVED.plusDays(disbursedAfter));
    }
    return document;
  }

  private String post(FundLineKey line, EntryType type, long fen, String document, String project, LocalDate on) {
    return ledger.post(new Posting(UUID.randomUUID().toString(), type, line, fen, null, document, project, "评价测试",
        on)).id();
  }

  private static JsonNode indicator(JsonNode report, String item) {
    return StreamSupport.stream(report.get("computed").spliterator(), false)
        .filter(indicator -> indicator.get("item").asText().equals(item)).findFirst().orElseThrow();
  }

  private static JsonNode notice(JsonNode indicator, String document) {
    return StreamSupport.stream(indicator.get("notices").spliterator(), false)
        .filter(notice -> notice.get("documentNumber").asText().equals(document)).findFirst().orElseThrow();
  }
}
