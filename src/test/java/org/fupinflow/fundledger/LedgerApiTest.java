package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.fundledger.FundLines.posting;
import static org.fupinflow.fundledger.FundLines.yuan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/ledger} and {@code /api/ledger.xlsx} over HTTP as each role, on lines of 道里区 and 呼兰区. */
@IntegrationTest
class LedgerApiTest {

  @Autowired Http http;
  @Autowired FundLedger ledger;

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
    var reply = http.download("chenjing", "/api/ledger.xlsx?fundLine=" + encode(fundLine));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(LedgerApi.XLSX.toString());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var balances = workbook.getSheet("资金余额");
      assertThat(cells(balances, 0)).containsExactlyElementsOf(FundLedgerWorkbook.BALANCE_COLUMNS);
      assertThat(balances.getLastRowNum()).isEqualTo(1);
      assertThat(cells(balances, 1)).containsExactly("daoli", fundLine, "省级", "2130599", "59908", "39908", "1,200.00",
          "0.00", "1,000.50", "1,000.50", "0.00", "0.00", "199.50", "0.00");
      var journal = workbook.getSheet("记账明细");
      assertThat(cells(journal, 0)).containsExactlyElementsOf(FundLedgerWorkbook.JOURNAL_COLUMNS);
      assertThat(journal.getLastRowNum()).isEqualTo(3);
      assertThat(cells(journal, 3).subList(0, 9)).containsExactly("2020-03-10", "拨付", "daoli", fundLine, "省级",
          "2130599", "59908", "39908", "1,000.50");
    }
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
