package org.fupinflow.fundledger;

import org.fupinflow.money.Yuan;

/**
 * The line cannot hold a proposal: it asks for more than is available to it. Like every {@link LedgerRefused} a 400
 * that writes nothing; the caller may name its own field with {@link #availableFen()}.
 */
public class ReservationRefused extends LedgerRefused {

  private final long availableFen;

  ReservationRefused(Balance balance, long requestedFen, long availableFen) {
    super("可分配余额不足：" + balance.line() + " 可预留 " + Yuan.format(availableFen) + " 元，本次分配意见 "
            + Yuan.format(requestedFen) + " 元",
        "Not enough funds on " + balance.line() + " to hold the proposal: available " + Yuan.format(availableFen)
            + ", requested " + Yuan.format(requestedFen) + " yuan");
    this.availableFen = availableFen;
  }

  /** What the proposal could have held, in fen. */
  public long availableFen() {
    return availableFen;
  }
}
