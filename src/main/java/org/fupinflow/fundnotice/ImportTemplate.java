package org.fupinflow.fundnotice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;

/**
 * The workbook city finance fills to import a notice's district table ({@code GET /api/fund-notices/import-template.xlsx}):
 * on the first sheet (the one the import reads) a title, the unit line, the header row {@link ShareTable} looks for and
 * one example row; on a second sheet how to fill it. Saved as .xlsx or .xls (Excel 97–2003, WPS) it imports alike.
 */
final class ImportTemplate {

  static final String FILE_NAME = "扶贫资金指标导入模板.xlsx";
  static final String SHEET = "区县资金分配表";
  static final String NOTES_SHEET = "填写说明";
  static final String TITLE = "资金分配明细表";
  static final String UNIT_LINE = "单位：元";
  /** The header row of Annex 1 of 哈财指（农）〔2020〕590号, as the import expects it. */
  static final List<String> COLUMNS = List.of("区、县(市)", "市级补助资金", "区、县(市)匹配资金");
  /** Row index of the header row; the example row follows. */
  static final int HEADER_ROW = 2;
  /** An amount as 590号 has them (道里区's share: 16,005.30 yuan, matched 1:1). */
  static final String EXAMPLE_AMOUNT = "16005.30";
  static final List<String> NOTES = List.of(
      "1. 只读取第一个工作表；可保存为 .xlsx、.xls（Excel 97–2003、WPS）或 .csv 后导入。",
      "2. 第" + (HEADER_ROW + 1) + "行为表头，请勿修改；其下每个区县一行，区县名称须与系统中的名称一致（如“道里区”，空格不计）。",
      "3. 金额填数值，不要填公式（请粘贴为数值）；单位按“单位：元”或“单位：万元”一行（万元最多4位小数），缺省为导入时选择的单位。",
      "4. 匹配资金一列可空；可另加“合计”一行，系统核对合计与各区县之和。",
      "5. 文号、发文日期、级次、资金名称、功能科目、政府经济科目、部门经济科目、配套比例在导入页面填写，不在本表中。",
      "6. 第" + (HEADER_ROW + 2) + "行是示例（金额取自哈财指（农）〔2020〕590号），导入前请替换为本次文件的数据。");

  private ImportTemplate() {
  }

  /** {@code exampleDistrict}: the name of a district of the identity store for the example row. */
  static byte[] write(String exampleDistrict) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      CellStyle header = SheetCells.boldStyle(workbook);
      var yuan = SheetCells.formatStyle(workbook, SheetCells.YUAN_FORMAT);
      var sheet = workbook.createSheet(SHEET);
      var title = sheet.createRow(0).createCell(0);
      title.setCellValue(TITLE);
      title.setCellStyle(header);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
      sheet.createRow(1).createCell(0).setCellValue(UNIT_LINE);
      SheetCells.headings(sheet, HEADER_ROW, COLUMNS, header, column -> 20);
      var example = sheet.createRow(HEADER_ROW + 1);
      example.createCell(0).setCellValue(exampleDistrict);
      SheetCells.number(example, 1, new BigDecimal(EXAMPLE_AMOUNT), yuan);
      SheetCells.number(example, 2, new BigDecimal(EXAMPLE_AMOUNT), yuan);
      var notes = workbook.createSheet(NOTES_SHEET);
      notes.setColumnWidth(0, 120 * 256);
      for (int line = 0; line < NOTES.size(); line++) {
        notes.createRow(line).createCell(0).setCellValue(NOTES.get(line));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import template", e);
    }
  }
}
