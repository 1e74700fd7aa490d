package org.fupinflow.fundledger;

import org.fupinflow.money.Yuan;
/**
 * The ledger's invariants on one line: no column below zero, disbursed ≤ allocated ≤ received + matched. The
 * database checks the same (V5__fund_ledger.sql); here they become messages officials can act on. A new allocation
 * also leaves what other proposals hold ({@link Balance#availableToAllocate()}).
 */
final class Invariants {

  private Invariants() {
  }

  static String column(EntryType moves) {
    return switch (moves) {
      case RECEIPT -> "received";
      case MATCHING -> "matched";
      case ALLOCATION -> "allocated";
      case DISBURSEMENT -> "disbursed";
      case REVERSAL -> throw new IllegalArgumentException("a reversal moves the column of the entry it reverses");
    };
  }

  static String label(EntryType type) {
    return switch (type) {
      case RECEIPT -> "到账";
      case MATCHING -> "配套";
      case ALLOCATION -> "分配";
      case DISBURSEMENT -> "拨付";
      case REVERSAL -> "冲正";
    };
  }

  /** Refuses moving {@code moves} by {@code deltaFen} on {@code balance} if that broke an invariant. */
  static void check(Balance balance, EntryType moves, long deltaFen, boolean reversal) {
    var after = apply(balance, moves, deltaFen);
    var line = balance.line();
    if (!reversal && moves == EntryType.DISBURSEMENT && deltaFen > balance.availableToDisburse()) {
      throw new LedgerRefused("可拨付余额不足：" + line + " 已分配 " + Yuan.format(balance.allocatedFen()) + " 元，已拨付 "
          + Yuan.format(balance.disbursedFen()) + " 元，可拨付 " + Yuan.format(balance.availableToDisburse()) + " 元，本次拨付 "
          + Yuan.format(deltaFen) + " 元",
          "Not enough allocated funds to disburse on " + line + ": allocated " + Yuan.format(balance.allocatedFen())
              + ", disbursed " + Yuan.format(balance.disbursedFen()) + ", available "
              + Yuan.format(balance.availableToDisburse()) + ", requested " + Yuan.format(deltaFen) + " yuan");
    }
    if (!reversal && moves == EntryType.ALLOCATION && deltaFen > balance.availableToAllocate()) {
      throw new LedgerRefused("可分配余额不足：" + line + " 到账 " + Yuan.format(balance.receivedFen()) + " 元，配套 "
          + Yuan.format(balance.matchedFen()) + " 元，已分配 " + Yuan.format(balance.allocatedFen()) + " 元，已预留 "
          + Yuan.format(balance.reservedFen()) + " 元（其中待配套 " + Yuan.format(balance.reservedAgainstMatchingFen())
          + " 元），可分配 " + Yuan.format(balance.availableToAllocate()) + " 元，本次分配 " + Yuan.format(deltaFen) + " 元",
          "Not enough funds to allocate on " + line + ": received " + Yuan.format(balance.receivedFen()) + ", matched "
              + Yuan.format(balance.matchedFen()) + ", allocated " + Yuan.format(balance.allocatedFen()) + ", reserved "
              + Yuan.format(balance.reservedFen()) + " (against matching to come "
              + Yuan.format(balance.reservedAgainstMatchingFen()) + "), available "
              + Yuan.format(balance.availableToAllocate()) + ", requested " + Yuan.format(deltaFen) + " yuan");
    }
    if (!holds(after)) {
      throw new LedgerRefused("冲正被拒绝：" + line + " 冲正" + label(moves) + " " + Yuan.format(-deltaFen) + " 元后，到账 "
          + Yuan.format(after.receivedFen()) + " 元、配套 " + Yuan.format(after.matchedFen()) + " 元、已分配 "
          + Yuan.format(after.allocatedFen()) + " 元、已拨付 " + Yuan.format(after.disbursedFen())
          + " 元，将违反 0 ≤ 已拨付 ≤ 已分配 ≤ 到账 + 配套",
          "Reversal refused on " + line + ": after reversing " + Yuan.format(-deltaFen) + " yuan of " + moves
              + ", received " + Yuan.format(after.receivedFen()) + ", matched " + Yuan.format(after.matchedFen())
              + ", allocated " + Yuan.format(after.allocatedFen()) + ", disbursed " + Yuan.format(after.disbursedFen())
              + " yuan would break 0 ≤ disbursed ≤ allocated ≤ received + matched");
    }
  }

  static boolean holds(Balance b) {
    return b.receivedFen() >= 0 && b.matchedFen() >= 0 && b.allocatedFen() >= 0 && b.disbursedFen() >= 0
        && b.disbursedFen() <= b.allocatedFen() && b.allocatedFen() <= b.receivedFen() + b.matchedFen();
  }

  static Balance apply(Balance b, EntryType moves, long deltaFen) {
    long received = b.receivedFen();
    long matched = b.matchedFen();
    long allocated = b.allocatedFen();
    long disbursed = b.disbursedFen();
    switch (moves) {
      case RECEIPT -> received = Math.addExact(received, deltaFen);
      case MATCHING -> matched = Math.addExact(matched, deltaFen);
      case ALLOCATION -> allocated = Math.addExact(allocated, deltaFen);
      case DISBURSEMENT -> disbursed = Math.addExact(disbursed, deltaFen);
      case REVERSAL -> throw new IllegalArgumentException("a reversal moves the column of the entry it reverses");
    }
    return new Balance(b.line(), received, matched, allocated, disbursed, b.reservedFen(),
        b.reservedAgainstMatchingFen());
  }
}
