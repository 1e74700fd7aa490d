package org.fupinflow.fundledger;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Fen as yuan at the edges: BigDecimal with scale 2, and 1,000.00 in messages. */
final class Fen {

  private Fen() {
  }

  static BigDecimal toYuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  static String format(long fen) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(toYuan(fen));
  }
}
