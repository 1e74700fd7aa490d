package org.fupinflow.fundnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The district table of 哈财指（农）〔2020〕590号 (seed 000, Annex 1), as .csv, .xlsx and .xls, and what is refused. */
class ShareTableTest {

  static final Map<String, String> HARBIN = harbin();

  @Test
  void harbinsTableGivesEighteenDistrictsAddingUpTo639049Yuan40() throws IOException {
    var shares = ShareTable.parse(SpreadsheetRows.read("590.csv", Files.readAllBytes(fixture())), HARBIN, Amounts.Unit.YUAN);

    assertThat(shares).hasSize(18);
    assertThat(shares.stream().mapToLong(ShareTable.Share::amountFen).sum()).isEqualTo(63_904_940L);
    assertThat(shares.stream().mapToLong(ShareTable.Share::matchingFen).sum()).isEqualTo(63_904_940L);
    assertThat(shares.get(0)).isEqualTo(new ShareTable.Share("daoli", "道里区", 1_600_530L, 1_600_530L, 5));
    assertThat(shares).filteredOn(share -> share.district().equals("binxian")).singleElement()
        .extracting(ShareTable.Share::amountFen).isEqualTo(6_023_490L);
  }

  @Test
  void theSameTableAsAnExcelWorkbookReadsTheSame() throws IOException {
    var csv = ShareTable.parse(SpreadsheetRows.read("590.csv", Files.readAllBytes(fixture())), HARBIN, Amounts.Unit.YUAN);
    var xlsx = ShareTable.parse(SpreadsheetRows.read("590.xlsx", asWorkbook(Files.readAllLines(fixture()))), HARBIN,
        Amounts.Unit.YUAN);
    assertThat(xlsx).isEqualTo(csv);
  }

  @Test
  void aCsvSavedByExcelInGb18030ReadsTheSame() throws IOException {
    var text = Files.readString(fixture());
    var shares = ShareTable.parse(SpreadsheetRows.read("590.csv", text.getBytes(Charset.forName("GB18030"))), HARBIN,
        Amounts.Unit.YUAN);
    assertThat(shares).hasSize(18);
  }

  @Test
  void everyBadRowIsNamedAndNothingIsTaken() {
    var rows = rows("""
        区、县(市),市级补助资金,区、县(市) 匹配资金
        道里区,16005.30,16005.30
        道理区,100,100
        南岗区,abc,1
        松北区,-5,0
        香坊区,12.345,0
        道里区,1,1
        """);
    assertThatThrownBy(() -> ShareTable.parse(rows, HARBIN, Amounts.Unit.YUAN))
        .isInstanceOf(ShareTable.ImportRefused.class)
        .hasMessageContaining("未导入任何数据（5处错误）")
        .hasMessageContaining("第3行：没有区县“道理区”")
        .hasMessageContaining("第4行补助资金不是有效金额：abc")
        .hasMessageContaining("第5行补助资金应大于0：-5")
        .hasMessageContaining("第6行补助资金以元计最多2位小数（精确到分）：12.345")
        .hasMessageContaining("第7行：区县“道里区”重复");
  }

  @Test
  void aTotalRowThatDoesNotAddUpIsRefused() {
    var rows = rows("""
        单位：元
        区、县(市),市级补助资金,区、县(市) 匹配资金
        合计,100.00,100.00
        道里区,60.00,60.00
        道外区,40.01,40.01
        """);
    assertThatThrownBy(() -> ShareTable.parse(rows, HARBIN, Amounts.Unit.YUAN))
        .hasMessageContaining("第3行合计 100.00 元与各区县之和 100.01 元不符");
  }

  @Test
  void amountsInTenThousandYuanKeepFourDecimalsExactly() {
    var rows = rows("""
        单位：万元
        区、县(市),补助资金
        道里区,0.0458
        道外区,91.7004
        """);
    var shares = ShareTable.parse(rows, HARBIN, Amounts.Unit.YUAN);
    assertThat(shares).extracting(ShareTable.Share::amountFen).containsExactly(45_800L, 91_700_400L);
    assertThat(shares.get(0).matchingFen()).isNull();
    assertThatThrownBy(() -> Amounts.toFen("0.00001", Amounts.Unit.WAN, "amount", "金额", false))
        .hasMessageContaining("以万元计最多4位小数");
  }

