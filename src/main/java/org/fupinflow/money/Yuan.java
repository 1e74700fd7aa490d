package org.fupinflow.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money is kept as integer fen (分) and shown as yuan (元) with two decimals: the one place that converts
 * between them. Each capability checks what officials type (sign, decimals, bounds) with its own messages, then
 * converts here, exactly.
 */
public final class Yuan {

  private Yuan() {
  }

  /** Yuan with scale 2: 63904940 → 639049.40. */
  public static BigDecimal of(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /** Fen of an amount in yuan; an amount finer than a fen is an {@link ArithmeticException}, never rounded. */
  public static long toFen(BigDecimal yuan) {
    return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /** 639,049.40, as messages show amounts. */
  public static String format(long fen) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(of(fen));
  }
}
