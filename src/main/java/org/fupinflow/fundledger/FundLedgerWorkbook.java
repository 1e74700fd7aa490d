package org.fupinflow.fundledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fupinflow.money.Yuan;

/** The ledger view as Excel: sheet 资金余额 (balances) and sheet 记账明细 (journal), amounts in yuan. */
final class FundLedgerWorkbook {

  static final String BALANCE_SHEET = "资金余额";
  static final String JOURNAL_SHEET = "记账明细";
  static final List<String> BALANCE_COLUMNS = List.of("区县", "资金名称", "级次", "功能科目", "政府经济科目", "部门经济科目",
      "到账（元）", "配套（元）", "已分配（元）", "已拨付（元）", "已预留（元）", "其中待配套（元）",
      "可分配（元）", "可拨付（元）");
  static final List<String> JOURNAL_COLUMNS = List.of("业务日期", "类型", "区县", "资金名称", "级次", "功能科目", "政府经济科目",
      "部门经济科目", "金额（元）", "文号", "案件编号", "项目编码", "用途", "冲正分录", "冲正原因", "记账人", "分录编号");

  private FundLedgerWorkbook() {
  }

  static byte[] write(List<Balance> balances, List<Entry> journal) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      var yuan = workbook.createCellStyle();
      yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      var balanceSheet = sheet(workbook.createSheet(BALANCE_SHEET), BALANCE_COLUMNS, header);
      int number = 0;
      for (var b : balances) {
        var row = balanceSheet.createRow(++number);
        line(row, 0, b.line());
        money(row, 6, b.receivedFen(), yuan);
        money(row, 7, b.matchedFen(), yuan);
        money(row, 8, b.allocatedFen(), yuan);
        money(row, 9, b.disbursedFen(), yuan);
        money(row, 10, b.reservedFen(), yuan);
        money(row, 11, b.reservedAgainstMatchingFen(), yuan);
        money(row, 12, b.availableToAllocate(), yuan);
        money(row, 13, b.availableToDisburse(), yuan);
      }
      var journalSheet = sheet(workbook.createSheet(JOURNAL_SHEET), JOURNAL_COLUMNS, header);
      number = 0;
      for (var e : journal) {
        var row = journalSheet.createRow(++number);
        row.createCell(0).setCellValue(e.occurredOn().toString());
        row.createCell(1).setCellValue(e.type() == EntryType.REVERSAL
            ? Invariants.label(EntryType.REVERSAL) + Invariants.label(e.moves()) : Invariants.label(e.type()));
        line(row, 2, e.line());
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
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fund ledger workbook", e);
    }
  }

  private static Sheet sheet(Sheet sheet, List<String> columns, CellStyle header) {
    var row = sheet.createRow(0);
    for (int column = 0; column < columns.size(); column++) {
      var cell = row.createCell(column);
      cell.setCellValue(columns.get(column));
      cell.setCellStyle(header);
      sheet.setColumnWidth(column, 16 * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static void line(Row row, int first, FundLineKey line) {
    row.createCell(first).setCellValue(line.district());
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

  private static void text(Row row, int column, String value) {
    row.createCell(column).setCellValue(value == null ? "" : value);
  }
}
