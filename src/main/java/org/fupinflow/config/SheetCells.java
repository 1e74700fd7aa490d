package org.fupinflow.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** The typed cells the reports' workbooks write: real numbers and dates, so a spreadsheet can sum and sort them. */
public final class SheetCells {

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
}
