package org.fupinflow.fundnotice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of an uploaded .xlsx or .xls (Excel 97–2003, as county offices and WPS still save it; the first sheet)
 * or .csv (UTF-8, with or without BOM, or GB18030 as Excel saves it). Both workbook formats are read by POI's
 * {@code WorkbookFactory} and pass the same checks with the same messages.
 */
final class SpreadsheetRows {

  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_ROWS = 2000;

  private SpreadsheetRows() {
  }

  static List<List<String>> read(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new NoticeRefused("file", "文件为空", "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new NoticeRefused("file", "文件不能超过2MB", "at most 2 MB");
    }
    var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return workbook(content, ".xlsx");
    }
    if (name.endsWith(".xls")) {
      return workbook(content, ".xls");
    }
    if (name.endsWith(".csv")) {
      return csv(content);
    }
    throw new NoticeRefused("file", "只接受 .xlsx、.xls 或 .csv 文件：" + fileName, "only .xlsx, .xls or .csv files: "
        + fileName);
  }

  /**
   * The first sheet's cells. A formula cell is refused by its position, all of them at once: its value in the file
   * is whatever Excel (or another program, or a hand) last cached there, which nothing guarantees is the formula's
   * result, so the table must carry the figures themselves (粘贴为数值).
   */
  private static List<List<String>> workbook(byte[] content, String extension) {
    var rows = new ArrayList<List<String>>();
    var formulas = new ArrayList<String>();
    try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      var sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
        var row = sheet.getRow(r);
        var cells = new ArrayList<String>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            var cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA && !isTotal(cells)) {
              formulas.add(formula(r + 1, c + 1));
            }
            cells.add(text(cell));
          }
        }
        rows.add(cells);
      }
    } catch (IOException | RuntimeException e) {
      throw new NoticeRefused("file", "无法读取该 " + extension + " 文件", "cannot read the " + extension + " file");
    }
    if (!formulas.isEmpty()) {
      throw new ShareTable.ImportRefused(formulas);
    }
    return rows;
  }

  /**
   * A 合计 row's sums are allowed as formulas (Excel annexes carry =SUM there): read as blank, the total is then not
   * cross-checked, but every district's figure is; the districts' figures themselves must be values.
   */
  private static boolean isTotal(List<String> cellsBefore) {
    if (cellsBefore.isEmpty()) {
      return false;
    }
    var name = cellsBefore.get(0).replaceAll("\\s", "");
    return name.equals("合计") || name.equals("总计");
  }

  private static String formula(int row, int column) {
    return "第" + row + "行第" + column + "列是公式，请粘贴数值 / Row " + row + ", column " + column
        + " is a formula; paste its value instead";
  }

  /** Numbers as the shortest decimal that reads back as the cell's value: 16005.3 stays 16005.3. */
  private static String text(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.FORMULA) {
      return "";
    }
    return switch (cell.getCellType()) {
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  private static List<List<String>> csv(byte[] content) {
    var text = decode(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',' || ch == '\t') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
          throw new NoticeRefused("file", "文件行数过多（最多2000行）", "too many rows (at most 2000)");
        }
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }
}
