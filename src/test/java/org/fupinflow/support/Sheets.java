package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Checks of a downloaded workbook as an office files it: print set-up, signature block, typed cells. */
public final class Sheets {

  private Sheets() {
  }

  /** A4 landscape, one page wide, rows 0 to {@code lastHeaderRow} repeated on every page. */
  public static void assertPrintsOnA4Landscape(Sheet sheet, int lastHeaderRow) {
    var setup = sheet.getPrintSetup();
    assertThat(setup.getLandscape()).as(sheet.getSheetName() + " landscape").isTrue();
    assertThat(setup.getPaperSize()).as(sheet.getSheetName() + " A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(sheet.getFitToPage()).as(sheet.getSheetName() + " fit to page").isTrue();
    assertThat(setup.getFitWidth()).as(sheet.getSheetName() + " one page wide").isEqualTo((short) 1);
    assertThat(setup.getFitHeight()).as(sheet.getSheetName() + " any pages tall").isEqualTo((short) 0);
    var repeating = sheet.getRepeatingRows();
    assertThat(repeating).as(sheet.getSheetName() + " repeated rows").isNotNull();
    assertThat(repeating.getFirstRow()).isZero();
    assertThat(repeating.getLastRow()).isEqualTo(lastHeaderRow);
  }

  /**
   * The signature block under the table: 填报单位 {@code unit}, 填报人 {@code preparedBy}, 审核人 and 联系电话 blank,
   * 填报日期 {@code preparedOn} as a date cell; one blank row above it.
   *
   * @return the index of the block's first row
   */
  public static int assertSigned(Sheet sheet, String unit, String preparedBy, LocalDate preparedOn) {
    int first = -1;
    for (int index = 0; index <= sheet.getLastRowNum(); index++) {
      if ("填报单位：".equals(text(sheet.getRow(index), 0))) {
        first = index;
      }
    }
    assertThat(first).as(sheet.getSheetName() + " has 填报单位").isPositive();
    assertThat(sheet.getRow(first - 1)).as("a blank row above the signature block").isNull();
    assertThat(first + 4).as("the block is the sheet's end").isEqualTo(sheet.getLastRowNum());
    assertThat(text(sheet.getRow(first), 1)).isEqualTo(unit);
    assertThat(text(sheet.getRow(first + 1), 0)).isEqualTo("填报人：");
    assertThat(text(sheet.getRow(first + 1), 1)).isEqualTo(preparedBy);
    assertThat(text(sheet.getRow(first + 2), 0)).isEqualTo("审核人：");
    assertThat(text(sheet.getRow(first + 2), 1)).isEmpty();
    assertThat(text(sheet.getRow(first + 3), 0)).isEqualTo("联系电话：");
    assertThat(text(sheet.getRow(first + 3), 1)).isEmpty();
    assertThat(text(sheet.getRow(first + 4), 0)).isEqualTo("填报日期：");
    assertDate(sheet.getRow(first + 4), 1, preparedOn);
    return first;
  }

  /** A date cell (numeric, date-formatted) holding {@code day}. */
  public static void assertDate(Row row, int column, LocalDate day) {
    var cell = row.getCell(column);
    assertThat(cell.getCellType()).as("a date cell at " + cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).as("date-formatted at " + cell.getAddress()).isTrue();
    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(day);
  }

  /** A number cell holding {@code value}. */
  public static void assertNumber(Row row, int column, String value) {
    var cell = row.getCell(column);
    assertThat(cell.getCellType()).as("a number cell at " + cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(java.math.BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(value);
  }

  /** The cells of a row as Excel shows them; empty for a missing row. */
  public static List<String> texts(Row row) {
    var cells = new ArrayList<String>();
    if (row != null) {
      for (int column = 0; column < row.getLastCellNum(); column++) {
        cells.add(text(row, column));
      }
    }
    return cells;
  }

  /** A cell as Excel shows it; empty for a missing row or cell. */
  public static String text(Row row, int column) {
    return row == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
  }

  /** The raw XML of one part of an .xlsx (e.g. {@code xl/workbook.xml}), as other programs read it. */
  public static String part(byte[] xlsx, String name) throws IOException {
    try (var zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
