package org.fupinflow.fundnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * City finance (周杰) registers notices over HTTP: Harbin's table of 哈财指（农）〔2020〕590号 as a file, a notice as JSON,
 * and bad input that is refused with a clear 400 and leaves nothing behind. 000 names only the function subject
 * 2130599; the economic subjects used here are those Huancui used for the same insurance purpose (001).
 */
@IntegrationTest
class FundNoticeApiTest {

  private static final String TEMPLATE = "/api/fund-notices/import-template.xlsx";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  /** 590号's line, this test's own: the demo's line of 道里区 is what the demo evaluation reads. */
  private final String harbinFundLine = "农村人口精准防贫机制市级补助资金 #" + UUID.randomUUID().toString().substring(0, 6);

  @Test
  void harbinsTableImportedRegistersEighteenSharesMatchedOneToOne() throws IOException {
    var documentNumber = "哈财指（农）〔2020〕590号-" + UUID.randomUUID().toString().substring(0, 8);
    var reply = importFile("zhoujie", "590.csv", Files.readAllBytes(ShareTableTest.fixture()), harbinFields(documentNumber));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var notice = reply.json();
    assertThat(notice.get("shares")).hasSize(18);
    assertThat(notice.get("total").decimalValue()).isEqualByComparingTo("639049.40");
    assertThat(notice.get("matchingTotal").decimalValue()).isEqualByComparingTo("639049.40");
    assertThat(notice.get("level").asText()).isEqualTo("CITY");
    assertThat(notice.get("levelLabel").asText()).isEqualTo("市级");
    assertThat(jdbc.queryForObject("SELECT SUM(amount_fen) FROM fund_notice_share WHERE notice_id = ?", Long.class,
        notice.get("id").asText())).isEqualTo(63_904_940L);

    var daoli = http.get("chenjing", "/api/fund-notices").json();
    assertThat(daoli.findValuesAsText("documentNumber")).contains(documentNumber);
  }

