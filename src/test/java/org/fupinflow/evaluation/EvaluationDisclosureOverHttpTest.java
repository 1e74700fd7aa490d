package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 4 over HTTP, by hand, in 通河县 in 2021 (a county and year no other test uses): what the fund-disbursement and
 * public-notice cases would have written to the boards' tables, written here directly. November and December 2021
 * have no public holiday, so working days are Monday to Friday.
 */
@IntegrationTest
class EvaluationDisclosureOverHttpTest {

  private static final String CASE = "FD-tonghe-2021-test-";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeTheRecords() {
    jdbc.update("DELETE FROM public_fund_announcement WHERE district = 'tonghe' AND case_number LIKE ?", CASE + "%");
    jdbc.update("DELETE FROM fund_allocation WHERE district = 'tonghe' AND case_number LIKE ?", CASE + "%");
    jdbc.update("DELETE FROM public_notice WHERE district = 'tonghe' AND case_number LIKE 'HI-tonghe-2021-test-%'");
  }

  /**
   * County: 60,000.00 disbursed and published on Monday 1 November (0 working days: 1); 40,000.00 disbursed that day
   * and published on 13 December, 30 working days later ((40 − 30) / 20 = 0.5); 50,000.00 disbursed that day and never
   * published, 44 working days open at 31 December (0); 10,000.00 disbursed on 15 December, 12 working days open (not
   * counted yet): 5 × (60,000 + 20,000) / 150,000 = 2.666… → 2.67. Village: of five notices one is withdrawn and one
   * still running; of the three ended, one was ended before the end of its 5th day: 5 × 2 / 3 = 3.33. Item 4 = 6.00.
   */
  @Test
  void item4IsComputedFromTheFundsBoardAndTheVillageNotices() {
    disbursed(1, 6_000_000L, "2021-11-01", Instant.parse("2021-11-01T03:00:00Z"));
    disbursed(2, 4_000_000L, "2021-11-01", Instant.parse("2021-12-13T03:00:00Z"));
    disbursed(3, 5_000_000L, "2021-11-01", null);
    disbursed(4, 1_000_000L, "2021-12-15", null);
    notice(1, "2021-06-01", "COMPLETED", Instant.parse("2021-06-06T15:59:59Z"));
    notice(2, "2021-06-01", "COMPLETED", Instant.parse("2021-06-04T02:00:00Z"));
    notice(3, "2021-07-01", "WITHDRAWN", Instant.parse("2021-07-03T02:00:00Z"));
    notice(4, "2021-08-02", "COMPLETED", Instant.parse("2021-08-07T16:00:05Z"));
    notice(5, "2021-12-29", "RUNNING", null);

    var reply = http.get("sunli", EvaluationApi.PATH + "?district=tonghe&year=2021");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var disclosure = indicator(reply.json(), "4");
    assertThat(disclosure.get("maximumPoints").asInt()).isEqualTo(10);
    assertThat(disclosure.get("formula").asText()).contains("20个工作日", "公示满5日");
    var county = disclosure.get("county");
    assertThat(county.get("lines").asInt()).isEqualTo(4);
    assertThat(county.get("publishedInTime").asInt()).isEqualTo(1);
    assertThat(county.get("publishedLate").asInt()).isEqualTo(1);
    assertThat(county.get("notPublished").asInt()).isEqualTo(2);
    assertThat(county.get("disbursedYuan").decimalValue()).isEqualByComparingTo("160000.00");
    assertThat(county.get("countedYuan").decimalValue()).isEqualByComparingTo("150000.00");
    var late = line(county, 2);
    assertThat(late.get("publishedOn").asText()).isEqualTo("2021-12-13");
    assertThat(late.get("workingDaysToPublish").asInt()).isEqualTo(30);
    assertThat(late.get("share").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(line(county, 3).get("workingDaysOpen").asInt()).isEqualTo(44);
    assertThat(line(county, 3).get("countedYuan").decimalValue()).isEqualByComparingTo("50000.00");
    assertThat(line(county, 4).get("workingDaysOpen").asInt()).isEqualTo(12);
    assertThat(line(county, 4).get("countedYuan").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(county.get("points").decimalValue()).isEqualByComparingTo("2.67");

    var village = disclosure.get("village");
    assertThat(village.get("posted").asInt()).isEqualTo(5);
    assertThat(village.get("running").asInt()).isEqualTo(1);
    assertThat(village.get("withdrawn").asInt()).isEqualTo(1);
    assertThat(village.get("ended").asInt()).isEqualTo(3);
    assertThat(village.get("fullPeriod").asInt()).isEqualTo(2);
    assertThat(village.get("points").decimalValue()).isEqualByComparingTo("3.33");
    assertThat(village.get("notStored").asText()).contains("提请公示日期");
    assertThat(village.toString()).doesNotContain("\"person\"", "张**");

    assertThat(disclosure.get("points").decimalValue()).isEqualByComparingTo("6.00");
    assertThat(reply.json().get("computedMaximum").asInt()).isEqualTo(39);
    assertThat(StreamSupport.stream(reply.json().get("notComputed").spliterator(), false)
        .map(item -> item.get("item").asText())).doesNotContain("4");
  }

  @Test
  void item4IsNoLongerEnteredFromEvidence() {
    var reply = http.put("sunli", EvaluationApi.PATH + "/tonghe/2021/evidence/4",
        java.util.Map.of("points", 5, "reference", "哈扶贫办〔2021〕4号"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("评价指标（item）", "item:", "computed");
  }

  private void disbursed(int line, long fen, String on, Instant publishedAt) {
    var caseNumber = CASE + line;
    jdbc.update("INSERT INTO fund_allocation (case_number, proposal_round, line_no, district, project_code, project_name,"
        + " amount_fen, use_description, proposed_on, proposed_by, status, disbursed_on) VALUES (?, 1, 1, 'tonghe', ?,"
        + " '通河县产业扶贫项目', ?, '产业发展', ?, 'chenjing', 'DISBURSED', ?)", caseNumber, "TH-2021-" + line, fen,
        Date.valueOf(LocalDate.parse(on).minusDays(5)), Date.valueOf(on));
    if (publishedAt != null) {
      jdbc.update("INSERT INTO public_fund_announcement (case_number, proposal_round, line_no, district, document_number,"
          + " fund_line, fund_level, project_code, project_name, amount_fen, allocated_on, disbursed_on, published_at)"
          + " VALUES (?, 1, 1, 'tonghe', '黑财指（农）〔2021〕1号', '省级财政专项扶贫资金', 'PROVINCE', ?, '通河县产业扶贫项目', ?,"
          + " ?, ?, ?)", caseNumber, "TH-2021-" + line, fen, Date.valueOf(LocalDate.parse(on).minusDays(5)),
          Date.valueOf(on), Timestamp.from(publishedAt));
    }
  }

  private void notice(int number, String postedOn, String status, Instant finishedAt) {
    var posted = LocalDate.parse(postedOn);
    jdbc.update("INSERT INTO public_notice (id, process_instance_id, case_number, district, kind, title, village, person,"
        + " category_label, reason, posted_on, ends_on, status, finished_at) VALUES (?, ?, ?, 'tonghe', 'IDENTIFICATION',"
        + " '即时帮扶人口认定公示', '新华村', '张**', '一般农户', '因病', ?, ?, ?, ?)", UUID.randomUUID().toString(),
        UUID.randomUUID().toString(), "HI-tonghe-2021-test-" + number, Date.valueOf(posted),
        Date.valueOf(posted.plusDays(5)), status, finishedAt == null ? null : Timestamp.from(finishedAt));
  }

  private static JsonNode line(JsonNode county, int line) {
    return StreamSupport.stream(county.get("publications").spliterator(), false)
        .filter(publication -> publication.get("caseNumber").asText().equals(CASE + line)).findFirst().orElseThrow();
  }

  private static JsonNode indicator(JsonNode report, String item) {
    return StreamSupport.stream(report.get("computed").spliterator(), false)
        .filter(indicator -> indicator.get("item").asText().equals(item)).findFirst().orElseThrow();
  }
}
