package org.fupinflow.fundledger;

import static org.fupinflow.documents.SheetCells.date;
import static org.fupinflow.documents.SheetCells.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.documents.SheetCells;
import org.fupinflow.money.Yuan;

/**
 * The ledger view as Excel: sheet 资金余额 (balances) and sheet 记账明细 (journal), each under a title row naming the
 * districts, with districts by name, amounts as number cells in yuan, business dates as date cells, printed A4
 * landscape with the headings repeated, and the signature block under each table.
 */
final class FundLedgerWorkbook {

  static final String TITLE = "专项扶贫资金台账";
  static final String BALANCE_SHEET = "资金余额";
  static final String JOURNAL_SHEET = "记账明细";
  static final List<String> BALANCE_COLUMNS = List.of("区县", "资金名称", "级次", "功能科目", "政府经济科目", "部门经济科目",
      "到账（元）", "配套（元）", "已分配（元）", "已拨付（元）", "已预留（元）", "其中待配套（元）",
      "可分配（元）", "可拨付（元）");
  static final List<String> JOURNAL_COLUMNS = List.of("业务日期", "类型", "区县", "资金名称", "级次", "功能科目", "政府经济科目",
      "部门经济科目", "金额（元）", "文号", "案件编号", "项目编码", "用途", "冲正分录", "冲正原因", "记账人", "分录编号");
  /** Row index of the column headings (under the title); lines follow. */
  static final int HEADER_ROW = 1;

  private FundLedgerWorkbook() {
  }

  /** 专项扶贫资金台账-道里区: the file's name without extension, {@code scope} the district's name or 全市. */
  static String title(String scope) {
    return TITLE + "-" + scope;
  }

  /** {@code districtNames}: district code → name; a code without a name is shown as it is. */
  static byte[] write(String scope, List<Balance> balances, List<Entry> journal, Map<String, String> districtNames,
      SheetCells.Signature signature) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var header = SheetCells.boldStyle(workbook);
      var yuan = SheetCells.formatStyle(workbook, SheetCells.YUAN_FORMAT);
      var day = SheetCells.dateStyle(workbook);
      var balanceSheet = sheet(workbook, BALANCE_SHEET, scope + TITLE + "（资金余额）", BALANCE_COLUMNS, header);
      int number = HEADER_ROW;
      for (var b : balances) {
        var row = balanceSheet.createRow(++number);
        line(row, 0, b.line(), districtNames);
        money(row, 6, b.receivedFen(), yuan);
        money(row, 7, b.matchedFen(), yuan);
        money(row, 8, b.allocatedFen(), yuan);
        money(row, 9, b.disbursedFen(), yuan);
        money(row, 10, b.reservedFen(), yuan);
        money(row, 11, b.reservedAgainstMatchingFen(), yuan);
        money(row, 12, b.availableToAllocate(), yuan);
        money(row, 13, b.availableToDisburse(), yuan);
      }
      SheetCells.signatureBlock(balanceSheet, signature);
      var journalSheet = sheet(workbook, JOURNAL_SHEET, scope + TITLE + "（记账明细）", JOURNAL_COLUMNS, header);
      number = HEADER_ROW;
      for (var e : journal) {
        var row = journalSheet.createRow(++number);
        date(row, 0, e.occurredOn(), day);
        row.createCell(1).setCellValue(e.type() == EntryType.REVERSAL
            ? Invariants.label(EntryType.REVERSAL) + Invariants.label(e.moves()) : Invariants.label(e.type()));
        line(row, 2, e.line(), districtNames);
        money(row, 8, e.amountFen(), yuan);
        text(row, 9, e.documentNumber());
        text(row, 10, e.caseNumber());
        text(row, 11, e.projectCode());
        text(row, 12, e.use());
        text(row, 13, e.reversesEntryId());
        text(row, 14, e.reversalReason());
        text(row, 15, e.recordedBy());
        text(row, 16, e.id());
      }
      SheetCells.signatureBlock(journalSheet, signature);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fund ledger workbook", e);
    }
  }

  private static Sheet sheet(Workbook workbook, String name, String title, List<String> columns, CellStyle header) {
    var sheet = workbook.createSheet(name);
    var titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue(title);
    titleCell.setCellStyle(header);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    SheetCells.headings(sheet, HEADER_ROW, columns, header, column -> 16);
    return sheet;
  }

  private static void line(Row row, int first, FundLineKey line, Map<String, String> districtNames) {
    row.createCell(first).setCellValue(districtNames.getOrDefault(line.district(), line.district()));
    row.createCell(first + 1).setCellValue(line.fundLine());
    row.createCell(first + 2).setCellValue(line.level().label());
    row.createCell(first + 3).setCellValue(line.functionCode());
    row.createCell(first + 4).setCellValue(line.governmentEconomicCode());
    row.createCell(first + 5).setCellValue(line.departmentEconomicCode());
  }

  /** Yuan as a number cell with two decimals (exact: any fen amount below 2^53 is a double exactly / 100). */
  private static void money(Row row, int column, long fen, CellStyle yuan) {
    var cell = row.createCell(column);
    cell.setCellValue(Yuan.of(fen).doubleValue());
    cell.setCellStyle(yuan);
  }
}
