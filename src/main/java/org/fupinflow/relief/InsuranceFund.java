package org.fupinflow.relief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.fundledger.FundLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The poverty-prevention insurance fund (防贫保险基金) of a district and insurance year, an account of the ledger:
 * contributions (the premium district finance pays to the insurer, top-ups) and the payouts of relief claims.
 * Entries are only ever inserted, in the caller's transaction (the engine's, when a step posts), and each names its
 * business event by an idempotency key, so a retried step posts once.
 */
@Component
class InsuranceFund {

  /** What an entry records. */
  enum Kind {
    PREMIUM("保费"), TOP_UP("补充资金"), PAYOUT("救助金赔付");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    boolean contribution() {
      return this != PAYOUT;
    }
  }

  record Entry(String id, long entryNo, String district, int year, Kind kind, long amountFen, String caseNumber,
      String ledgerEntryId, String description, LocalDate occurredOn, String recordedBy) {
  }

  /** The account of one district's year: contributions, payouts and what is left (negative: the insurer's loss). */
  record Account(String district, int year, long contributedFen, long paidOutFen, List<Entry> entries) {
    long balanceFen() {
      return Math.subtractExact(contributedFen, paidOutFen);
    }
  }

  private final JdbcTemplate jdbc;
  private final FundLedger ledger;

  InsuranceFund(JdbcTemplate jdbc, FundLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /**
   * Records a movement once: an idempotency key already recorded returns that entry and writes nothing.
   *
   * @throws IllegalStateException when the key was used for another movement (a programming error)
   */
  Entry record(String idempotencyKey, String district, int year, Kind kind, long amountFen, String caseNumber,
      String ledgerEntryId, String description, LocalDate occurredOn) {
    if (amountFen <= 0) {
      throw new IllegalArgumentException("an insurance fund entry moves a positive amount: " + amountFen);
    }
    var earlier = byKey(idempotencyKey);
    if (earlier != null) {
      if (earlier.kind() != kind || earlier.amountFen() != amountFen || !earlier.district().equals(district)) {
        throw new IllegalStateException("insurance fund key " + idempotencyKey + " already records another movement");
      }
      return earlier;
    }
    jdbc.update("""
        INSERT INTO insurance_fund_entry (id, idempotency_key, district, insurance_year, kind, amount, case_number,
          ledger_entry_id, description, occurred_on, recorded_at, recorded_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), idempotencyKey, district, year, kind.name(), amountFen, caseNumber,
        ledgerEntryId, description, occurredOn, new Timestamp(ChinaTime.now().getTime()), ledger.currentUser());
    return byKey(idempotencyKey);
  }

  Account account(String district, int year) {
    var entries = jdbc.query("""
        SELECT * FROM insurance_fund_entry WHERE district = ? AND insurance_year = ? ORDER BY occurred_on, entry_no""",
        InsuranceFund::entry, district, year);
    long contributed = 0;
    long paidOut = 0;
    for (var entry : entries) {
      if (entry.kind().contribution()) {
        contributed = Math.addExact(contributed, entry.amountFen());
      } else {
        paidOut = Math.addExact(paidOut, entry.amountFen());
      }
    }
    return new Account(district, year, contributed, paidOut, entries);
  }

  private Entry byKey(String key) {
    return jdbc.query("SELECT * FROM insurance_fund_entry WHERE idempotency_key = ?", InsuranceFund::entry, key)
        .stream().findFirst().orElse(null);
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getString("id"), rs.getLong("entry_no"), rs.getString("district"), rs.getInt("insurance_year"),
        Kind.valueOf(rs.getString("kind")), rs.getLong("amount"), rs.getString("case_number"),
        rs.getString("ledger_entry_id"), rs.getString("description"), rs.getObject("occurred_on", LocalDate.class),
        rs.getString("recorded_by"));
  }
}
