package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.fundledger.FundLines.NOTICE_DAY;
import static org.fupinflow.fundledger.FundLines.aCityLineOf;
import static org.fupinflow.fundledger.FundLines.posting;
import static org.fupinflow.fundledger.FundLines.yuan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's rules against the application's database (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
class FundLedgerTest {

  @Autowired FundLedger ledger;
  @Autowired JdbcTemplate jdbc;

  private final FundLineKey line = aCityLineOf("daoli");

  @Test
  void receiptAllocationAndDisbursementMoveTheirColumns() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(50_000)));
    ledger.post(posting(EntryType.MATCHING, line, yuan(50_000)));
    ledger.post(posting(EntryType.ALLOCATION, line, yuan(80_000)));
    var disbursement = ledger.post(posting(EntryType.DISBURSEMENT, line, 3_000_012L));

    assertThat(ledger.balance(line)).isEqualTo(new Balance(line, yuan(50_000), yuan(50_000), yuan(80_000), 3_000_012L));
    assertThat(ledger.balance(line).availableToAllocate()).isEqualTo(yuan(20_000));
    assertThat(ledger.balance(line).availableToDisburse()).isEqualTo(4_999_988L);
    assertThat(disbursement.type()).isEqualTo(EntryType.DISBURSEMENT);
    assertThat(disbursement.moves()).isEqualTo(EntryType.DISBURSEMENT);
    assertThat(disbursement.recordedBy()).isEqualTo(FundLedger.SYSTEM);
    assertThat(ledger.journal(LedgerFilter.of(line))).extracting(Entry::type).containsExactly(EntryType.RECEIPT,
        EntryType.MATCHING, EntryType.ALLOCATION, EntryType.DISBURSEMENT);
  }

  @Test
  void aDisbursementBeyondTheAllocationIsRefusedAndWritesNothing() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(1_000)));
    ledger.post(posting(EntryType.ALLOCATION, line, yuan(600)));
    var refused = posting(EntryType.DISBURSEMENT, line, yuan(700));

    assertThatThrownBy(() -> ledger.post(refused)).isInstanceOf(LedgerRefused.class)
        .hasMessageContaining("可拨付余额不足").hasMessageContaining(line.fundLine())
        .hasMessageContaining("可拨付 600.00 元，本次拨付 700.00 元").hasMessageContaining("requested 700.00 yuan");
    assertThat(ledger.balance(line)).isEqualTo(new Balance(line, yuan(1_000), 0, yuan(600), 0));
    assertThat(ledger.journal(LedgerFilter.of(line))).hasSize(2);
    assertThat(entriesWithKey(refused.idempotencyKey())).isZero();
  }

  @Test
  void anAllocationBeyondReceivedPlusMatchedIsRefused() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(400)));
    ledger.post(posting(EntryType.MATCHING, line, yuan(400)));

    assertThatThrownBy(() -> ledger.post(posting(EntryType.ALLOCATION, line, 80_001L)))
        .isInstanceOf(LedgerRefused.class).hasMessageContaining("可分配余额不足").hasMessageContaining("可分配 800.00 元");
    assertThat(ledger.balance(line).allocatedFen()).isZero();
  }

  @Test
  void aDisbursementOnALineNeverFundedLeavesNoLineBehind() {
    assertThatThrownBy(() -> ledger.post(posting(EntryType.DISBURSEMENT, line, 1L))).isInstanceOf(LedgerRefused.class);

    assertThat(ledger.balances(LedgerFilter.of(line))).isEmpty();
  }

  @Test
  void malformedPostingsAndUnknownCodesAreRefused() {
    assertThatThrownBy(() -> ledger.post(posting(EntryType.RECEIPT, line, 0))).isInstanceOf(LedgerRefused.class)
        .hasMessageContaining("金额必须大于零");
    assertThatThrownBy(() -> ledger.post(posting(EntryType.RECEIPT, line, -100))).isInstanceOf(LedgerRefused.class);
    var unknownCode = new FundLineKey("daoli", line.fundLine(), FundLevel.CITY, "2130599", "50299", "30999");
    assertThatThrownBy(() -> ledger.post(posting(EntryType.RECEIPT, unknownCode, 100))).isInstanceOf(UnknownBudgetCode.class)
        .hasMessageContaining("部门经济科目 30999 不在科目表中");
    var noKey = new Posting(" ", EntryType.RECEIPT, line, 100, null, null, null, null, NOTICE_DAY);
    assertThatThrownBy(() -> ledger.post(noKey)).isInstanceOf(LedgerRefused.class).hasMessageContaining("幂等键必填");

    assertThat(ledger.balances(LedgerFilter.of(line))).isEmpty();
  }

  @Test
  void aReplayedPostingReturnsTheFirstEntryAndPostsNothing() {
    var receipt = posting(EntryType.RECEIPT, line, yuan(1_000));
    var first = ledger.post(receipt);
    var replay = ledger.post(receipt);

    assertThat(replay).isEqualTo(first);
    assertThat(ledger.balance(line).receivedFen()).isEqualTo(yuan(1_000));
    assertThat(entriesWithKey(receipt.idempotencyKey())).isOne();
  }

  @Test
  void aKeyReusedForOtherContentIsRefused() {
    var receipt = posting(EntryType.RECEIPT, line, yuan(1_000));
    ledger.post(receipt);
    var other = new Posting(receipt.idempotencyKey(), EntryType.RECEIPT, line, yuan(1_001), receipt.caseNumber(),
        receipt.documentNumber(), null, null, NOTICE_DAY);

    assertThatThrownBy(() -> ledger.post(other)).isInstanceOf(LedgerRefused.class)
        .hasMessageContaining("已用于内容不同的记账");
    assertThat(ledger.balance(line).receivedFen()).isEqualTo(yuan(1_000));
  }

  @Test
  void aReversalIsANewEntryWithTheNegatedAmountOnTheSameColumn() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(1_000)));
    var allocation = ledger.post(posting(EntryType.ALLOCATION, line, yuan(300)));
    var correctionDay = LocalDate.of(2020, 3, 20);

    var reversal = ledger.reverse("reverse-" + allocation.id(), allocation.id(), "项目编码录入错误", correctionDay);
    var replay = ledger.reverse("reverse-" + allocation.id(), allocation.id(), "项目编码录入错误", correctionDay);

    assertThat(replay).isEqualTo(reversal);
    assertThat(reversal.type()).isEqualTo(EntryType.REVERSAL);
    assertThat(reversal.moves()).isEqualTo(EntryType.ALLOCATION);
    assertThat(reversal.amountFen()).isEqualTo(-yuan(300));
    assertThat(reversal.reversesEntryId()).isEqualTo(allocation.id());
    assertThat(reversal.projectCode()).isEqualTo(allocation.projectCode());
    assertThat(ledger.balance(line)).isEqualTo(new Balance(line, yuan(1_000), 0, 0, 0));
    // The original stays as it was: corrections never update entries.
    assertThat(ledger.entry(allocation.id())).hasValue(allocation);
    assertThat(ledger.journal(LedgerFilter.of(line))).hasSize(3);
    assertThatThrownBy(() -> ledger.reverse("again-" + allocation.id(), allocation.id(), "再次冲正", correctionDay))
        .isInstanceOf(LedgerRefused.class).hasMessageContaining("已被冲正");
    assertThatThrownBy(() -> ledger.reverse("reverse-" + reversal.id(), reversal.id(), "冲正冲正", correctionDay))
        .isInstanceOf(LedgerRefused.class).hasMessageContaining("冲正分录不能再冲正");
  }

  @Test
  void aReversalThatWouldLeaveDisbursedAboveAllocatedIsRefused() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(1_000)));
    var allocation = ledger.post(posting(EntryType.ALLOCATION, line, yuan(500)));
    ledger.post(posting(EntryType.DISBURSEMENT, line, yuan(200)));
    var receipt = ledger.journal(LedgerFilter.of(line)).get(0);

    assertThatThrownBy(() -> ledger.reverse("r-" + allocation.id(), allocation.id(), "错误", NOTICE_DAY))
        .isInstanceOf(LedgerRefused.class).hasMessageContaining("冲正被拒绝").hasMessageContaining("已拨付 200.00 元");
    assertThatThrownBy(() -> ledger.reverse("r-" + receipt.id(), receipt.id(), "错误", NOTICE_DAY))
        .isInstanceOf(LedgerRefused.class).hasMessageContaining("到账 0.00 元");
    assertThat(ledger.balance(line)).isEqualTo(new Balance(line, yuan(1_000), 0, yuan(500), yuan(200)));
  }

  @Test
  void theJournalAddsUpToTheBalances() {
    ledger.post(posting(EntryType.RECEIPT, line, 12_345_678L));
    ledger.post(posting(EntryType.MATCHING, line, 1L));
    ledger.post(posting(EntryType.ALLOCATION, line, 5_000_000L));
    ledger.post(posting(EntryType.DISBURSEMENT, line, 2_500_050L));
    var wrongAllocation = ledger.post(posting(EntryType.ALLOCATION, line, 3_000_000L));
    ledger.reverse("r-" + wrongAllocation.id(), wrongAllocation.id(), "重新分配", NOTICE_DAY.plusDays(1));
    ledger.post(posting(EntryType.ALLOCATION, line, 4_000_000L));
    var hulan = new FundLineKey("hulan", line.fundLine(), line.level(), line.functionCode(),
        line.governmentEconomicCode(), line.departmentEconomicCode());
    ledger.post(posting(EntryType.RECEIPT, hulan, 700_000L));
    ledger.post(posting(EntryType.ALLOCATION, hulan, 650_000L));

    // This test's fund line in both districts: other tests' lines are theirs to check (and may hold reservations).
    var bothDistricts = new LedgerFilter(null, null, line.fundLine(), null, null, null, null, null, null);
    var sums = new HashMap<FundLineKey, Map<EntryType, Long>>();
    for (var entry : ledger.journal(bothDistricts)) {
      sums.computeIfAbsent(entry.line(), key -> new HashMap<>()).merge(entry.moves(), entry.amountFen(), Long::sum);
    }
    var balances = ledger.balances(bothDistricts);
    assertThat(balances).extracting(Balance::line).containsExactlyInAnyOrder(line, hulan);
    for (var balance : balances) {
      var sum = sums.getOrDefault(balance.line(), Map.of());
      assertThat(new Balance(balance.line(), sum.getOrDefault(EntryType.RECEIPT, 0L), sum.getOrDefault(EntryType.MATCHING, 0L),
          sum.getOrDefault(EntryType.ALLOCATION, 0L), sum.getOrDefault(EntryType.DISBURSEMENT, 0L))).isEqualTo(balance);
    }
    assertThat(ledger.balance(line)).isEqualTo(new Balance(line, 12_345_678L, 1L, 9_000_000L, 2_500_050L));
    assertThat(ledger.balance(hulan)).isEqualTo(new Balance(hulan, 700_000L, 0, 650_000L, 0));
  }

  @Test
  void aPeriodShowsTheMovementsWithinIt() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(1_000)));
    var later = posting(EntryType.ALLOCATION, line, yuan(300));
    ledger.post(new Posting(later.idempotencyKey(), later.type(), line, later.amountFen(), later.caseNumber(),
        later.documentNumber(), later.projectCode(), later.use(), LocalDate.of(2020, 4, 2)));
    var april = new LedgerFilter(null, "daoli", line.fundLine(), null, null, null, null, LocalDate.of(2020, 4, 1),
        LocalDate.of(2020, 4, 30));

    assertThat(ledger.balances(april)).containsExactly(new Balance(line, 0, 0, yuan(300), 0));
    assertThat(ledger.journal(april)).extracting(Entry::type).containsExactly(EntryType.ALLOCATION);
  }

  @Test
  void theDatabaseItselfRejectsDisbursedAboveAllocated() {
    ledger.post(posting(EntryType.RECEIPT, line, yuan(100)));
    ledger.post(posting(EntryType.ALLOCATION, line, yuan(100)));
    var id = jdbc.queryForObject("SELECT id FROM fund_line_balance WHERE fund_line = ?", Long.class, line.fundLine());

    assertThatThrownBy(() -> jdbc.update("UPDATE fund_line_balance SET disbursed = allocated + 1 WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("UPDATE fund_line_balance SET allocated = received + matched + 1 WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(ledger.balance(line).disbursedFen()).isZero();
  }

  private int entriesWithKey(String key) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE idempotency_key = ?", Integer.class, key);
  }
}
