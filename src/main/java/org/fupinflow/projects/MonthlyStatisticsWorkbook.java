package org.fupinflow.projects;

import static org.fupinflow.documents.SheetCells.date;
import static org.fupinflow.documents.SheetCells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;

/**
 * The monthly statistics as Excel: sheet 资金月统计 (a row per fund line, then 合计) and sheet 项目月统计 (a row per
 * project, then 合计), each under a title row and a row naming the district and the month's first and last day.
 * Amounts are number cells in yuan with two decimals, percentages number cells, dates date cells; under each table
 * the signature block, and each sheet prints A4 landscape, one page wide, title and headings on every page.
 */
final class MonthlyStatisticsWorkbook {

  static final String TITLE = "扶贫资金支出月统计";
  static final String FUND_LINE_SHEET = "资金月统计";
  static final String PROJECT_SHEET = "项目月统计";
  static final String TOTAL = "合计";
  static final List<String> FUND_LINE_COLUMNS = List.of("区县", "资金名称", "级次", "功能科目", "政府经济科目", "部门经济科目",
      "本月到账（元）", "本月配套（元）", "本月已分配（元）", "本月已拨付（元）", "本年累计到账（元）", "本年累计配套（元）",
      "本年累计已分配（元）", "本年累计已拨付（元）", "本年支出进度（%）");
  static final List<String> PROJECT_COLUMNS = List.of("区县", "项目编码", "项目名称", "资金名称", "预算（元）",
      "本月拨付（元）", "本年累计拨付（元）", "累计占预算（%）", "计划节点日期", "计划累计支出（%）");
  /** Row index of the column headings; rows follow. */
  static final int HEADER_ROW = 2;

  private MonthlyStatisticsWorkbook() {
  }

  /** 道里区扶贫资金支出月统计-2020-06: the file's name without extension. */
  static String title(MonthlyReport report) {
    return report.districtName() + TITLE + "-" + report.month();
  }

  static byte[] write(MonthlyReport report, SheetCells.Signature signature) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var styles = new Styles(workbook);
      var fundLines = sheet(workbook, styles, FUND_LINE_SHEET, FUND_LINE_COLUMNS, report);
      int number = HEADER_ROW;
      for (var line : report.fundLines()) {
        var row = fundLines.createRow(++number);
        row.createCell(0).setCellValue(report.districtName());
        row.createCell(1).setCellValue(line.fundLine());
        row.createCell(2).setCellValue(line.levelLabel());
        row.createCell(3).setCellValue(line.functionCode());
        row.createCell(4).setCellValue(line.governmentEconomicCode());
        row.createCell(5).setCellValue(line.departmentEconomicCode());
        flows(row, line.month(), line.yearToDate(), line.spendingRatePercent(), styles);
      }
      var total = fundLines.createRow(++number);
      total.createCell(0).setCellValue(TOTAL);
      flows(total, report.fundLineTotal().month(), report.fundLineTotal().yearToDate(),
          report.fundLineTotal().spendingRatePercent(), styles);

      var projects = sheet(workbook, styles, PROJECT_SHEET, PROJECT_COLUMNS, report);
      number = HEADER_ROW;
      for (var project : report.projects()) {
        var row = projects.createRow(++number);
        row.createCell(0).setCellValue(report.districtName());
        row.createCell(1).setCellValue(project.code());
        row.createCell(2).setCellValue(project.name());
        row.createCell(3).setCellValue(project.fundLine());
        number(row, 4, project.budgetYuan(), styles.yuan);
        number(row, 5, project.disbursedInMonthYuan(), styles.yuan);
        number(row, 6, project.disbursedYearToDateYuan(), styles.yuan);
        number(row, 7, project.disbursedPercent(), styles.percent);
        date(row, 8, project.checkpointDate(), styles.date);
        number(row, 9, project.plannedPercent(), styles.percent);
      }
      var projectTotal = projects.createRow(++number);
      projectTotal.createCell(0).setCellValue(TOTAL);
      number(projectTotal, 4, report.projectTotal().budgetYuan(), styles.yuan);
      number(projectTotal, 5, report.projectTotal().disbursedInMonthYuan(), styles.yuan);
      number(projectTotal, 6, report.projectTotal().disbursedYearToDateYuan(), styles.yuan);
      number(projectTotal, 7, report.projectTotal().disbursedPercent(), styles.percent);
      SheetCells.signatureBlock(fundLines, signature);
      SheetCells.signatureBlock(projects, signature);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the monthly statistics workbook", e);
    }
  }

  /** Title, district and period (date cells), column headings. */
  private static Sheet sheet(Workbook workbook, Styles styles, String name, List<String> columns,
      MonthlyReport report) {
    Sheet sheet = workbook.createSheet(name);
    var title = sheet.createRow(0).createCell(0);
    title.setCellValue(report.districtName() + TITLE + "（" + report.month() + "）");
    title.setCellStyle(styles.bold);
    var period = sheet.createRow(1);
    period.createCell(0).setCellValue("区县：");
    period.createCell(1).setCellValue(report.districtName());
    period.createCell(2).setCellValue("统计期间：");
    date(period, 3, report.from(), styles.date);
    period.createCell(4).setCellValue("至");
    date(period, 5, report.to(), styles.date);
    SheetCells.headings(sheet, HEADER_ROW, columns, styles.bold, column -> 16);
    return sheet;
  }

  private static void flows(Row row, MonthlyReport.Flows month, MonthlyReport.Flows yearToDate,
      BigDecimal spendingRatePercent, Styles styles) {
    int column = 6;
    for (var flows : List.of(month, yearToDate)) {
      number(row, column++, flows.receivedYuan(), styles.yuan);
      number(row, column++, flows.matchedYuan(), styles.yuan);
      number(row, column++, flows.allocatedYuan(), styles.yuan);
      number(row, column++, flows.disbursedYuan(), styles.yuan);
    }
    number(row, column, spendingRatePercent, styles.percent);
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle yuan;
    final CellStyle percent;
    final CellStyle date;

    Styles(Workbook workbook) {
      bold = SheetCells.boldStyle(workbook);
      yuan = SheetCells.formatStyle(workbook, SheetCells.YUAN_FORMAT);
      percent = SheetCells.formatStyle(workbook, "0.00");
      date = SheetCells.dateStyle(workbook);
    }
  }
}
