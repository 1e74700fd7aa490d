package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/projects/monthly-statistics}: a 道里区 project of 200,000.00 yuan planned 20/50/80/100 %, on a fund
 * line of its own. The ledger: 10,000.00 received on 20 Dec 2019 (the year before); in May 2020 200,000.00
 * received, 40,000.00 matched, 150,000.00 allocated, 30,000.00 and 8,000.00 disbursed; in June 60,000.00 received,
 * 50,000.00 allocated, 45,000.00 and 12,345.67 disbursed and May's 8,000.00 reversed on 15 June; 10,000.00 disbursed
 * on 2 July.
 *
 * <p>June by hand: received 60,000.00, matched 0.00, allocated 50,000.00, disbursed 45,000.00 + 12,345.67 − 8,000.00 =
 * 49,345.67. Year to 30 June: received 260,000.00, matched 40,000.00, allocated 200,000.00, disbursed 30,000.00 +
 * 45,000.00 + 12,345.67 = 87,345.67; spending rate 87,345.67 ÷ 300,000.00 = 29.1152…% → 29.12; the project's share
 * 87,345.67 ÷ 200,000.00 = 43.6728…% → 43.67, planned 50 % by 30 June. May: disbursed 38,000.00, rate 38,000.00 ÷
 * 240,000.00 = 15.8333…% → 15.83, share 19.00, planned 20 % by 31 March.
 */
@IntegrationTest
class MonthlyStatisticsOverHttpTest {

  @Autowired Http http;
  @Autowired FundLedger ledger;

  private final String code = freshCode();
  private final FundLineKey line = new FundLineKey("daoli", "月统计产业发展资金-" + UUID.randomUUID()
      .toString().substring(0, 8), FundLevel.CITY, "2130599", "50299", "30299");

