package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.fundledger.FundLines.posting;
import static org.fupinflow.fundledger.FundLines.yuan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/ledger} and {@code /api/ledger.xlsx} over HTTP as each role, on lines of 道里区 and 呼兰区. */
@IntegrationTest
class LedgerApiTest {

  @Autowired Http http;
  @Autowired FundLedger ledger;

  private static final int HEADER = FundLedgerWorkbook.HEADER_ROW;

  private final String fundLine = "金晖助老-" + UUID.randomUUID().toString().substring(0, 8);
  private final FundLineKey daoli = new FundLineKey("daoli", fundLine, FundLevel.PROVINCE, "2130599", "59908", "39908");
  private final FundLineKey hulan = new FundLineKey("hulan", fundLine, FundLevel.PROVINCE, "2130599", "59908", "39908");

  @BeforeEach
  void fundsOf道里区And呼兰区() {
    ledger.post(posting(EntryType.RECEIPT, daoli, yuan(1_200)));
    ledger.post(posting(EntryType.ALLOCATION, daoli, 100_050L));
    ledger.post(posting(EntryType.DISBURSEMENT, daoli, 100_050L));
    ledger.post(posting(EntryType.RECEIPT, hulan, yuan(800)));
  }

  @Test
  void aDistrictOfficialSeesTheirDistrictOnly() {
    for (var official : List.of("chenjing", "zhaolei")) {
      var reply = http.get(official, "/api/ledger?fundLine=" + encode(fundLine));

      assertThat(reply.status()).as(official).isEqualTo(200);
      assertThat(districts(reply.json().get("balances"))).as(official).containsExactly("daoli");
      assertThat(districts(reply.json().get("journal"))).as(official).containsOnly("daoli").hasSize(3);
    }
    // Yuan with two decimals, exactly as written on the wire.
    assertThat(http.get("chenjing", "/api/ledger?fundLine=" + encode(fundLine)).body()).contains("{\"district\":\"daoli\","
        + "\"fundLine\":\"" + fundLine + "\",\"level\":\"PROVINCE\",\"levelLabel\":\"省级\",\"functionCode\":\"2130599\","
        + "\"governmentEconomicCode\":\"59908\",\"departmentEconomicCode\":\"39908\",\"received\":1200.00,"
        + "\"matched\":0.00,\"allocated\":1000.50,\"disbursed\":1000.50,\"reserved\":0.00,"
        + "\"reservedAgainstMatching\":0.00,\"availableToAllocate\":199.50,"
        + "\"availableToDisburse\":0.00}");
    assertThat(http.get("yangmin", "/api/ledger?fundLine=" + encode(fundLine)).json().get("balances"))
        .extracting(line -> line.get("district").asText()).containsExactly("hulan");
  }