  @Test
  void aFileOfAnotherKindOrWithoutHeaderIsRefused() {
    assertThatThrownBy(() -> SpreadsheetRows.read("590.pdf", new byte[] {1}))
        .hasMessageContaining("只接受 .xlsx、.xls 或 .csv 文件").hasMessageContaining("file");
    assertThatThrownBy(() -> ShareTable.parse(rows("道里区,1\n"), HARBIN, Amounts.Unit.YUAN)).hasMessageContaining("找不到表头");
    assertThatThrownBy(() -> SpreadsheetRows.read("590.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("无法读取该 .xlsx 文件");
    assertThatThrownBy(() -> SpreadsheetRows.read("590.xls", "not a workbook".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("file").hasMessageContaining("无法读取该 .xls 文件").hasMessageContaining("cannot read the .xls file");
  }

  @Test
  void theSameTableSavedAsExcel97To2003ReadsTheSame() throws IOException {
    var csv = ShareTable.parse(SpreadsheetRows.read("590.csv", Files.readAllBytes(fixture())), HARBIN, Amounts.Unit.YUAN);
    var xls = ShareTable.parse(SpreadsheetRows.read("590.XLS", asXls(Files.readAllLines(fixture()))), HARBIN,
        Amounts.Unit.YUAN);
    assertThat(xls).isEqualTo(csv).hasSize(18);
  }

  @Test
  void aFormulaInAnXlsIsRefusedByItsPositionAsInAnXlsx() throws IOException {
    try (var workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("附件1");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("区、县(市)");
      header.createCell(1).setCellValue("市级补助资金");
      var daoli = sheet.createRow(1);
      daoli.createCell(0).setCellValue("道里区");
      daoli.createCell(1).setCellFormula("16005.3*1");
      workbook.write(out);
      assertThatThrownBy(() -> SpreadsheetRows.read("590.xls", out.toByteArray()))
          .hasMessageContaining("第2行第2列是公式").hasMessageContaining("Row 2, column 2 is a formula");
    }
  }

  @Test
  void theSignatureBlockUnderAFiledTableEndsIt() {
    var shares = ShareTable.parse(rows("""
        区、县(市),市级补助资金,区、县(市) 匹配资金
        道里区,16005.30,16005.30

        填报单位：,哈尔滨市财政局
        填报人：,周杰
        审核人：,
        联系电话：,
        填报日期：,2020-12-30
        """), HARBIN, Amounts.Unit.YUAN);
    assertThat(shares).containsExactly(new ShareTable.Share("daoli", "道里区", 1_600_530L, 1_600_530L, 2));
  }

  @Test
  void theImportTemplateImportsAsItIsWithItsExampleRow() {
    var rows = SpreadsheetRows.read(ImportTemplate.FILE_NAME, ImportTemplate.write("道里区"));
    assertThat(rows.get(ImportTemplate.HEADER_ROW)).containsExactlyElementsOf(ImportTemplate.COLUMNS);
    assertThat(ShareTable.parse(rows, HARBIN, Amounts.Unit.WAN))
        .as("the template's 单位：元 line wins over the default unit")
        .containsExactly(new ShareTable.Share("daoli", "道里区", 1_600_530L, 1_600_530L, ImportTemplate.HEADER_ROW + 2));
  }

  static Path fixture() {
    return Path.of("src/test/resources/fixtures/harbin-2020-590.csv");
  }

  static byte[] asWorkbook(List<String> lines) throws IOException {
    return write(new XSSFWorkbook(), lines);
  }

  /** The same cells as {@link #asWorkbook(List)}, saved as Excel 97–2003 (.xls, POI HSSF). */
  static byte[] asXls(List<String> lines) throws IOException {
    return write(new HSSFWorkbook(), lines);
  }

  private static byte[] write(Workbook created, List<String> lines) throws IOException {
    try (var workbook = created; var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("附件1");
      for (int r = 0; r < lines.size(); r++) {
        var cells = lines.get(r).split(",", -1);
        var row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].matches("\\d+(\\.\\d+)?")) {
            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static List<List<String>> rows(String csv) {
    return SpreadsheetRows.read("t.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> harbin() {
    var names = new LinkedHashMap<String, String>();
    String[] pairs = {"daoli", "道里区", "daowai", "道外区", "nangang", "南岗区", "songbei", "松北区", "xiangfang", "香坊区",
        "pingfang", "平房区", "hulan", "呼兰区", "acheng", "阿城区", "shuangcheng", "双城区", "binxian", "宾县",
        "fangzheng", "方正县", "yilan", "依兰县", "bayan", "巴彦县", "mulan", "木兰县", "tonghe", "通河县",
        "yanshou", "延寿县", "wuchang", "五常市", "shangzhi", "尚志市"};
    for (int i = 0; i < pairs.length; i += 2) {
      names.put(pairs[i + 1], pairs[i]);
    }
    return Map.copyOf(names);
  }
}
