package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/projects/spending}: a 道里区 project of 100,000.00 yuan planned 20/50/80/100 % by the end of March,
 * June, October and December, on a fund line of its own. The ledger shows 100,000.00 received and allocated in
 * March; disbursed 15,000.00 on 20 March, 35,000.00 on 10 June, 5,000.00 on 12 June reversed on 15 June, and
 * 10,000.00 on 10 January of the next year.
 */
@IntegrationTest
class SpendingAgainstPlanOverHttpTest {

  @Autowired Http http;
  @Autowired FundLedger ledger;

  private final String code = freshCode();
  private final FundLineKey line = new FundLineKey("daoli", "非重点村产业扶贫产业发展资金-" + UUID.randomUUID()
      .toString().substring(0, 8), FundLevel.CITY, "2130599", "50299", "30299");

  @BeforeEach
  void aProjectWithDisbursementsInMarchAndJune() {
    var draft = Drafts.withPlan(Drafts.withBudget(anIndustryProject("daoli", code), new BigDecimal("100000.00")),
        "20", "50", "80", "100");
    var project = new ProjectDraft(draft.district(), draft.code(), draft.name(), line.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
    var created = http.post("chenjing", ProjectsApi.PATH, Drafts.json(project));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    post(EntryType.RECEIPT, 10_000_000L, null, LocalDate.of(2020, 3, 1));
    post(EntryType.ALLOCATION, 10_000_000L, code, LocalDate.of(2020, 3, 5));
    post(EntryType.DISBURSEMENT, 1_500_000L, code, LocalDate.of(2020, 3, 20));
    post(EntryType.DISBURSEMENT, 3_500_000L, code, LocalDate.of(2020, 6, 10));
    var mistaken = post(EntryType.DISBURSEMENT, 500_000L, code, LocalDate.of(2020, 6, 12));
    ledger.reverse("reversal-" + UUID.randomUUID(), mistaken, "重复拨付", LocalDate.of(2020, 6, 15));
    post(EntryType.DISBURSEMENT, 1_000_000L, code, LocalDate.of(2021, 1, 10));
  }

  @Test
  void asOfTheEndOfJuneMarchIsBehindJuneOnPlanAndHalfTheBudgetIsDisbursed() {
    var reply = http.get("chenjing", ProjectsApi.PATH + "/spending?district=daoli&year=2020&asOf=2020-06-30");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("district").asText()).isEqualTo("daoli");
    assertThat(report.get("year").asInt()).isEqualTo(2020);
    assertThat(report.get("asOf").asText()).isEqualTo("2020-06-30");
    var project = only(report.get("projects"), "code", code);
    assertThat(project.get("budgetYuan").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(project.get("disbursedYuan").decimalValue()).isEqualByComparingTo("50000.00");
    assertThat(project.get("disbursedPercent").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(project.get("status").asText()).isEqualTo("AHEAD_OR_ON_PLAN");
    assertCheckpoint(project.get("checkpoints").get(0), "MARCH", "2020-03-31", "20", "20000.00", "15000.00",
        "BEHIND_PLAN");
    assertCheckpoint(project.get("checkpoints").get(1), "JUNE", "2020-06-30", "50", "50000.00", "50000.00",
        "AHEAD_OR_ON_PLAN");
    assertCheckpoint(project.get("checkpoints").get(2), "OCTOBER", "2020-10-31", "80", "80000.00", "50000.00",
        "NOT_YET_DUE");
    assertCheckpoint(project.get("checkpoints").get(3), "DECEMBER", "2020-12-31", "100", "100000.00", "50000.00",
        "NOT_YET_DUE");
    // Money with two decimals as the other APIs write it.
    assertThat(reply.body()).contains("\"budgetYuan\":100000.00,", "\"plannedYuan\":20000.00,",
        "\"disbursedPercent\":50.00,");

    var fundLine = only(report.get("fundLines"), "fundLine", line.fundLine());
    assertThat(fundLine.get("level").asText()).isEqualTo("CITY");
    assertThat(fundLine.get("levelLabel").asText()).isEqualTo("市级");
    assertThat(fundLine.get("receivedYuan").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(fundLine.get("matchedYuan").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(fundLine.get("allocatedYuan").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(fundLine.get("disbursedYuan").decimalValue()).isEqualByComparingTo("50000.00");
    assertThat(fundLine.get("spendingRatePercent").decimalValue()).isEqualByComparingTo("50.00");
  }

  @Test
  void aReversalCountsOnItsOwnDateAndNextYearsDisbursementsNotAtAll() {
    var beforeReversal = http.get("zhaolei", path("year=2020&asOf=2020-06-14")).json().get("project");
    var afterTheYear = http.get("sunli", path("year=2020&asOf=2021-02-01")).json().get("project");
    var april = http.get("wuqiang", path("year=2020&asOf=2020-04-01")).json().get("project");

    assertThat(beforeReversal.get("disbursedYuan").decimalValue()).isEqualByComparingTo("55000.00");
    assertThat(beforeReversal.get("status").asText()).as("March passed, June not yet").isEqualTo("BEHIND_PLAN");
    assertThat(beforeReversal.get("checkpoints").get(1).get("status").asText()).isEqualTo("NOT_YET_DUE");
    assertThat(afterTheYear.get("disbursedYuan").decimalValue()).isEqualByComparingTo("50000.00");
    assertThat(afterTheYear.get("status").asText()).as("December: 50,000.00 of 100,000.00").isEqualTo("BEHIND_PLAN");
    assertThat(afterTheYear.get("checkpoints").get(2).get("status").asText()).isEqualTo("BEHIND_PLAN");
    assertThat(april.get("disbursedYuan").decimalValue()).isEqualByComparingTo("15000.00");
    assertThat(april.get("disbursedPercent").decimalValue()).isEqualByComparingTo("15.00");
  }

  @Test
  void theOneProjectAnswerMatchesTheDistrictsAndDefaultsTheYearToTheAsOfDate() {
    var reply = http.get("chenjing", path("asOf=2020-06-30"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("year").asInt()).isEqualTo(2020);
    assertThat(reply.json().get("district").asText()).isEqualTo("daoli");
    var district = http.get("chenjing", ProjectsApi.PATH + "/spending?asOf=2020-06-30").json();
    assertThat(reply.json().get("project")).isEqualTo(only(district.get("projects"), "code", code));
  }

  @Test
  void anotherDistrictsOfficialIsRefused() {
    for (var reply : java.util.List.of(http.get("yangmin", ProjectsApi.PATH + "/spending?district=daoli&year=2020"),
        http.get("yangmin", path("year=2020")))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(403);
      assertThat(reply.json().get("message").asText()).contains("无权访问其他区县的项目库").contains("another district");
    }
    assertThat(http.get("zhangwei", ProjectsApi.PATH + "/spending?district=daoli").status()).as("a township officer")
        .isEqualTo(403);
  }

  @Test
  void badParametersAreRefusedNamingThemAndAnUnknownProjectIsNotFound() {
    var year = http.get("chenjing", ProjectsApi.PATH + "/spending?district=daoli&year=abc");
    var farYear = http.get("chenjing", ProjectsApi.PATH + "/spending?district=daoli&year=1900");
    var asOf = http.get("chenjing", path("asOf=30.06.2020"));
    var district = http.get("demo", ProjectsApi.PATH + "/spending?district=atlantis");
    var noDistrict = http.get("sunli", ProjectsApi.PATH + "/spending");
    var unknown = http.get("chenjing", ProjectsApi.PATH + "/daoli/" + freshCode() + "/spending?year=2020");

    assertThat(year.status()).isEqualTo(400);
    assertThat(year.json().get("message").asText()).contains("参数 year 格式错误").contains("Parameter year is malformed");
    assertThat(farYear.status()).isEqualTo(400);
    assertThat(farYear.json().get("message").asText()).contains("年度（year）").contains("year: must lie between");
    assertThat(asOf.status()).isEqualTo(400);
    assertThat(asOf.json().get("message").asText()).contains("asOf");
    assertThat(district.status()).isEqualTo(400);
    assertThat(district.json().get("message").asText()).contains("district: unknown district: atlantis");
    assertThat(noDistrict.status()).isEqualTo(400);
    assertThat(noDistrict.json().get("message").asText()).contains("区县（district）必填").contains("district: required");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("项目库中没有该项目").contains("No project");
  }

  private String path(String query) {
    return ProjectsApi.PATH + "/daoli/" + code + "/spending?" + query;
  }

  private String post(EntryType type, long fen, String projectCode, LocalDate occurredOn) {
    return ledger.post(new Posting(type + "-" + UUID.randomUUID(), type, line, fen, "FD-2020-SPEND",
        "哈财指（农）〔2020〕590号", projectCode, projectCode == null ? null : "购置基础母牛", occurredOn)).id();
  }

  private static JsonNode only(JsonNode array, String field, String value) {
    var matches = StreamSupport.stream(array.spliterator(), false)
        .filter(node -> value.equals(node.get(field).asText())).toList();
    assertThat(matches).as(field + " = " + value).hasSize(1);
    return matches.get(0);
  }

  private static void assertCheckpoint(JsonNode checkpoint, String name, String date, String percent, String planned,
      String disbursed, String status) {
    assertThat(checkpoint.get("checkpoint").asText()).isEqualTo(name);
    assertThat(checkpoint.get("date").asText()).isEqualTo(date);
    assertThat(checkpoint.get("plannedPercent").decimalValue()).isEqualByComparingTo(percent);
    assertThat(checkpoint.get("plannedYuan").decimalValue()).isEqualByComparingTo(planned);
    assertThat(checkpoint.get("disbursedYuan").decimalValue()).as(name).isEqualByComparingTo(disbursed);
    assertThat(checkpoint.get("status").asText()).as(name).isEqualTo(status);
  }
}