  @BeforeEach
  void aProjectWithMoneyInMayAndJune() {
    var draft = Drafts.withPlan(Drafts.withBudget(anIndustryProject("daoli", code), new BigDecimal("200000.00")),
        "20", "50", "80", "100");
    var project = new ProjectDraft(draft.district(), draft.code(), draft.name(), line.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
    var created = http.post("chenjing", ProjectsApi.PATH, Drafts.json(project));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    post(EntryType.RECEIPT, 1_000_000L, null, LocalDate.of(2019, 12, 20));
    post(EntryType.RECEIPT, 20_000_000L, null, LocalDate.of(2020, 5, 8));
    post(EntryType.MATCHING, 4_000_000L, null, LocalDate.of(2020, 5, 12));
    post(EntryType.ALLOCATION, 15_000_000L, code, LocalDate.of(2020, 5, 20));
    post(EntryType.DISBURSEMENT, 3_000_000L, code, LocalDate.of(2020, 5, 25));
    var mistaken = post(EntryType.DISBURSEMENT, 800_000L, code, LocalDate.of(2020, 5, 28));
    post(EntryType.RECEIPT, 6_000_000L, null, LocalDate.of(2020, 6, 3));
    post(EntryType.ALLOCATION, 5_000_000L, code, LocalDate.of(2020, 6, 5));
    post(EntryType.DISBURSEMENT, 4_500_000L, code, LocalDate.of(2020, 6, 10));
    ledger.reverse("reversal-" + UUID.randomUUID(), mistaken, "重复拨付", LocalDate.of(2020, 6, 15));
    post(EntryType.DISBURSEMENT, 1_234_567L, code, LocalDate.of(2020, 6, 18));
    post(EntryType.DISBURSEMENT, 1_000_000L, code, LocalDate.of(2020, 7, 2));
  }

  @Test
  void juneShowsJunesFiguresAndTheYearToTheEndOfJune() {
    var reply = http.get("chenjing", path("district=daoli&month=2020-06"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var report = reply.json();
    assertThat(report.get("district").asText()).isEqualTo("daoli");
    assertThat(report.get("districtName").asText()).isEqualTo("道里区");
    assertThat(report.get("month").asText()).isEqualTo("2020-06");
    assertThat(report.get("from").asText()).isEqualTo("2020-06-01");
    assertThat(report.get("to").asText()).isEqualTo("2020-06-30");

    var fundLine = only(report.get("fundLines"), "fundLine", line.fundLine());
    assertThat(fundLine.get("levelLabel").asText()).isEqualTo("市级");
    assertFlows(fundLine.get("month"), "60000.00", "0.00", "50000.00", "49345.67");
    assertFlows(fundLine.get("yearToDate"), "260000.00", "40000.00", "200000.00", "87345.67");
    assertThat(fundLine.get("spendingRatePercent").decimalValue()).isEqualByComparingTo("29.12");

    var project = only(report.get("projects"), "code", code);
    assertThat(project.get("budgetYuan").decimalValue()).isEqualByComparingTo("200000.00");
    assertThat(project.get("disbursedInMonthYuan").decimalValue()).isEqualByComparingTo("49345.67");
    assertThat(project.get("disbursedYearToDateYuan").decimalValue()).isEqualByComparingTo("87345.67");
    assertThat(project.get("disbursedPercent").decimalValue()).isEqualByComparingTo("43.67");
    assertThat(project.get("checkpoint").asText()).isEqualTo("JUNE");
    assertThat(project.get("checkpointDate").asText()).isEqualTo("2020-06-30");
    assertThat(project.get("plannedPercent").decimalValue()).isEqualByComparingTo("50");
    // Money with two decimals as the other APIs write it.
    assertThat(reply.body()).contains("\"disbursedYuan\":49345.67", "\"matchedYuan\":0.00,",
        "\"disbursedPercent\":43.67,");

    // Totals: the sum of the district's rows (other tests share the database), their rate from those sums.
    var lineTotal = report.get("fundLineTotal");
    for (var period : List.of("month", "yearToDate")) {
      for (var figure : List.of("receivedYuan", "matchedYuan", "allocatedYuan", "disbursedYuan")) {
        assertThat(lineTotal.get(period).get(figure).decimalValue()).as(period + " " + figure)
            .isEqualByComparingTo(sum(report.get("fundLines"), period, figure));
      }
    }
    var ytd = lineTotal.get("yearToDate");
    assertThat(lineTotal.get("spendingRatePercent").decimalValue()).isEqualByComparingTo(
        ProjectSpending.percent(fen(ytd.get("disbursedYuan")),
            fen(ytd.get("receivedYuan")) + fen(ytd.get("matchedYuan"))));
    var projectTotal = report.get("projectTotal");
    for (var figure : List.of("budgetYuan", "disbursedInMonthYuan", "disbursedYearToDateYuan")) {
      assertThat(projectTotal.get(figure).decimalValue()).as(figure)
          .isEqualByComparingTo(sum(report.get("projects"), null, figure));
    }
  }

  @Test
  void mayCountsTheReversedDisbursementAndStopsAtTheEndOfMay() {
    var report = http.get("sunli", path("district=daoli&month=2020-05")).json();

    var fundLine = only(report.get("fundLines"), "fundLine", line.fundLine());
    assertFlows(fundLine.get("month"), "200000.00", "40000.00", "150000.00", "38000.00");
    assertFlows(fundLine.get("yearToDate"), "200000.00", "40000.00", "150000.00", "38000.00");
    assertThat(fundLine.get("spendingRatePercent").decimalValue()).isEqualByComparingTo("15.83");
    var project = only(report.get("projects"), "code", code);
    assertThat(project.get("disbursedInMonthYuan").decimalValue()).isEqualByComparingTo("38000.00");
    assertThat(project.get("disbursedYearToDateYuan").decimalValue()).isEqualByComparingTo("38000.00");
    assertThat(project.get("disbursedPercent").decimalValue()).isEqualByComparingTo("19.00");
    assertThat(project.get("checkpoint").asText()).isEqualTo("MARCH");
    assertThat(project.get("plannedPercent").decimalValue()).isEqualByComparingTo("20");

    var february = http.get("chenjing", path("month=2020-02")).json();
    assertThat(StreamSupport.stream(february.get("fundLines").spliterator(), false)
        .noneMatch(node -> line.fundLine().equals(node.get("fundLine").asText()))).as("nothing moved by February")
        .isTrue();
    var beforeMarch = only(february.get("projects"), "code", code);
    assertThat(beforeMarch.get("disbursedYearToDateYuan").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(beforeMarch.get("checkpoint").isNull()).as("no checkpoint before 31 March").isTrue();
    assertThat(beforeMarch.get("plannedPercent").isNull()).isTrue();
  }

  @Test
  void theWorkbookHasTheJsonFiguresInNumberCellsUnderChineseHeadings() throws IOException {
    var json = http.get("chenjing", path("district=daoli&month=2020-06")).json();
    var reply = http.download("chenjing", xlsx("district=daoli&month=2020-06"));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"monthly-statistics-daoli-2020-06.xlsx\"").contains("filename*=UTF-8''");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var lines = workbook.getSheet(MonthlyStatisticsWorkbook.FUND_LINE_SHEET);
      assertThat(texts(lines.getRow(MonthlyStatisticsWorkbook.HEADER_ROW))).containsExactlyElementsOf(
          MonthlyStatisticsWorkbook.FUND_LINE_COLUMNS).contains("本月已拨付（元）", "本年支出进度（%）");
      assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("道里区扶贫资金支出月统计（2020-06）");
      assertThat(lines.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2020, 6, 1));
      assertThat(lines.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2020, 6, 30));
      var lineRow = row(lines, 1, line.fundLine());
      assertThat(lineRow.getCell(0).getStringCellValue()).isEqualTo("道里区");
      assertThat(lineRow.getCell(2).getStringCellValue()).isEqualTo("市级");
      var fundLine = only(json.get("fundLines"), "fundLine", line.fundLine());
      assertNumbers(lineRow, 6, fundLine.get("month"), fundLine.get("yearToDate"), fundLine.get("spendingRatePercent"));
      assertThat(lineRow.getCell(9).getNumericCellValue()).isEqualTo(49345.67);
      assertThat(lineRow.getCell(14).getNumericCellValue()).isEqualTo(29.12);
      var lineTotal = json.get("fundLineTotal");
      assertNumbers(row(lines, 0, MonthlyStatisticsWorkbook.TOTAL), 6, lineTotal.get("month"),
          lineTotal.get("yearToDate"), lineTotal.get("spendingRatePercent"));

      var projects = workbook.getSheet(MonthlyStatisticsWorkbook.PROJECT_SHEET);
      assertThat(texts(projects.getRow(MonthlyStatisticsWorkbook.HEADER_ROW))).containsExactlyElementsOf(
          MonthlyStatisticsWorkbook.PROJECT_COLUMNS);
      var projectRow = row(projects, 1, code);
      var project = only(json.get("projects"), "code", code);
      assertThat(projectRow.getCell(0).getStringCellValue()).isEqualTo("道里区");
      assertThat(projectRow.getCell(4).getNumericCellValue()).isEqualTo(200000.00);
      assertThat(projectRow.getCell(5).getNumericCellValue()).isEqualTo(project.get("disbursedInMonthYuan").doubleValue())
          .isEqualTo(49345.67);
      assertThat(projectRow.getCell(6).getNumericCellValue())
          .isEqualTo(project.get("disbursedYearToDateYuan").doubleValue()).isEqualTo(87345.67);
      assertThat(projectRow.getCell(7).getNumericCellValue()).isEqualTo(43.67);
      assertThat(projectRow.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 6, 30));
      assertThat(projectRow.getCell(9).getNumericCellValue()).isEqualTo(50.0);
      var projectTotal = row(projects, 0, MonthlyStatisticsWorkbook.TOTAL);
      assertThat(projectTotal.getCell(6).getNumericCellValue())
          .isEqualTo(json.get("projectTotal").get("disbursedYearToDateYuan").doubleValue());
      for (var sheet : List.of(lines, projects)) {
        Sheets.assertSigned(sheet, "道里区", "陈静", ChinaTime.today());
        Sheets.assertPrintsOnA4Landscape(sheet, MonthlyStatisticsWorkbook.HEADER_ROW);
      }
      assertThat(Sheets.assertSigned(projects, "道里区", "陈静", ChinaTime.today()))
          .isEqualTo(projectTotal.getRowNum() + 2);
    }
    assertThat(URLDecoder.decode(reply.headers().firstValue("Content-Disposition").orElseThrow().split("''")[1],
        StandardCharsets.UTF_8)).isEqualTo("道里区扶贫资金支出月统计-2020-06.xlsx");
  }

  @Test
  void theMonthDefaultsToThePreviousOneAndAMalformedOrFutureMonthIsRefusedNamingIt() {
    var current = YearMonth.from(ChinaTime.today());
    var defaulted = http.get("chenjing", path(""));
    var malformed = http.get("chenjing", path("district=daoli&month=2020-13"));
    var future = http.get("chenjing", path("district=daoli&month=" + current.plusMonths(1)));
    var futureXlsx = http.get("chenjing", xlsx("district=daoli&month=" + current.plusMonths(1)));
    var thisMonth = http.get("chenjing", path("district=daoli&month=" + current));

    assertThat(defaulted.status()).as(defaulted.body()).isEqualTo(200);
    assertThat(defaulted.json().get("month").asText()).isEqualTo(current.minusMonths(1).toString());
    assertThat(defaulted.json().get("district").asText()).isEqualTo("daoli");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText()).contains("月份（month）").contains("month: must be yyyy-MM");
    for (var refused : List.of(future, futureXlsx)) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).contains("月份（month）").contains("month: must lie between");
    }
    assertThat(thisMonth.status()).as("the current month so far").isEqualTo(200);
  }

  @Test
  void anotherDistrictsOfficialIsRefused() {
    for (var url : List.of(path("district=daoli&month=2020-06"),
        xlsx("district=daoli&month=2020-06"))) {
      var reply = http.get("yangmin", url);
      assertThat(reply.status()).as(reply.body()).isEqualTo(403);
      assertThat(reply.json().get("message").asText()).contains("无权访问其他区县的项目库").contains("another district");
    }
    assertThat(http.get("zhangwei", path("district=daoli")).status()).as("a township officer")
        .isEqualTo(403);
  }

  private static String path(String query) {
    return ProjectsApi.PATH + MonthlyStatisticsApi.PATH + "?" + query;
  }

  private static String xlsx(String query) {
    return ProjectsApi.PATH + MonthlyStatisticsApi.PATH + ".xlsx?" + query;
  }

  private String post(EntryType type, long fen, String projectCode, LocalDate occurredOn) {
    return ledger.post(new Posting(type + "-" + UUID.randomUUID(), type, line, fen, "FD-2020-MONTH",
        "哈财指（农）〔2020〕590号", projectCode, projectCode == null ? null : "购置基础母牛", occurredOn)).id();
  }

  private static void assertFlows(JsonNode flows, String received, String matched, String allocated,
      String disbursed) {
    assertThat(flows.get("receivedYuan").decimalValue()).as("received").isEqualByComparingTo(received);
    assertThat(flows.get("matchedYuan").decimalValue()).as("matched").isEqualByComparingTo(matched);
    assertThat(flows.get("allocatedYuan").decimalValue()).as("allocated").isEqualByComparingTo(allocated);
    assertThat(flows.get("disbursedYuan").decimalValue()).as("disbursed").isEqualByComparingTo(disbursed);
  }

  /** Eight money cells from {@code first} (the month, then the year) and the rate: each as the JSON has it. */
  private static void assertNumbers(Row row, int first, JsonNode month, JsonNode yearToDate, JsonNode rate) {
    int column = first;
    for (var flows : List.of(month, yearToDate)) {
      for (var figure : List.of("receivedYuan", "matchedYuan", "allocatedYuan", "disbursedYuan")) {
        assertThat(row.getCell(column++).getNumericCellValue()).as(figure).isEqualTo(flows.get(figure).doubleValue());
      }
    }
    assertThat(row.getCell(column).getNumericCellValue()).isEqualTo(rate.doubleValue());
  }

  private static BigDecimal sum(JsonNode array, String period, String figure) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> (period == null ? node : node.get(period)).get(figure).decimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static long fen(JsonNode yuan) {
    return yuan.decimalValue().movePointRight(2).longValueExact();
  }

  private static List<String> texts(Row row) {
    var texts = new ArrayList<String>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static Row row(Sheet sheet, int column, String value) {
    var rows = new ArrayList<Row>();
    for (var row : sheet) {
      if (row.getRowNum() > MonthlyStatisticsWorkbook.HEADER_ROW && row.getCell(column) != null
          && row.getCell(column).getCellType() == CellType.STRING
          && value.equals(row.getCell(column).getStringCellValue())) {
        rows.add(row);
      }
    }
    assertThat(rows).as(column + " = " + value).hasSize(1);
    return rows.get(0);
  }

  private static JsonNode only(JsonNode array, String field, String value) {
    var matches = StreamSupport.stream(array.spliterator(), false)
        .filter(node -> value.equals(node.get(field).asText())).toList();
    assertThat(matches).as(field + " = " + value).hasSize(1);
    return matches.get(0);
  }
}
