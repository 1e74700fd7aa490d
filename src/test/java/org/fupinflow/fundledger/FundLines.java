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

  static Posting posting(EntryType type, FundLineKey line, long fen) {
    return new Posting(type + "-" + UUID.randomUUID(), type, line, fen, "FD-2020-0001", "哈财指（农）〔2020〕590号",
        type == EntryType.RECEIPT || type == EntryType.MATCHING ? null : "P-DL-001",
        type == EntryType.RECEIPT || type == EntryType.MATCHING ? null : "扶贫特惠保险保费", NOTICE_DAY);
  }

  static long yuan(long yuan) {
    return yuan * 100;
  }
}
