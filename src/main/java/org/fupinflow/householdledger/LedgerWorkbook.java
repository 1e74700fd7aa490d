package org.fupinflow.householdledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;

/**
 * The ledger as an Excel workbook in the layout of Annex 2 (脱贫监测户和即时帮扶人口管理台账): a title row, the
 * district and the ledger's day (a date cell), the column headings, one row per household, and the signature block
 * (填报单位 … 填报日期); printed A4 landscape, one page wide, title and headings on every page.
 */
final class LedgerWorkbook {

  static final String TITLE = "脱贫监测户和即时帮扶人口管理台账";
  static final String MONITORED_SHEET = "监测户和即时帮扶人口";
  static final String RESTORED_SHEET = "回退脱贫享受政策户";
  static final List<String> COLUMNS =
      List.of("序号", "区县", "乡镇", "村", "户主姓名", "户类型", "当前状态", "认定日期", "致贫/返贫风险", "帮扶措施", "案件编号");
  /** Row index of the column headings; households follow. */
  static final int HEADER_ROW = 2;
  private static final int[] WIDTHS = {6, 10, 14, 14, 10, 30, 14, 12, 24, 40, 26};

  private LedgerWorkbook() {
  }

  /** {@code townshipNames}: township code → name; a code without a name is shown as it is. */
  static byte[] write(String districtName, LocalDate day, HouseholdLedger.Ledger ledger, Map<String, String> townshipNames,
      SheetCells.Signature signature) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var styles = new Styles(workbook);
      sheet(workbook, styles, MONITORED_SHEET, TITLE, districtName, day, ledger.monitored(), townshipNames, signature);
      sheet(workbook, styles, RESTORED_SHEET, TITLE + "（返贫风险户回退为脱贫享受政策户）", districtName, day,
          ledger.policyRestored(), townshipNames, signature);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger workbook", e);
    }
  }

  private static void sheet(Workbook workbook, Styles styles, String name, String title, String districtName,
      LocalDate day, List<LedgerRow> rows, Map<String, String> townshipNames, SheetCells.Signature signature) {
    Sheet sheet = workbook.createSheet(name);
    var titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue(title);
    titleCell.setCellStyle(styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
    var reported = sheet.createRow(1);
    reported.createCell(0).setCellValue("区县：");
    reported.createCell(1).setCellValue(districtName);
    reported.createCell(2).setCellValue("台账日期：");
    SheetCells.date(reported, 3, day, styles.date);
    SheetCells.headings(sheet, HEADER_ROW, COLUMNS, styles.header, column -> WIDTHS[column] * 2);
    int number = 0;
    for (var row : rows) {
      number++;
      var line = sheet.createRow(HEADER_ROW + number);
      line.createCell(0).setCellValue(number);
      line.createCell(1).setCellValue(districtName);
      line.createCell(2).setCellValue(townshipNames.getOrDefault(row.township(), row.township()));
      line.createCell(3).setCellValue(row.village());
      line.createCell(4).setCellValue(row.headName());
      line.createCell(5).setCellValue(row.category().label());
      line.createCell(6).setCellValue(row.status().label());
      var recognized = line.createCell(7);
      recognized.setCellValue(row.recognizedOn());
      recognized.setCellStyle(styles.date);
      line.createCell(8).setCellValue(String.join("、", row.risks()));
      line.createCell(9).setCellValue(row.assistanceMeasures() == null ? "" : row.assistanceMeasures());
      line.createCell(10).setCellValue(row.caseNumber() == null ? "" : row.caseNumber());
    }
    SheetCells.signatureBlock(sheet, signature);
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle date;

    Styles(Workbook workbook) {
      title = SheetCells.boldStyle(workbook);
      header = SheetCells.boldStyle(workbook);
      date = SheetCells.dateStyle(workbook);
    }
  }
}
