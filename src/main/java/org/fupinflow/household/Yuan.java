package org.fupinflow.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fupinflow.config.InvalidSubmission;

/** Amounts in yuan as officials type them, kept exactly as integer fen. */
final class Yuan {

  /** Nobody's yearly income item reaches 100 million yuan; a larger figure is a typing error. */
  private static final BigDecimal MAX = new BigDecimal("99999999.99");

  private Yuan() {
  }

  /**
   * Fen of a non-negative amount with at most two decimals, or {@code null} when absent. A number from a form
   * arrives as a double; its shortest decimal form is what the official typed.
   */
  static Long toFen(Object value, String field, String chineseName) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = value instanceof Double number ? BigDecimal.valueOf(number)
          : value instanceof Float number ? new BigDecimal(Float.toString(number))
          : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidSubmission(field, chineseName + "应为金额（元）：" + value, "expected an amount in yuan: " + value);
    }
    if (amount.signum() < 0) {
      throw new InvalidSubmission(field, chineseName + "不能为负数", "must not be negative");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidSubmission(field, chineseName + "最多精确到分（两位小数）", "at most two decimals (fen)");
    }
    if (amount.compareTo(MAX) > 0) {
      throw new InvalidSubmission(field, chineseName + "金额过大", "amount too large");
    }
    return amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  static BigDecimal ofFen(Long fen) {
    return fen == null ? null : BigDecimal.valueOf(fen, 2);
  }
}
