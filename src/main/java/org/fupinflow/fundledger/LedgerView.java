package org.fupinflow.fundledger;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.money.Yuan;

/** {@code GET /api/ledger}: balances, journal and the holds of accepted proposals, in yuan with two decimals. */
record LedgerView(List<BalanceLine> balances, List<JournalLine> journal, List<ReservationLine> reservations) {

  static LedgerView of(List<Balance> balances, List<Entry> journal, List<Reservation> reservations) {
    return new LedgerView(balances.stream().map(BalanceLine::of).toList(),
        journal.stream().map(JournalLine::of).toList(), reservations.stream().map(ReservationLine::of).toList());
  }

  @Schema(description = "资金线余额，金额以元计，两位小数；可分配 = 到账 + 配套 − 已分配 −（已预留 − 其中待配套） / A fund line's balance in yuan, two decimals; availableToAllocate = received + matched − allocated − (reserved − reservedAgainstMatching)")
  record BalanceLine(String district, String fundLine, FundLevel level, String levelLabel, String functionCode,
      String governmentEconomicCode, String departmentEconomicCode, BigDecimal received, BigDecimal matched,
      BigDecimal allocated, BigDecimal disbursed, BigDecimal reserved, BigDecimal reservedAgainstMatching,
      BigDecimal availableToAllocate, BigDecimal availableToDisburse) {

    static BalanceLine of(Balance b) {
      var line = b.line();
      return new BalanceLine(line.district(), line.fundLine(), line.level(), line.level().label(), line.functionCode(),
          line.governmentEconomicCode(), line.departmentEconomicCode(), Yuan.of(b.receivedFen()),
          Yuan.of(b.matchedFen()), Yuan.of(b.allocatedFen()), Yuan.of(b.disbursedFen()), Yuan.of(b.reservedFen()),
          Yuan.of(b.reservedAgainstMatchingFen()), Yuan.of(b.availableToAllocate()), Yuan.of(b.availableToDisburse()));
    }
  }

  @Schema(description = "一条分录：type 为 RECEIPT 到账、MATCHING 配套、ALLOCATION 分配、DISBURSEMENT 拨付或 REVERSAL 冲正，amount 以元计，两位小数，occurredOn 为业务日期 / A journal entry: type RECEIPT, MATCHING, ALLOCATION, DISBURSEMENT or REVERSAL, amount in yuan with two decimals, occurredOn the business date")
  record JournalLine(String id, EntryType type, EntryType moves, String district, String fundLine, FundLevel level,
      String functionCode, String governmentEconomicCode, String departmentEconomicCode, BigDecimal amount,
      String caseNumber, String documentNumber, String projectCode, String use, LocalDate occurredOn,
      Instant recordedAt, String recordedBy, String reversesEntryId, String reversalReason) {

    static JournalLine of(Entry e) {
      var line = e.line();
      return new JournalLine(e.id(), e.type(), e.moves(), line.district(), line.fundLine(), line.level(),
          line.functionCode(), line.governmentEconomicCode(), line.departmentEconomicCode(), Yuan.of(e.amountFen()),
          e.caseNumber(), e.documentNumber(), e.projectCode(), e.use(), e.occurredOn(), e.recordedAt(), e.recordedBy(),
          e.reversesEntryId(), e.reversalReason());
    }
  }

  @Schema(description = "分配意见的预留：amount 以元计，两位小数，heldOn 为分配意见日期 / A proposal's hold: amount in yuan with two decimals, heldOn the proposal's date")
  record ReservationLine(String district, String fundLine, FundLevel level, String caseNumber, String documentNumber,
      BigDecimal amount, LocalDate heldOn) {

    static ReservationLine of(Reservation r) {
      return new ReservationLine(r.line().district(), r.line().fundLine(), r.line().level(), r.caseNumber(),
          r.documentNumber(), Yuan.of(r.amountFen()), r.heldOn());
    }
  }
}
