package org.fupinflow.relief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;

/**
 * A district's insured people of a year as Excel: a title row, the column headings, one row per person (cover
 * dates as date cells), the signature block; printed A4 landscape, one page wide, title and headings on every page.
 */
final class InsuredWorkbook {

  static final String SHEET = "参保人员";
  static final List<String> COLUMNS =
      List.of("序号", "姓名", "身份证号码", "乡镇", "村", "户类型", "参保起始日期", "参保截止日期");
  /** Row index of the column headings; people follow. */
  static final int HEADER_ROW = 1;
  private static final int[] WIDTHS = {6, 10, 20, 12, 14, 16, 14, 14};

  private InsuredWorkbook() {
  }

  static String title(String districtName, Year year) {
    return districtName + year + "年度扶贫特惠保险参保人员名单";
  }

  /** ID numbers as {@link InsuredPerson} has them: masked. */
  static byte[] write(String districtName, Year year, List<InsuredPerson> people, SheetCells.Signature signature) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var header = SheetCells.boldStyle(workbook);
      var date = SheetCells.dateStyle(workbook);
      var sheet = workbook.createSheet(SHEET);
      var titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(title(districtName, year));
      titleCell.setCellStyle(header);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
      SheetCells.headings(sheet, HEADER_ROW, COLUMNS, header, column -> WIDTHS[column] * 2);
      int number = 0;
      for (var person : people) {
        number++;
        var row = sheet.createRow(HEADER_ROW + number);
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(person.name());
        row.createCell(2).setCellValue(person.idNumber());
        row.createCell(3).setCellValue(person.townshipName());
        row.createCell(4).setCellValue(person.village());
        row.createCell(5).setCellValue(person.statusLabel());
        SheetCells.date(row, 6, person.insuredFrom(), date);
        SheetCells.date(row, 7, person.insuredTo(), date);
      }
      SheetCells.signatureBlock(sheet, signature);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the insured people workbook", e);
    }
  }
}