  @Test
  void anotherDistrictIsForbiddenToADistrictOfficial() {
    var reply = http.get("chenjing", "/api/ledger?district=hulan");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("message").asText()).contains("您不属于区县 hulan").contains("district hulan");
    assertThat(http.get("zhaolei", "/api/ledger.xlsx?district=hulan").status()).isEqualTo(403);
  }

  @Test
  void cityRolesSupervisorsAndAdministratorsSeeEveryDistrict() {
    for (var official : List.of("sunli", "zhoujie", "wuqiang", "demo")) {
      var reply = http.get(official, "/api/ledger?fundLine=" + encode(fundLine));

      assertThat(reply.status()).as(official).isEqualTo(200);
      assertThat(districts(reply.json().get("balances"))).as(official).containsExactly("daoli", "hulan");
    }
    var hulanOnly = http.get("sunli", "/api/ledger?district=hulan&fundLine=" + encode(fundLine));
    assertThat(districts(hulanOnly.json().get("balances"))).containsExactly("hulan");
  }

  @Test
  void townshipOfficersAndInsurersMayNotReadTheLedger() {
    assertThat(http.get("zhangwei", "/api/ledger").status()).isEqualTo(403);
    assertThat(http.get("xubin", "/api/ledger.xlsx").status()).isEqualTo(403);
    assertThat(http.getAnonymous("/api/ledger").status()).isEqualTo(401);
  }

  @Test
  void filtersByLevelCodeAndPeriod() {
    var base = "/api/ledger?fundLine=" + encode(fundLine);

    assertThat(http.get("sunli", base + "&level=CITY").json().get("balances")).isEmpty();
    assertThat(http.get("sunli", base + "&governmentEconomicCode=59908").json().get("balances")).hasSize(2);
    assertThat(http.get("sunli", base + "&from=2021-01-01").json().get("journal")).isEmpty();
    assertThat(http.get("sunli", base + "&from=2020-03-10&to=2020-03-10").json().get("journal")).hasSize(4);
    assertThat(http.get("sunli", base + "&level=城市").status()).isEqualTo(400);
    assertThat(http.get("sunli", base + "&from=2020-13-01").status()).isEqualTo(400);
  }

  @Test
  void theWorkbookHasBalancesAndJournalInYuan() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-15T17:00:00Z"))); // 16 October, 01:00 in China
    HttpResponse<byte[]> reply;
    try {
      reply = http.download("chenjing", "/api/ledger.xlsx?fundLine=" + encode(fundLine));
    } finally {
      ClockUtil.reset();
    }

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(LedgerApi.XLSX.toString());
    assertThat(reply.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"fund-ledger-daoli.xlsx\"; "
        + "filename*=UTF-8''" + URLEncoder.encode("专项扶贫资金台账-道里区.xlsx", StandardCharsets.UTF_8));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var balances = workbook.getSheet("资金余额");
      assertThat(Sheets.text(balances.getRow(0), 0)).isEqualTo("道里区专项扶贫资金台账（资金余额）");
      assertThat(cells(balances, FundLedgerWorkbook.HEADER_ROW)).containsExactlyElementsOf(FundLedgerWorkbook.BALANCE_COLUMNS);
      var line = balances.getRow(FundLedgerWorkbook.HEADER_ROW + 1);
      assertThat(cells(balances, FundLedgerWorkbook.HEADER_ROW + 1)).containsExactly("道里区", fundLine, "省级", "2130599",
          "59908", "39908", "1,200.00", "0.00", "1,000.50", "1,000.50", "0.00", "0.00", "199.50", "0.00");
      Sheets.assertNumber(line, 6, "1200.00");
      Sheets.assertNumber(line, 8, "1000.50");
      assertThat(Sheets.assertSigned(balances, "道里区", "陈静", LocalDate.of(2020, 10, 16)))
          .isEqualTo(FundLedgerWorkbook.HEADER_ROW + 3);
      Sheets.assertPrintsOnA4Landscape(balances, FundLedgerWorkbook.HEADER_ROW);

      var journal = workbook.getSheet("记账明细");
      assertThat(cells(journal, FundLedgerWorkbook.HEADER_ROW)).containsExactlyElementsOf(FundLedgerWorkbook.JOURNAL_COLUMNS);
      var disbursement = journal.getRow(FundLedgerWorkbook.HEADER_ROW + 3);
      assertThat(cells(journal, FundLedgerWorkbook.HEADER_ROW + 3).subList(0, 9)).containsExactly("2020-03-10", "拨付",
          "道里区", fundLine, "省级", "2130599", "59908", "39908", "1,000.50");
      Sheets.assertDate(disbursement, 0, LocalDate.of(2020, 3, 10));
      Sheets.assertNumber(disbursement, 8, "1000.50");
      assertThat(Sheets.assertSigned(journal, "道里区", "陈静", LocalDate.of(2020, 10, 16)))
          .isEqualTo(FundLedgerWorkbook.HEADER_ROW + 5);
      Sheets.assertPrintsOnA4Landscape(journal, FundLedgerWorkbook.HEADER_ROW);
    }
    // What LibreOffice, WPS and Excel read: the sheet XML itself.
    assertThat(Sheets.part(reply.body(), "xl/worksheets/sheet1.xml"))
        .contains("orientation=\"landscape\"", "paperSize=\"9\"", "fitToWidth=\"1\"", "fitToHeight=\"0\"");
    assertThat(Sheets.part(reply.body(), "xl/workbook.xml")).contains("_xlnm.Print_Titles");
  }

  @Test
  void theCitysWorkbookNamesEveryDistrictAndIsSignedByTheCityOffice() throws Exception {
    var reply = http.download("zhoujie", "/api/ledger.xlsx?fundLine=" + encode(fundLine));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename=\"fund-ledger.xlsx\"")
        .contains(URLEncoder.encode("专项扶贫资金台账-全市.xlsx", StandardCharsets.UTF_8));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var balances = workbook.getSheet("资金余额");
      assertThat(Sheets.text(balances.getRow(HEADER + 1), 0)).isEqualTo("道里区");
      assertThat(Sheets.text(balances.getRow(HEADER + 2), 0)).isEqualTo("呼兰区");
      Sheets.assertSigned(balances, "市财政局", "周杰", ChinaTime.today());
    }
    var hulan = http.download("zhoujie", "/api/ledger.xlsx?district=hulan&fundLine=" + encode(fundLine));
    assertThat(hulan.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(URLEncoder.encode("专项扶贫资金台账-呼兰区.xlsx", StandardCharsets.UTF_8));
    var unknown = http.get("zhoujie", "/api/ledger.xlsx?district=atlantis");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("district", "atlantis");
  }

  private static List<String> districts(JsonNode lines) {
    var districts = new ArrayList<String>();
    lines.forEach(line -> districts.add(line.get("district").asText()));
    return districts;
  }

  private static List<String> cells(Sheet sheet, int row) {
    var formatter = new DataFormatter();
    var cells = new ArrayList<String>();
    sheet.getRow(row).forEach(cell -> cells.add(formatter.formatCellValue(cell)));
    return cells;
  }


  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
