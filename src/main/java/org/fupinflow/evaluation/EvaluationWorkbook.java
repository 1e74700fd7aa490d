package org.fupinflow.evaluation;

import static org.fupinflow.documents.SheetCells.date;
import static org.fupinflow.documents.SheetCells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;

/**
 * The province's evaluation as Excel, the same report as {@code GET /api/evaluation}: sheet 绩效评价 (a row per item of
 * 002's table in its order, computed, entered or not yet entered, then 原始得分, 满分, 百分制总分 and 等级) and sheet
 * 计算明细 (the notices and movements items 2 and 3 were computed from, and the fund lines of item 6). Points and
 * amounts are number cells with two decimals, dates date cells; under each table the signature block, and each sheet
 * prints A4 landscape, one page wide, title and headings on every page.
 */
final class EvaluationWorkbook {

  static final String TITLE = "财政专项扶贫资金绩效评价";
  static final String SHEET = "绩效评价";
  static final String DETAIL_SHEET = "计算明细";
  static final List<String> COLUMNS = List.of("序号", "指标", "满分", "得分", "评分方式", "计分依据");
  static final List<String> DETAIL_COLUMNS = List.of("指标", "资金文件", "到账日期", "通知金额（元）", "日期", "天数",
      "金额（元）", "计入金额（元）", "得分率", "项目编码", "说明");
  static final String RAW_TOTAL = "原始得分";
  static final String SCALE = "满分";
  static final String TOTAL = "百分制总分";
  static final String GRADE = "等级";
  /** Row index of the column headings; rows follow. */
  static final int HEADER_ROW = 2;

  private EvaluationWorkbook() {
  }

  /** 绩效评价-道里区-2020: the file's name without extension. */
  static String title(EvaluationReport report) {
    return "绩效评价-" + report.districtName() + "-" + report.year();
  }

  private record Line(String item, String name, String maximum, BigDecimal points, String how, String basis) {
  }

