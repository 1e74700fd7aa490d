package org.fupinflow.fundnotice;

import java.math.BigDecimal;
import java.util.Locale;
import org.fupinflow.money.Yuan;

/**
 * Amounts as the notices write them: in 元 (at most 2 decimals) or in 万元 (at most 4 decimals: 0.0458万元 =
 * 458.00 yuan), kept exactly as integer fen. Anything else — not a number, negative, finer than a fen — is
 * refused with the field named.
 */
final class Amounts {

  /** No single notice share reaches 10 billion yuan; a larger figure is a typing error. */
  private static final BigDecimal MAX_YUAN = new BigDecimal("9999999999.99");

  enum Unit {
    YUAN("元", 2, 0), WAN("万元", 4, 4);

    final String label;
    final int maxDecimals;
    final int shiftToYuan;

    Unit(String label, int maxDecimals, int shiftToYuan) {
      this.label = label;
      this.maxDecimals = maxDecimals;
      this.shiftToYuan = shiftToYuan;
    }

    static Unit of(String text) {
      if (text == null || text.isBlank()) {
        return YUAN;
      }
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "yuan", "元" -> YUAN;
        case "wan", "万元", "wanyuan" -> WAN;
        default -> throw new NoticeRefused("unit", "金额单位应为 元（yuan）或 万元（wan）：" + text, "unit must be yuan or wan: " + text);
      };
    }
  }

  private Amounts() {
  }

  /** Fen of a positive amount, or of zero when {@code zeroAllowed}. Thousands separators (16,005.30) are accepted. */
  static long toFen(Object value, Unit unit, String field, String chineseName, boolean zeroAllowed) {
    if (value == null || value.toString().isBlank()) {
      throw new NoticeRefused(field, chineseName + "必填", "an amount is required");
    }
    var text = value.toString().strip().replace(",", "").replace("，", "");
    BigDecimal amount;
    try {
      amount = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new NoticeRefused(field, chineseName + "不是有效金额：" + value, "not a valid amount: " + value);
    }
    if (amount.signum() < 0 || !zeroAllowed && amount.signum() == 0) {
      throw new NoticeRefused(field, chineseName + (zeroAllowed ? "不能为负数" : "应大于0") + "：" + value,
          (zeroAllowed ? "must not be negative: " : "must be positive: ") + value);
    }
    if (amount.stripTrailingZeros().scale() > unit.maxDecimals) {
      throw new NoticeRefused(field, chineseName + "以" + unit.label + "计最多" + unit.maxDecimals + "位小数（精确到分）：" + value,
          "at most " + unit.maxDecimals + " decimals in " + unit.name().toLowerCase(Locale.ROOT) + " (whole fen): " + value);
    }
    var yuan = amount.movePointRight(unit.shiftToYuan);
    if (yuan.compareTo(MAX_YUAN) > 0) {
      throw new NoticeRefused(field, chineseName + "金额过大：" + value, "amount too large: " + value);
    }
    return Yuan.toFen(yuan);
  }
}
