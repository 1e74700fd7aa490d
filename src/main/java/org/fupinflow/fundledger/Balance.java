package org.fupinflow.fundledger;

/**
 * A fund line's totals in fen: 到账 received, 配套 matched, 已分配 allocated, 已拨付 disbursed, and the holds of accepted
 * allocation proposals not yet posted: 已预留 reserved, of which {@code reservedAgainstMatchingFen} the proposing
 * cases' own matching, still to come, will cover.
 */
public record Balance(FundLineKey line, long receivedFen, long matchedFen, long allocatedFen, long disbursedFen,
    long reservedFen, long reservedAgainstMatchingFen) {

  /** A line without holds. */
  public Balance(FundLineKey line, long receivedFen, long matchedFen, long allocatedFen, long disbursedFen) {
    this(line, receivedFen, matchedFen, allocatedFen, disbursedFen, 0, 0);
  }

  /**
   * What a new proposal may still take out of the money on the line: received + matched − allocated − the part of
   * the holds that no matching still to come covers. A proposing case adds its own matching still to come.
   */
  public long availableToAllocate() {
    return receivedFen + matchedFen - allocatedFen - (reservedFen - reservedAgainstMatchingFen);
  }

  /** What may still be disbursed: allocated − disbursed. */
  public long availableToDisburse() {
    return allocatedFen - disbursedFen;
  }
}
