package org.fupinflow.fundledger;

import java.time.LocalDate;
import java.util.UUID;

/** Test fund lines and postings in the notices' words; each line is new, so tests sharing a database never meet. */
final class FundLines {

  static final LocalDate NOTICE_DAY = LocalDate.of(2020, 3, 10);

  private FundLines() {
  }

  /** A city-level 扶贫特惠保险补助 line of {@code district} under 2130599 / 50299 / 30299, unique to the caller. */
  static FundLineKey aCityLineOf(String district) {
    return new FundLineKey(district, "扶贫特惠保险补助-" + UUID.randomUUID().toString().substring(0, 8), FundLevel.CITY,
        "2130599", "50299", "30299");
  }

  /**
   * A posting on {@code line} under a notice and case named after the line: a real notice's number (the demo's 590号)
   * would join this line's entries to that notice wherever entries are read per notice, as the evaluation does.
   */
  static Posting posting(EntryType type, FundLineKey line, long fen) {
    var own = line.fundLine().substring(line.fundLine().lastIndexOf('-') + 1);
    return new Posting(type + "-" + UUID.randomUUID(), type, line, fen, "FD-" + line.district() + "-2020-" + own,
        "哈财指（农）〔2020〕" + own + "号",
        type == EntryType.RECEIPT || type == EntryType.MATCHING ? null : "P-DL-001",
        type == EntryType.RECEIPT || type == EntryType.MATCHING ? null : "扶贫特惠保险保费", NOTICE_DAY);
  }

  static long yuan(long yuan) {
    return yuan * 100;
  }
}