  @Test
  void theSameDocumentNumberIsRegisteredOnlyOnce() throws IOException {
    var documentNumber = "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(importFile("zhoujie", "590.xlsx", ShareTableTest.asWorkbook(Files.readAllLines(ShareTableTest.fixture())),
        harbinFields(documentNumber)).status()).isEqualTo(201);

    var again = importFile("zhoujie", "590.csv", Files.readAllBytes(ShareTableTest.fixture()), harbinFields(documentNumber));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("documentNumber").contains("已登记，不能重复登记");
    assertThat(count(documentNumber)).isEqualTo(1);
  }

  @Test
  void anXlsImportRegistersTheSameNoticeAsItsXlsxTwin() throws IOException {
    var lines = Files.readAllLines(ShareTableTest.fixture());
    var run = UUID.randomUUID().toString().substring(0, 8);
    var xlsx = importFile("zhoujie", "590.xlsx", ShareTableTest.asWorkbook(lines), harbinFields("590号-xlsx-" + run));
    var xls = importFile("zhoujie", "590.xls", ShareTableTest.asXls(lines), harbinFields("590号-xls-" + run));

    assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(201);
    assertThat(xls.status()).as(xls.body()).isEqualTo(201);
    assertThat(xls.json().get("shares")).hasSize(18).isEqualTo(xlsx.json().get("shares"));
    for (var field : List.of("total", "matchingTotal", "level", "fundLine", "functionCode", "matchingRatio")) {
      assertThat(xls.json().get(field)).as(field).isEqualTo(xlsx.json().get(field));
    }
    assertThat(xls.json().get("total").decimalValue()).isEqualByComparingTo("639049.40");
    assertThat(count("590号-xls-" + run)).isEqualTo(1);
  }

  @Test
  void aBadXlsIsRefusedWithTheSameMessagesAsABadXlsx() throws IOException {
    var bad = List.of("区、县(市),市级补助资金,区、县(市) 匹配资金", "道里区,16005.30,16005.30", "道理区,1,1");
    var run = UUID.randomUUID().toString().substring(0, 8);
    var xlsx = importFile("zhoujie", "bad.xlsx", ShareTableTest.asWorkbook(bad), harbinFields("bad-xlsx-" + run));
    var xls = importFile("zhoujie", "bad.xls", ShareTableTest.asXls(bad), harbinFields("bad-xls-" + run));

    assertThat(xls.status()).isEqualTo(400);
    assertThat(xls.json().get("message").asText()).isEqualTo(xlsx.json().get("message").asText())
        .contains("第3行：没有区县“道理区”");
    var notAWorkbook = importFile("zhoujie", "590.xls", "not really".getBytes(StandardCharsets.UTF_8),
        harbinFields("broken-xls-" + run));
    assertThat(notAWorkbook.status()).isEqualTo(400);
    assertThat(notAWorkbook.json().get("message").asText()).contains("file", "无法读取该 .xls 文件");
    assertThat(count("bad-xls-" + run) + count("broken-xls-" + run)).isZero();
  }

  @Test
  void cityFinanceDownloadsTheImportTemplateAndItImportsAsXlsxAndAsXls() throws IOException {
    var reply = http.download("zhoujie", TEMPLATE);

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(FundNoticeApi.XLSX.toString());
    assertThat(reply.headers().firstValue("Content-Disposition")).hasValue("attachment; "
        + "filename=\"fund-notice-import-template.xlsx\"; filename*=UTF-8''"
        + URLEncoder.encode("扶贫资金指标导入模板.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
    var lines = new ArrayList<String>();
    String district;
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(Sheets.texts(sheet.getRow(ImportTemplate.HEADER_ROW))).containsExactlyElementsOf(ImportTemplate.COLUMNS);
      var example = sheet.getRow(ImportTemplate.HEADER_ROW + 1);
      district = Sheets.text(example, 0);
      Sheets.assertNumber(example, 1, "16005.30");
      Sheets.assertNumber(example, 2, "16005.30");
      Sheets.assertPrintsOnA4Landscape(sheet, ImportTemplate.HEADER_ROW);
      assertThat(workbook.getSheet(ImportTemplate.NOTES_SHEET)).isNotNull();
      for (int row = 0; row <= sheet.getLastRowNum(); row++) {
        lines.add(String.join(",", Sheets.texts(sheet.getRow(row))).replace("16,005.30", "16005.30"));
      }
    }

    var run = UUID.randomUUID().toString().substring(0, 8);
    var asIs = importFile("zhoujie", "模板.xlsx", reply.body(), harbinFields("template-xlsx-" + run));
    var resaved = importFile("zhoujie", "模板.xls", ShareTableTest.asXls(lines), harbinFields("template-xls-" + run));
    for (var imported : List.of(asIs, resaved)) {
      assertThat(imported.status()).as(imported.body()).isEqualTo(201);
      assertThat(imported.json().get("shares")).hasSize(1);
      assertThat(imported.json().at("/shares/0/amount").decimalValue()).isEqualByComparingTo("16005.30");
      assertThat(imported.json().at("/shares/0/matching").decimalValue()).isEqualByComparingTo("16005.30");
    }
    assertThat(resaved.json().get("shares")).isEqualTo(asIs.json().get("shares"));
    assertThat(http.get("zhoujie", "/api/fund-notices").json().findValuesAsText("documentNumber"))
        .contains("template-xlsx-" + run, "template-xls-" + run);
    assertThat(district).as("the example row names a district of the identity store").isNotBlank();
  }

  @Test
  void onlyCityFinanceAndAdministratorsDownloadTheImportTemplate() {
    assertThat(http.download("demo", TEMPLATE).statusCode()).isEqualTo(200);
    for (var official : List.of("chenjing", "zhaolei", "sunli", "wuqiang", "zhangwei")) {
      assertThat(http.download(official, TEMPLATE).statusCode()).as(official).isEqualTo(403);
    }
    assertThat(http.getAnonymous(TEMPLATE).status()).isEqualTo(401);
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeWithEveryRowNamed() {
    var documentNumber = "bad-rows-" + UUID.randomUUID();
    var csv = "区、县(市),市级补助资金,区、县(市) 匹配资金\n道里区,16005.30,16005.30\n道理区,1,1\n南岗区,6192.555,6192.555\n";
    var reply = importFile("zhoujie", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), harbinFields(documentNumber));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("未导入任何数据（2处错误）", "第3行：没有区县“道理区”",
        "第4行补助资金以元计最多2位小数");
    assertThat(count(documentNumber)).isZero();
  }

  @Test
  void formulaCellsAreRefusedByTheirPositionWhateverValueTheFileCachedAndNothingIsRegistered() throws IOException {
    var documentNumber = "formula-" + UUID.randomUUID();
    // Excel shows 2 in B4 and the sum in B6; the file says 99999 and 0, and no cached value is to be trusted: B4 is
    // refused, B6 (the 合计 row's sum, which Excel annexes carry) is read as blank.
    var xlsx = workbook(new Object[][] {
        {"单位：元"},
        {"区、县(市)", "市级补助资金", "区、县(市) 匹配资金"},
        {"道里区", 16005.30, 16005.30},
        {"道外区", new Formula("1+1", 99999), 2},
        {"南岗区", 6192.55, 6192.55},
        {"合计", new Formula("SUM(B3:B5)", 0), 22199.85}});
    try (var read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var b4 = read.getSheetAt(0).getRow(3).getCell(1);
      assertThat(b4.getCellFormula()).isEqualTo("1+1");
      assertThat(b4.getNumericCellValue()).as("the stale cached value").isEqualTo(99999);
    }

    var reply = importFile("zhoujie", "590.xlsx", xlsx, harbinFields(documentNumber));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("未导入任何数据（1处错误）",
        "第4行第2列是公式，请粘贴数值 / Row 4, column 2 is a formula; paste its value instead")
        .as("the 合计 row's =SUM is read as no stated total, not refused").doesNotContain("第6行");
    assertThat(count(documentNumber)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice_share WHERE amount_fen = 9999900", Integer.class))
        .isZero();
  }

  @Test
  void aJsonNoticeInTenThousandYuanIsKeptToTheFen() {
    var documentNumber = "威财农整〔2020〕1号-" + UUID.randomUUID().toString().substring(0, 8);
    var body = notice(documentNumber, List.of(Map.of("district", "daoli", "amount", "2")));
    body.put("level", "省级");
    body.put("unit", "wan");
    body.put("matchingRatio", "");
    var reply = http.post("zhoujie", "/api/fund-notices", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("total").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(reply.json().at("/shares/0/matching").isNull()).isTrue();
  }

  @Test
  void badJsonIsRefusedWithTheFieldNamedAndNothingKept() {
    var cases = new LinkedHashMap<Map<String, Object>, String>();
    cases.put(with("shares", List.of(Map.of("district", "daoli", "amount", "1.2.3"))), "shares[1].amount：金额不是有效金额");
    cases.put(with("shares", List.of(Map.of("district", "daoli", "amount", "-5"))), "shares[1].amount：金额应大于0");
    cases.put(with("shares", List.of(Map.of("district", "daoli", "amount", "0.001"))), "最多2位小数（精确到分）");
    cases.put(with("shares", List.of(Map.of("district", "atlantis", "amount", "1"))), "shares[1].district：未知区县：atlantis");
    cases.put(with("functionCode", "9999999"), "functionCode");
    cases.put(with("level", "乡级"), "资金级次应为 中央、省级、市级 或 区级");
    cases.put(with("issuedOn", "2999-01-01"), "发文日期不能晚于今天");
    cases.put(with("matchingRatio", "2:1:1"), "配套比例应写作 1:1");
    cases.forEach((body, message) -> {
      var reply = http.post("zhoujie", "/api/fund-notices", body);
      assertThat(reply.status()).as(body + " → " + reply.body()).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains(message);
      assertThat(count((String) body.get("documentNumber"))).isZero();
    });
  }

  @Test
  void onlyCityFinanceRegistersNotices() {
    var reply = http.post("chenjing", "/api/fund-notices", notice("by-district-" + UUID.randomUUID(),
        List.of(Map.of("district", "daoli", "amount", "1"))));
    assertThat(reply.status()).isEqualTo(403);
  }

  private Map<String, Object> with(String field, Object value) {
    var body = notice("bad-json-" + UUID.randomUUID(), List.of(Map.of("district", "daoli", "amount", "16005.30")));
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> notice(String documentNumber, List<Map<String, String>> shares) {
    var body = new LinkedHashMap<String, Object>();
    body.put("documentNumber", documentNumber);
    body.put("issuedOn", "2020-02-19");
    body.put("level", "CITY");
    body.put("fundLine", "扶贫特惠保险补助");
    body.put("functionCode", "2130599");
    body.put("governmentEconomicCode", "50205");
    body.put("departmentEconomicCode", "30227");
    body.put("unit", "yuan");
    body.put("matchingRatio", "1:1");
    body.put("shares", shares);
    return body;
  }

  private Map<String, String> harbinFields(String documentNumber) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("documentNumber", documentNumber);
    fields.put("issuedOn", "2020-12-30");
    fields.put("level", "市级");
    fields.put("fundLine", harbinFundLine);
    fields.put("functionCode", "2130599");
    fields.put("governmentEconomicCode", "50205");
    fields.put("departmentEconomicCode", "30227");
    fields.put("matchingRatio", "1:1");
    return fields;
  }

  private int count(String documentNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice WHERE document_number = ?", Integer.class, documentNumber);
  }

  /** A formula cell as a file may carry it: the formula and whatever value was cached for it. */
  private record Formula(String formula, double cached) {
  }

  private static byte[] workbook(Object[][] rows) throws IOException {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("附件1");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          var cell = row.createCell(c);
          if (rows[r][c] instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            cell.setCellValue(formula.cached());
          } else if (rows[r][c] instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else {
            cell.setCellValue(rows[r][c].toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private Http.Reply importFile(String user, String fileName, byte[] content, Map<String, String> fields) {
    return http.postFile(user, "/api/fund-notices/import", fields, fileName, content);
  }

}
