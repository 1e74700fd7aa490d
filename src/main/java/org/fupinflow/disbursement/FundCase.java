package org.fupinflow.disbursement;

import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundnotice.FundNotice;

/**
 * A district's share of a fund notice as the record of its {@code fund-disbursement} case, read from the
 * application's tables by the case number: the notice, the share's amounts and the proposal round being worked on.
 */
record FundCase(String caseNumber, FundNotice notice, FundNotice.Share share, int round) {

  String district() {
    return share.district();
  }

  FundLineKey line() {
    return new FundLineKey(share.district(), notice.fundLine(), notice.level(), notice.functionCode(),
        notice.governmentEconomicCode(), notice.departmentEconomicCode());
  }

  boolean matchingRequired() {
    return share.matchingFen() != null && share.matchingFen() > 0;
  }

  /** Once per share, whatever case posts it: a second case for the same share could never post a second receipt. */
  String receiptKey() {
    return shareKey("receipt");
  }

  /** Once per share, like the receipt. */
  String matchingKey() {
    return shareKey("matching");
  }

  /** The key a case started before V9 posted its matching under (its case number). */
  String matchingKeyBeforeV9() {
    return caseNumber + ":matching";
  }

  private String shareKey(String step) {
    return "fund-notice:" + notice.id() + ":" + share.district() + ":" + step;
  }
}
