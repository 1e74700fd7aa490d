package org.fupinflow.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The one place for what the reports' workbooks have in common: typed cells (real numbers and dates, so a
 * spreadsheet can sum and sort them), the print set-up an office files on paper (A4 landscape, one page wide, the
 * headings repeated on every page) and the signature block under each table (填报单位, 填报人, 审核人, 联系电话,
 * 填报日期) that a submitted 台账 carries.
 */
public final class SheetCells {

  /** The lines of the signature block, top to bottom. */
  public static final List<String> SIGNATURE_LABELS = List.of("填报单位：", "填报人：", "审核人：", "联系电话：", "填报日期：");
  /** The format of every date cell. */
  public static final String DATE_FORMAT = "yyyy-mm-dd";
  /** The format of every amount in yuan. */
  public static final String YUAN_FORMAT = "#,##0.00";

  /**
   * Who files a workbook: the unit (the district's name), the downloading official's name, and the day (today in
   * China, engine clock). 审核人 is left blank to sign and 联系电话 blank to fill: no personal phone numbers.
   */
  public record Signature(String unit, String preparedBy, LocalDate preparedOn) {
  }

  private SheetCells() {
  }

  /** A number cell (yuan, points or percent with two decimals: exact as a double below 2^53 / 100); blank when null. */
  public static void number(Row row, int column, BigDecimal value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
  }

  /** A date cell (shown by {@code style}'s format); blank when null. */
  public static void date(Row row, int column, LocalDate value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  /** A text cell; blank (no cell value) when null. */
  public static void text(Row row, int column, String value) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  /**
   * The table's heading row {@code headerRow} in {@code style}, each column {@code characters.applyAsInt(column)}
   * characters wide; the rows above it and the headings stay in view (frozen) and are printed on every page
   * ({@link #printSetup}).
   */
  public static void headings(Sheet sheet, int headerRow, List<String> columns, CellStyle style,
      IntUnaryOperator characters) {
    var row = sheet.createRow(headerRow);
    for (int column = 0; column < columns.size(); column++) {
      var cell = row.createCell(column);
      cell.setCellValue(columns.get(column));
      cell.setCellStyle(style);
      sheet.setColumnWidth(column, characters.applyAsInt(column) * 256);
    }
    sheet.createFreezePane(0, headerRow + 1);
    printSetup(sheet, headerRow);
  }

  /** The style of a date cell in {@code workbook}. */
  public static CellStyle dateStyle(Workbook workbook) {
    return formatStyle(workbook, DATE_FORMAT);
  }

  /** The style of a number cell shown in {@code format} (e.g. {@link #YUAN_FORMAT}, {@code "0.00"}). */
  public static CellStyle formatStyle(Workbook workbook, String format) {
    var style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /** The style of a title or heading cell: bold. */
  public static CellStyle boldStyle(Workbook workbook) {
    var font = workbook.createFont();
    font.setBold(true);
    var style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  /**
   * A4 landscape, scaled to one page wide (as many pages tall as it takes), centred, rows 1 to {@code lastHeaderRow}+1
   * (title and headings) repeated at the top of every printed page.
   */
  public static void printSetup(Sheet sheet, int lastHeaderRow) {
    var setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(true);
    sheet.setFitToPage(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
  }

  /**
   * The signature block one blank row under the sheet's last row: a line per {@link #SIGNATURE_LABELS}, the label in
   * the first column, the value in the second (填报日期 a date cell); 审核人 and 联系电话 are underlined blanks.
   *
   * @return the index of the block's first row
   */
  public static int signatureBlock(Sheet sheet, Signature signature) {
    var workbook = sheet.getWorkbook();
    var bold = workbook.createFont();
    bold.setBold(true);
    var label = workbook.createCellStyle();
    label.setFont(bold);
    var blank = workbook.createCellStyle();
    blank.setBorderBottom(BorderStyle.THIN);
    var plain = workbook.createCellStyle();
    var date = dateStyle(workbook);
    int first = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 2;
    Object[] values = {signature.unit(), signature.preparedBy(), null, null, signature.preparedOn()};
    for (int line = 0; line < SIGNATURE_LABELS.size(); line++) {
      var row = sheet.createRow(first + line);
      var name = row.createCell(0);
      name.setCellValue(SIGNATURE_LABELS.get(line));
      name.setCellStyle(label);
      if (values[line] instanceof LocalDate day) {
        date(row, 1, day, date);
      } else if (values[line] instanceof String text) {
        row.createCell(1).setCellValue(text);
        row.getCell(1).setCellStyle(plain);
      } else {
        // A line to write on: the value cell and the next one underlined.
        row.createCell(1).setCellStyle(blank);
        row.createCell(2).setCellStyle(blank);
      }
    }
    return first;
  }
}
