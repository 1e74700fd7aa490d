package org.fupinflow.fundnotice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fupinflow.money.Yuan;

/**
 * The district table of a notice, laid out like Annex 1 of 哈财指（农）〔2020〕590号: a header row (区、县(市) |
 * 市级补助资金 | 区、县(市) 匹配资金), one row per district, optionally a 合计 row and a "单位: 元/万元" line above;
 * a signature block under the table (填报单位, 填报人 … as the workbooks of {@code SheetCells} write it) ends it.
 * Every row is checked before anything is kept; all problems come back together, row by row.
 */
final class ShareTable {

  record Share(String district, String districtName, long amountFen, Long matchingFen, int row) {
  }

  private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");
  private static final int MAX_ERRORS = 50;
  private static final Pattern SIGNATURE = Pattern.compile("(填报单位|填报人|审核人|联系电话|填报日期)[:：]?");

  private ShareTable() {
  }

  /**
   * @param rows cells of the sheet or file, top to bottom
   * @param districtsByName district code by Chinese name (whitespace ignored), e.g. 宾县 → binxian
   * @param defaultUnit the unit when the table does not state one
   */
  static List<Share> parse(List<List<String>> rows, Map<String, String> districtsByName, Amounts.Unit defaultUnit) {
    return parse(rows, districtsByName, defaultUnit, false);
  }

  /** As {@link #parse(List, Map, Amounts.Unit)}; rows pasted without a header row are read as district rows. */
  static List<Share> parse(List<List<String>> rows, Map<String, String> districtsByName, Amounts.Unit defaultUnit,
      boolean headerOptional) {
    var unit = defaultUnit;
    int header = -1;
    for (int i = 0; i < rows.size() && header < 0; i++) {
      var first = cell(rows.get(i), 0);
      var line = String.join(" ", rows.get(i));
      var stated = UNIT_LINE.matcher(line);
      if (stated.find()) {
        unit = Amounts.Unit.of(stated.group(1));
      }
      if (first.contains("区") && first.contains("县") && rows.get(i).size() >= 2 && !isNumber(cell(rows.get(i), 1))) {
        header = i;
      }
    }
    if (header < 0 && !headerOptional) {
      throw new NoticeRefused("file", "找不到表头：第一列应为“区、县(市)”，第二列为补助资金，第三列（可选）为匹配资金",
          "no header row: column 1 区、县(市), column 2 the amount, column 3 (optional) the matching amount");
    }
    var errors = new ArrayList<String>();
    var shares = new ArrayList<Share>();
    var seen = new HashSet<String>();
    Long statedTotal = null;
    int totalRow = 0;
    for (int i = header + 1; i < rows.size(); i++) {
      var row = rows.get(i);
      int rowNumber = i + 1;
      var name = normalize(cell(row, 0));
      if (name.isEmpty() && cell(row, 1).isBlank()) {
        continue;
      }
      if (SIGNATURE.matcher(name).lookingAt()) {
        // The signature block under a filed table (填报单位 … 填报日期): the table ends above it.
        break;
      }
      try {
        if (name.equals("合计") || name.equals("总计")) {
          statedTotal = Amounts.toFen(cell(row, 1), unit, "row " + rowNumber, "第" + rowNumber + "行合计", true);
          totalRow = rowNumber;
          continue;
        }
        var district = Optional.ofNullable(districtsByName.get(name)).orElseThrow(() -> new NoticeRefused("row " + rowNumber,
            "第" + rowNumber + "行：没有区县“" + cell(row, 0).strip() + "”", "no district named " + cell(row, 0).strip()));
        if (!seen.add(district)) {
          throw new NoticeRefused("row " + rowNumber, "第" + rowNumber + "行：区县“" + name + "”重复",
              "district " + name + " appears twice");
        }
        long amount = Amounts.toFen(cell(row, 1), unit, "row " + rowNumber, "第" + rowNumber + "行补助资金", false);
        Long matching = cell(row, 2).isBlank() ? null
            : Amounts.toFen(cell(row, 2), unit, "row " + rowNumber, "第" + rowNumber + "行匹配资金", true);
        shares.add(new Share(district, name, amount, matching, rowNumber));
      } catch (NoticeRefused e) {
        if (errors.size() < MAX_ERRORS) {
          errors.add(e.getMessage());
        }
      }
    }
    if (errors.isEmpty() && shares.isEmpty()) {
      errors.add("file：表中没有区县数据 / file: the table has no district rows");
    }
    if (errors.isEmpty() && statedTotal != null) {
      long sum = shares.stream().mapToLong(Share::amountFen).sum();
      if (sum != statedTotal) {
        errors.add("row " + totalRow + "：第" + totalRow + "行合计 " + Yuan.of(statedTotal) + " 元与各区县之和 "
            + Yuan.of(sum) + " 元不符 / row " + totalRow + ": the total " + Yuan.of(statedTotal)
            + " differs from the sum of the rows " + Yuan.of(sum));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    return List.copyOf(shares);
  }

  /** 宾 县 → 宾县: the notices pad two-character names with a space. */
  static String normalize(String name) {
    return name == null ? "" : name.replaceAll("[\\s\\u3000]", "");
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() && row.get(index) != null ? row.get(index) : "";
  }

  private static boolean isNumber(String text) {
    return text.strip().replace(",", "").matches("-?\\d+(\\.\\d+)?");
  }

  /** The whole file is refused: every bad row listed, nothing imported. */
  static final class ImportRefused extends org.fupinflow.validation.InvalidSubmission {

    final List<String> rowErrors;

    ImportRefused(List<String> rowErrors) {
      super("导入被拒绝，未导入任何数据（" + rowErrors.size() + "处错误） / Import refused, nothing imported (" + rowErrors.size()
          + " errors): " + String.join("；", rowErrors));
      this.rowErrors = List.copyOf(rowErrors);
    }
  }
}
