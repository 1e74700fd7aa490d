package org.fupinflow.fundledger;

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

  record ReservationLine(String district, String fundLine, FundLevel level, String caseNumber, String documentNumber,
      BigDecimal amount, LocalDate heldOn) {

    static ReservationLine of(Reservation r) {
      return new ReservationLine(r.line().district(), r.line().fundLine(), r.line().level(), r.caseNumber(),
          r.documentNumber(), Yuan.of(r.amountFen()), r.heldOn());
    }
  }
}
