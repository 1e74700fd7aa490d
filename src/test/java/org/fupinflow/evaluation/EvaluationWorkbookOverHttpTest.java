package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.Sheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/evaluation.xlsx} over HTTP: 道里区's 2021 evaluation (a district and year no other test enters
 * evidence for), downloaded by its poverty office and read back with POI, cell by cell against the JSON report.
 */
@IntegrationTest
class EvaluationWorkbookOverHttpTest {

  private static final String XLSX = EvaluationApi.PATH + ".xlsx";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeTheEvidence() {
    jdbc.update("DELETE FROM evaluation_evidence WHERE district = 'daoli' AND evaluation_year = 2021");
  }

  @Test
  void daolisOfficeDownloadsItsEvaluationWithItemsPointsTotalAndGrade() throws IOException {
    var points = new LinkedHashMap<String, String>();
    points.put("1a", "3");
    points.put("1b", "1.50");
    points.put("5", "9");
    points.put("8", "15");
    points.put("9", "12.25");
    points.put("10", "2");
    points.put("11", "-1");
    points.forEach((item, value) -> assertThat(http.put("sunli", EvaluationApi.PATH + "/daoli/2021/evidence/" + item,
        Map.of("points", new BigDecimal(value), "reference", "哈扶贫办〔2021〕" + item + "号")).status()).isEqualTo(200));
    var report = http.get("chenjing", EvaluationApi.PATH + "?district=daoli&year=2021").json();

    var reply = http.download("chenjing", XLSX + "?district=daoli&year=2021");

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    var disposition = reply.headers().firstValue("Content-Disposition").orElseThrow();
    assertThat(disposition).contains("filename=\"performance-evaluation-daoli-2021.xlsx\"");
    assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
        .isEqualTo("绩效评价-道里区-2021.xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var sheet = workbook.getSheet("绩效评价");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("道里区2021年度财政专项扶贫资金绩效评价");
      assertThat(text(sheet.getRow(EvaluationWorkbook.HEADER_ROW), 3)).isEqualTo("得分");
      var rows = rowsByItem(sheet);
      assertThat(rows.keySet()).containsExactly("1a", "1b", "2", "3", "4", "5", "6", "8", "9", "10", "11");
      points.forEach((item, value) -> {
        assertThat(rows.get(item).getCell(3).getCellType()).as(item).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(rows.get(item).getCell(3).getNumericCellValue()))
            .as(item).isEqualByComparingTo(value);
        assertThat(text(rows.get(item), 4)).isEqualTo("市扶贫办录入");
        assertThat(text(rows.get(item), 5)).contains("哈扶贫办〔2021〕" + item + "号");
      });
      for (var computed : report.get("computed")) {
        var row = rows.get(computed.get("item").asText());
        assertThat(text(row, 4)).isEqualTo("系统计算");
        Sheets.assertNumber(row, 2, computed.get("maximumPoints").asText());
        if (computed.get("points").isNull()) {
          assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        } else {
          assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
              .isEqualByComparingTo(computed.get("points").decimalValue());
        }
      }
      var totals = rowsByLabel(sheet);
      // entered: 3 + 1.5 + 9 + 15 + 12.25 + 2 − 1 = 41.75, plus what the ledger and the boards score
      var raw = report.get("computedPoints").decimalValue().add(new BigDecimal("41.75"));
      assertThat(report.get("rawTotal").decimalValue()).isEqualByComparingTo(raw);
      assertThat(number(totals.get("原始得分"))).isEqualByComparingTo(raw);
      assertThat(number(totals.get("满分"))).isEqualByComparingTo("84");
      var total = raw.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(84), 2, java.math.RoundingMode.HALF_UP);
      assertThat(number(totals.get("百分制总分"))).isEqualByComparingTo(total);
      assertThat(text(totals.get("等级"), 3)).isEqualTo(Grading.grade(total)).isEqualTo(report.get("grade").asText());
      var detail = workbook.getSheet("计算明细");
      assertThat(detail).isNotNull();
      for (var signed : List.of(sheet, detail)) {
        Sheets.assertSigned(signed, "道里区", "陈静", ChinaTime.today());
        Sheets.assertPrintsOnA4Landscape(signed, EvaluationWorkbook.HEADER_ROW);
      }
      assertThat(Sheets.assertSigned(sheet, "道里区", "陈静", ChinaTime.today()))
          .isEqualTo(totals.get("等级").getRowNum() + 2);
    }
  }

  @Test
  void anotherDistrictsWorkbookIsForbiddenAndABadYearIsNamed() {
    assertThat(http.download("chenjing", XLSX + "?district=hulan&year=2021").statusCode()).isEqualTo(403);
    assertThat(http.download("lina", XLSX + "?district=daoli&year=2021").statusCode()).isEqualTo(403);
    assertThat(http.download("sunli", XLSX + "?district=hulan&year=2021").statusCode()).isEqualTo(200);
    var reply = http.get("chenjing", XLSX + "?year=abc");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("年度（year）", "year:");
  }

  private static Map<String, Row> rowsByItem(Sheet sheet) {
    var rows = new LinkedHashMap<String, Row>();
    for (int index = EvaluationWorkbook.HEADER_ROW + 1; sheet.getRow(index) != null; index++) {
      var row = sheet.getRow(index);
      if (!text(row, 0).isEmpty()) {
        rows.put(text(row, 0), row);
      }
    }
    return rows;
  }

  private static Map<String, Row> rowsByLabel(Sheet sheet) {
    var rows = new HashMap<String, Row>();
    for (int index = EvaluationWorkbook.HEADER_ROW + 1; sheet.getRow(index) != null; index++) {
      var row = sheet.getRow(index);
      if (text(row, 0).isEmpty()) {
        rows.put(text(row, 1), row);
      }
    }
    return rows;
  }

  private static BigDecimal number(Row row) {
    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
    return BigDecimal.valueOf(row.getCell(3).getNumericCellValue());
  }

  private static String text(Row row, int column) {
    var cell = row.getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }
}