  static byte[] write(EvaluationReport report, SheetCells.Signature signature) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var styles = new Styles(workbook);
      var sheet = sheet(workbook, styles, SHEET, COLUMNS, report);
      sheet.setColumnWidth(1, 40 * 256);
      sheet.setColumnWidth(5, 80 * 256);
      int number = HEADER_ROW;
      for (var line : lines(report)) {
        var row = sheet.createRow(++number);
        row.createCell(0).setCellValue(line.item());
        row.createCell(1).setCellValue(line.name());
        maximum(row, 2, line.maximum());
        number(row, 3, line.points(), styles.points);
        row.createCell(4).setCellValue(line.how());
        row.createCell(5).setCellValue(line.basis() == null ? "" : line.basis());
      }
      number = total(sheet, number, RAW_TOTAL, report.rawTotal(), "计算指标得分 " + report.computedPoints()
          + " + 录入指标得分", styles);
      number = total(sheet, number, SCALE, BigDecimal.valueOf(report.scale()), report.scaleReason(), styles);
      number = total(sheet, number, TOTAL, report.total(), "", styles);
      var grade = sheet.createRow(++number);
      grade.createCell(1).setCellValue(GRADE);
      grade.getCell(1).setCellStyle(styles.bold);
      grade.createCell(3).setCellValue(report.grade() == null ? "未评定" : report.grade());
      grade.createCell(5).setCellValue(report.gradeNote());
      SheetCells.signatureBlock(sheet, signature);
      SheetCells.signatureBlock(detail(workbook, styles, report), signature);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the evaluation workbook", e);
    }
  }

  /** The items in 002's order (1a, 1b, 2 … 11): computed, entered, not entered yet. */
  private static List<Line> lines(EvaluationReport report) {
    var lines = new ArrayList<Line>();
    for (var indicator : report.computed()) {
      lines.add(new Line(indicator.item(), indicator.name(), String.valueOf(indicator.maximumPoints()),
          indicator.points(), "系统计算", indicator.formula()));
    }
    for (var entered : report.entered()) {
      lines.add(new Line(entered.item(), entered.name(), entered.maximumPoints(), entered.points(), "市扶贫办录入",
          "佐证：" + entered.reference() + "（" + entered.enteredBy() + "，" + entered.enteredAt().toLocalDate() + "）"));
    }
    for (var missing : report.notComputed()) {
      lines.add(new Line(missing.item(), missing.name(), missing.points(), null, "尚未录入", missing.reason()));
    }
    lines.sort(Comparator.comparingInt((Line line) -> Integer.parseInt(line.item().replaceAll("\\D", "")))
        .thenComparing(Line::item));
    return lines;
  }

  /** 满分 as a number cell (General format: 5, 14) when it is one; anything else stays text. */
  private static void maximum(Row row, int column, String maximum) {
    if (maximum != null && maximum.strip().matches("\\d+(\\.\\d+)?")) {
      row.createCell(column).setCellValue(new BigDecimal(maximum.strip()).doubleValue());
    } else {
      row.createCell(column).setCellValue(maximum == null ? "" : maximum);
    }
  }

  private static int total(Sheet sheet, int number, String label, BigDecimal value, String basis, Styles styles) {
    var row = sheet.createRow(++number);
    row.createCell(1).setCellValue(label);
    row.getCell(1).setCellStyle(styles.bold);
    number(row, 3, value, styles.points);
    row.createCell(5).setCellValue(basis);
    return number;
  }

  private static Sheet detail(Workbook workbook, Styles styles, EvaluationReport report) {
    var sheet = sheet(workbook, styles, DETAIL_SHEET, DETAIL_COLUMNS, report);
    int number = HEADER_ROW;
    for (var indicator : report.computed()) {
      if (indicator instanceof EvaluationReport.Timeliness timeliness) {
        for (var notice : timeliness.notices()) {
          for (var movement : notice.movements()) {
            var row = sheet.createRow(++number);
            row.createCell(0).setCellValue(timeliness.item() + " " + timeliness.name());
            row.createCell(1).setCellValue(notice.documentNumber());
            date(row, 2, notice.receivedOn(), styles.date);
            number(row, 3, notice.amountYuan(), styles.yuan);
            date(row, 4, movement.on(), styles.date);
            if (movement.days() != null) {
              row.createCell(5).setCellValue(movement.days());
            }
            number(row, 6, movement.amountYuan(), styles.yuan);
            number(row, 7, movement.countedYuan(), styles.yuan);
            number(row, 8, movement.share(), styles.share);
            row.createCell(9).setCellValue(movement.projectCode() == null ? "" : movement.projectCode());
            row.createCell(10).setCellValue(movement.note() == null ? "" : movement.note());
          }
        }
      } else if (indicator instanceof EvaluationReport.Disclosure disclosure) {
        for (var publication : disclosure.county().publications()) {
          var row = sheet.createRow(++number);
          row.createCell(0).setCellValue(disclosure.item() + " 县级公告（扶贫资金公告栏）");
          row.createCell(1).setCellValue(publication.caseNumber());
          date(row, 2, publication.disbursedOn(), styles.date);
          date(row, 4, publication.publishedOn(), styles.date);
          row.createCell(5).setCellValue(publication.workingDaysToPublish() != null
              ? publication.workingDaysToPublish() : publication.workingDaysOpen());
          number(row, 6, publication.amountYuan(), styles.yuan);
          number(row, 7, publication.countedYuan(), styles.yuan);
          number(row, 8, publication.share(), styles.share);
          row.createCell(9).setCellValue(publication.projectCode());
          row.createCell(10).setCellValue("拨付日期、公告日期、间隔工作日" + (publication.note() == null ? ""
              : "；" + publication.note()));
        }
        for (var notice : disclosure.village().notices()) {
          var row = sheet.createRow(++number);
          row.createCell(0).setCellValue(disclosure.item() + " 村级公示");
          row.createCell(1).setCellValue(notice.caseNumber() + " " + notice.village());
          date(row, 2, notice.postedOn(), styles.date);
          date(row, 4, notice.endsOn(), styles.date);
          row.createCell(10).setCellValue("张贴日期、公示期末日；" + switch (notice.status()) {
            case "RUNNING" -> "公示中，暂不计";
            case "WITHDRAWN" -> "异议成立已撤回，不计";
            default -> Boolean.TRUE.equals(notice.fullPeriod()) ? "已满5日" : "未满5日即结束";
          });
        }
      } else if (indicator instanceof EvaluationReport.CarryOver carryOver) {
        for (var line : carryOver.fundLines()) {
          var row = sheet.createRow(++number);
          row.createCell(0).setCellValue(carryOver.item() + " " + carryOver.name());
          row.createCell(1).setCellValue(line.fundLine() + "（" + line.level() + "）");
          number(row, 3, line.availableYuan(), styles.yuan);
          number(row, 6, line.underOneYearYuan().add(line.oneToTwoYearsYuan()).add(line.overTwoYearsYuan()),
              styles.yuan);
          row.createCell(10).setCellValue("可用资金 " + line.availableYuan() + " 元；结转结余：1年以内 "
              + line.underOneYearYuan() + "、1–2年 " + line.oneToTwoYearsYuan() + "、2年以上 "
              + line.overTwoYearsYuan() + " 元");
        }
      }
    }
    return sheet;
  }

  /** Title, district and year, column headings. */
  private static Sheet sheet(Workbook workbook, Styles styles, String name, List<String> columns,
      EvaluationReport report) {
    Sheet sheet = workbook.createSheet(name);
    var title = sheet.createRow(0).createCell(0);
    title.setCellValue(report.districtName() + report.year() + "年度" + TITLE);
    title.setCellStyle(styles.bold);
    var period = sheet.createRow(1);
    period.createCell(0).setCellValue("被评价区县：");
    period.createCell(1).setCellValue(report.districtName());
    period.createCell(2).setCellValue("评价年度：");
    period.createCell(3).setCellValue(report.year());
    period.createCell(4).setCellValue("数据截止日：");
    date(period, 5, report.cutOff(), styles.date);
    SheetCells.headings(sheet, HEADER_ROW, columns, styles.bold, column -> 16);
    return sheet;
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle points;
    final CellStyle yuan;
    final CellStyle share;
    final CellStyle date;

    Styles(Workbook workbook) {
      bold = SheetCells.boldStyle(workbook);
      points = SheetCells.formatStyle(workbook, "0.00");
      yuan = SheetCells.formatStyle(workbook, SheetCells.YUAN_FORMAT);
      share = SheetCells.formatStyle(workbook, "0.0000");
      date = SheetCells.dateStyle(workbook);
    }
  }
}
