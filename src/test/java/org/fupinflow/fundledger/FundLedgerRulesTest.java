package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fupinflow.money.Yuan;
import org.junit.jupiter.api.Test;

/** The ledger's invariants and money formatting, without Spring or a database. */
class FundLedgerRulesTest {

  private final FundLineKey line = new FundLineKey("daoli", "小额信贷贴息和风险补偿", FundLevel.CITY, "2130507", "50702",
      "31205");
  private final Balance balance = new Balance(line, 100_000L, 50_000L, 120_000L, 20_000L);

  @Test
  void availableAmountsFollowTheColumns() {
    assertThat(balance.availableToAllocate()).isEqualTo(30_000L);
    assertThat(balance.availableToDisburse()).isEqualTo(100_000L);
  }

  @Test
  void aDisbursementUpToTheAllocationPassesAndOneFenMoreIsRefused() {
    assertThatCode(() -> Invariants.check(balance, EntryType.DISBURSEMENT, 100_000L, false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Invariants.check(balance, EntryType.DISBURSEMENT, 100_001L, false))
        .isInstanceOf(LedgerRefused.class)
        .hasMessage("可拨付余额不足：daoli / 小额信贷贴息和风险补偿 / 市级 / 2130507-50702-31205 已分配 1,200.00 元，已拨付 200.00 元，"
            + "可拨付 1,000.00 元，本次拨付 1,000.01 元 / Not enough allocated funds to disburse on daoli / 小额信贷贴息和风险补偿 / "
            + "市级 / 2130507-50702-31205: allocated 1,200.00, disbursed 200.00, available 1,000.00, requested 1,000.01 yuan");
  }

  @Test
  void anAllocationUpToReceivedPlusMatchedPasses() {
    assertThatCode(() -> Invariants.check(balance, EntryType.ALLOCATION, 30_000L, false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Invariants.check(balance, EntryType.ALLOCATION, 30_001L, false))
        .isInstanceOf(LedgerRefused.class).hasMessageStartingWith("可分配余额不足");
  }

  @Test
  void reversalsMayNotBreakAnyInvariant() {
    assertThatThrownBy(() -> Invariants.check(balance, EntryType.MATCHING, -50_000L, true))
        .isInstanceOf(LedgerRefused.class).hasMessageStartingWith("冲正被拒绝");
    assertThatThrownBy(() -> Invariants.check(balance, EntryType.ALLOCATION, -100_001L, true))
        .isInstanceOf(LedgerRefused.class);
    assertThatCode(() -> Invariants.check(balance, EntryType.DISBURSEMENT, -20_000L, true)).doesNotThrowAnyException();
    assertThatCode(() -> Invariants.check(balance, EntryType.RECEIPT, -30_000L, true)).doesNotThrowAnyException();
  }

  @Test
  void fenBecomeYuanWithTwoDecimals() {
    assertThat(Yuan.of(63_904_940L)).hasToString("639049.40");
    assertThat(Yuan.format(63_904_940L)).isEqualTo("639,049.40");
    assertThat(Yuan.format(-1L)).isEqualTo("-0.01");
  }
}
