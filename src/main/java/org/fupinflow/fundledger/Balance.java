package org.fupinflow.fundledger;

/** A fund line's totals in fen: 到账 received, 配套 matched, 已分配 allocated, 已拨付 disbursed. */
public record Balance(FundLineKey line, long receivedFen, long matchedFen, long allocatedFen, long disbursedFen) {

  /** What may still be allocated: received + matched − allocated. */
  public long availableToAllocate() {
    return receivedFen + matchedFen - allocatedFen;
  }

  /** What may still be disbursed: allocated − disbursed. */
  public long availableToDisburse() {
    return allocatedFen - disbursedFen;
  }
}
