package org.fupinflow.fundledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts to the fund ledger inside the caller's transaction (the engine's when a delegate posts, so the entry
 * commits or rolls back with the process step). Each posting locks its line's balance row, so concurrent
 * postings to one line are serialised and none can overdraw it; the database's checks hold the same invariants.
 */
@Service
public class FundLedger {

  private static final String BALANCE_COLUMNS = "b.id, b.district, b.fund_line, b.fund_level, b.function_code, "
      + "b.government_economic_code, b.department_economic_code, b.received, b.matched, b.allocated, b.disbursed, "
      + "b.reserved, b.reserved_against_matching";
  private static final String LINE_MATCHES = "b.district = ? AND b.fund_line = ? AND b.fund_level = ? "
      + "AND b.function_code = ? AND b.government_economic_code = ? AND b.department_economic_code = ?";
  private static final String ENTRY_SELECT = "SELECT e.id, e.idempotency_key, e.entry_type, e.moves, e.amount, "
      + "e.case_number, e.document_number, e.project_code, e.use_description, e.occurred_on, e.recorded_at, "
      + "e.recorded_by, e.reverses_entry_id, e.reversal_reason, " + BALANCE_COLUMNS
      + " FROM ledger_entry e JOIN fund_line_balance b ON b.id = e.balance_id";
  private static final String RESERVATION_SELECT = "SELECT r.reservation_key, r.amount, "
      + "r.case_number, r.document_number, r.held_on, " + BALANCE_COLUMNS
      + " FROM fund_reservation r JOIN fund_line_balance b ON b.id = r.balance_id";
  static final String SYSTEM = "system";

  private final JdbcTemplate jdbc;
  private final BudgetCodes codes;
  private final IdentityService identityService;
  private final TransactionTemplate ownTransaction;

  FundLedger(JdbcTemplate jdbc, BudgetCodes codes, IdentityService identityService,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.identityService = identityService;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Posts a receipt, matching, allocation or disbursement. An idempotency key already posted with the same
   * content returns that entry and changes nothing; with other content it is refused.
   *
   * @throws LedgerRefused when the posting is malformed or would break an invariant (nothing is written)
   * @throws UnknownBudgetCode when a code is not in the code table
   */
  @Transactional
  public Entry post(Posting posting) {
    var normalized = Postings.validated(posting);
    var line = normalized.line();
    codes.require(BudgetCodes.FUNCTION, line.functionCode());
    codes.require(BudgetCodes.GOVERNMENT_ECONOMIC, line.governmentEconomicCode());
    codes.require(BudgetCodes.DEPARTMENT_ECONOMIC, line.departmentEconomicCode());
    var locked = lock(line);
    if (locked.isEmpty()) {
      var earlier = entryByKey(normalized.idempotencyKey());
      if (earlier.isPresent()) {
        return Postings.sameOrRefused(earlier.get(), normalized);
      }
      // Refuse before creating the row: a refused posting leaves nothing behind, not even an empty line.
      Invariants.check(new Balance(line, 0, 0, 0, 0), normalized.type(), normalized.amountFen(), false);
      createLine(line);
      locked = lock(line);
    }
    var row = locked.orElseThrow(() -> new IllegalStateException("fund line vanished: " + line));
    // Checked under the row lock: a concurrent post with the same key has committed or not started.
    var earlier = entryByKey(normalized.idempotencyKey());
    if (earlier.isPresent()) {
      return Postings.sameOrRefused(earlier.get(), normalized);
    }
    Invariants.check(row.balance(), normalized.type(), normalized.amountFen(), false);
    return insert(row, normalized.idempotencyKey(), normalized.type(), normalized.type(), normalized.amountFen(),
        normalized.caseNumber(), normalized.documentNumber(), normalized.projectCode(), normalized.use(),
        normalized.occurredOn(), null, null);
  }

  /**
   * Reverses one entry with a new entry of the negated amount on the same column. An entry is reversed at most
   * once; a reversal is not reversed again (post the movement anew instead).
   *
   * @throws LedgerRefused when the entry is unknown, already reversed, or the reversal would break an invariant
   */
  @Transactional
  public Entry reverse(String idempotencyKey, String entryId, String reason, LocalDate occurredOn) {
    var key = Postings.key(idempotencyKey);
    var why = Postings.text(reason, "reason", "冲正原因", 500);
    if (why == null) {
      throw new LedgerRefused("冲正原因必填", "a reason for the reversal is required");
    }
    if (occurredOn == null) {
      throw new LedgerRefused("冲正日期必填", "the reversal's date (occurredOn) is required");
    }
    var original = entryById(entryId).orElseThrow(() -> new LedgerRefused("未找到记账分录 " + entryId,
        "no ledger entry " + entryId));
    if (original.type() == EntryType.REVERSAL) {
      throw new LedgerRefused("冲正分录不能再冲正：" + entryId, "a reversal cannot be reversed: " + entryId);
    }
    var row = lock(original.line()).orElseThrow(() -> new IllegalStateException("no balance for " + entryId));
    var earlier = entryByKey(key);
    if (earlier.isPresent()) {
      var same = earlier.get();
      if (same.type() == EntryType.REVERSAL && entryId.equals(same.reversesEntryId())
          && occurredOn.equals(same.occurredOn()) && why.equals(same.reversalReason())) {
        return same;
      }
      throw Postings.keyReused(key);
    }
    var reversedBy = jdbc.queryForList("SELECT id FROM ledger_entry WHERE reverses_entry_id = ?", String.class, entryId);
    if (!reversedBy.isEmpty()) {
      throw new LedgerRefused("分录 " + entryId + " 已被冲正（" + reversedBy.get(0) + "）",
          "entry " + entryId + " is already reversed by " + reversedBy.get(0));
    }
    Invariants.check(row.balance(), original.moves(), -original.amountFen(), true);
    return insert(row, key, EntryType.REVERSAL, original.moves(), -original.amountFen(), original.caseNumber(),
        original.documentNumber(), original.projectCode(), original.use(), occurredOn, entryId, why);
  }

  /**
   * Holds an accepted allocation proposal's amount on its line until {@link #convertReservation} (its allocations are
   * about to be posted) or {@link #releaseReservations} (its case ends without them). The proposal may take what
   * the line has available ({@link Balance#availableToAllocate()}) plus {@code matchingToComeFen}, the proposing
   * case's own matching that must be posted before its allocations are: that part of the hold takes nothing from
   * other cases, and every hold accepted so can be posted once its case's matching has arrived.
   *
   * @throws ReservationRefused when the line cannot hold the amount (nothing is written)
   */
  @Transactional
  public void reserve(Reservation reservation, long matchingToComeFen) {
    if (reservation.amountFen() <= 0 || matchingToComeFen < 0) {
      throw new IllegalArgumentException("a hold is positive and matching to come not negative: " + reservation);
    }
    var key = Postings.key(reservation.key());
    var line = Postings.line(reservation.line());
    var locked = lock(line);
    if (locked.isEmpty()) {
      // Refuse before creating the row, as post does.
      requireRoom(new Balance(line, 0, 0, 0, 0), reservation.amountFen(), matchingToComeFen);
      createLine(line);
      locked = lock(line);
    }
    var row = locked.orElseThrow(() -> new IllegalStateException("fund line vanished: " + line));
    requireRoom(row.balance(), reservation.amountFen(), matchingToComeFen);
    long againstMatching = Math.min(reservation.amountFen(), matchingToComeFen);
    jdbc.update("INSERT INTO fund_reservation (reservation_key, balance_id, amount, against_matching, case_number, "
            + "document_number, held_on, held_at, held_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'HELD')",
        key, row.id(), reservation.amountFen(), againstMatching, reservation.caseNumber(),
        reservation.documentNumber(), reservation.heldOn(), Timestamp.from(ChinaTime.now().toInstant()), currentUser());
    jdbc.update("UPDATE fund_line_balance SET reserved = reserved + ?, reserved_against_matching = "
        + "reserved_against_matching + ? WHERE id = ?", reservation.amountFen(), againstMatching, row.id());
  }

  /**
   * Ends the hold under {@code key} because its allocations are posted now, in this transaction; false when no such
   * hold is held (a proposal accepted before holds existed, or a replay).
   */
  @Transactional
  public boolean convertReservation(String key) {
    return close(jdbc.query(RESERVATION_SELECT + " WHERE r.reservation_key = ? AND r.status = 'HELD'",
        FundLedger::reservation, key), "ALLOCATED") > 0;
  }

  /** Ends every hold a case still has, when the case ends without allocating; returns how many. */
  @Transactional
  public int releaseReservations(String caseNumber) {
    return close(jdbc.query(RESERVATION_SELECT + " WHERE r.case_number = ? AND r.status = 'HELD'",
        FundLedger::reservation, caseNumber), "RELEASED");
  }

  /** The holds held on the lines the filter selects (a period is ignored: a hold is no movement). */
  @Transactional(readOnly = true)
  public List<Reservation> reservations(LedgerFilter filter) {
    var where = new Where(filter);
    return jdbc.query(RESERVATION_SELECT + where.lineClause() + (where.lineClause().isEmpty() ? " WHERE" : " AND")
        + " r.status = 'HELD' ORDER BY r.held_on, r.reservation_key", FundLedger::reservation, where.lineArgs());
  }

  private static void requireRoom(Balance balance, long amountFen, long matchingToComeFen) {
    long available = balance.availableToAllocate() + matchingToComeFen;
    if (amountFen > available) {
      throw new ReservationRefused(balance, amountFen, available);
    }
  }

  private int close(List<Reservation> held, String status) {
    int closed = 0;
    for (var reservation : held) {
      var row = lock(reservation.line()).orElseThrow(() -> new IllegalStateException("no balance for " + reservation));
      // Under the line's lock: a concurrent close of the same hold has committed or not started.
      var amounts = jdbc.query("SELECT amount, against_matching FROM fund_reservation WHERE reservation_key = ?"
          + " AND status = 'HELD'", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, reservation.key());
      if (amounts.isEmpty()) {
        continue;
      }
      jdbc.update("UPDATE fund_reservation SET status = ?, closed_at = ? WHERE reservation_key = ?", status,
          Timestamp.from(ChinaTime.now().toInstant()), reservation.key());
      jdbc.update("UPDATE fund_line_balance SET reserved = reserved - ?, reserved_against_matching = "
          + "reserved_against_matching - ? WHERE id = ?", amounts.get(0)[0], amounts.get(0)[1], row.id());
      closed++;
    }
    return closed;
  }

  /** The line's balance; a line never posted to is all zeros. */
  @Transactional(readOnly = true)
  public Balance balance(FundLineKey line) {
    var rows = jdbc.query("SELECT " + BALANCE_COLUMNS + " FROM fund_line_balance b WHERE " + LINE_MATCHES,
        FundLedger::row, lineArgs(line));
    return rows.isEmpty() ? new Balance(line, 0, 0, 0, 0) : rows.get(0).balance();
  }

  /**
   * Balances of the lines the filter selects; with a period, each line's movements within it (sums of its
   * entries by column, reversals included).
   */
  @Transactional(readOnly = true)
  public List<Balance> balances(LedgerFilter filter) {
    var where = new Where(filter);
    if (!filter.hasPeriod()) {
      return jdbc.query("SELECT " + BALANCE_COLUMNS + " FROM fund_line_balance b" + where.lineClause()
          + " ORDER BY b.district, b.fund_line, b.fund_level, b.function_code, b.government_economic_code, "
          + "b.department_economic_code", FundLedger::row, where.args()).stream().map(Row::balance).toList();
    }
    return jdbc.query("SELECT b.id, b.district, b.fund_line, b.fund_level, b.function_code, "
        + "b.government_economic_code, b.department_economic_code, "
        + "SUM(CASE WHEN e.moves = 'RECEIPT' THEN e.amount ELSE 0 END) AS received, "
        + "SUM(CASE WHEN e.moves = 'MATCHING' THEN e.amount ELSE 0 END) AS matched, "
        + "SUM(CASE WHEN e.moves = 'ALLOCATION' THEN e.amount ELSE 0 END) AS allocated, "
        + "SUM(CASE WHEN e.moves = 'DISBURSEMENT' THEN e.amount ELSE 0 END) AS disbursed, "
        // holds are no movement: a period's view shows none
        + "0 AS reserved, 0 AS reserved_against_matching "
        + "FROM fund_line_balance b JOIN ledger_entry e ON e.balance_id = b.id" + where.entryClause()
        + " GROUP BY b.id, b.district, b.fund_line, b.fund_level, b.function_code, b.government_economic_code, "
        + "b.department_economic_code ORDER BY b.district, b.fund_line, b.fund_level, b.function_code, "
        + "b.government_economic_code, b.department_economic_code", FundLedger::row, where.args())
        .stream().map(Row::balance).toList();
  }

  /** The journal entries the filter selects, oldest business date first. */
  @Transactional(readOnly = true)
  public List<Entry> journal(LedgerFilter filter) {
    var where = new Where(filter);
    return jdbc.query(ENTRY_SELECT + where.entryClause() + " ORDER BY e.occurred_on, e.entry_no",
        FundLedger::entry, where.args());
  }

  /** One entry by id. */
  @Transactional(readOnly = true)
  public Optional<Entry> entry(String entryId) {
    return entryById(entryId);
  }

  /** The entry posted under a business event's idempotency key, if it was posted. */
  public Optional<Entry> entryPostedAs(String idempotencyKey) {
    return entryByKey(idempotencyKey);
  }

  private Optional<Entry> entryById(String id) {
    return jdbc.query(ENTRY_SELECT + " WHERE e.id = ?", FundLedger::entry, id).stream().findFirst();
  }

  private Optional<Entry> entryByKey(String key) {
    return jdbc.query(ENTRY_SELECT + " WHERE e.idempotency_key = ?", FundLedger::entry, key).stream().findFirst();
  }

  private Optional<Row> lock(FundLineKey line) {
    return jdbc.query("SELECT " + BALANCE_COLUMNS + " FROM fund_line_balance b WHERE " + LINE_MATCHES + " FOR UPDATE",
        FundLedger::row, lineArgs(line)).stream().findFirst();
  }

  /**
   * Inserts the line's zero row in a transaction of its own, so that a concurrent creator's duplicate key (which
   * on PostgreSQL aborts the transaction it happens in) never touches the caller's transaction.
   */
  private void createLine(FundLineKey line) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO fund_line_balance (district, fund_line, "
          + "fund_level, function_code, government_economic_code, department_economic_code, received, matched, "
          + "allocated, disbursed) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)", lineArgs(line)));
    } catch (DuplicateKeyException e) {
      // Another posting created the line first: lock that one.
    }
  }

  private Entry insert(Row row, String key, EntryType type, EntryType moves, long amountFen, String caseNumber,
      String documentNumber, String projectCode, String use, LocalDate occurredOn, String reverses, String reason) {
    var column = Invariants.column(moves);
    jdbc.update("UPDATE fund_line_balance SET " + column + " = " + column + " + ? WHERE id = ?", amountFen, row.id());
    var id = UUID.randomUUID().toString();
    var recordedAt = ChinaTime.now().toInstant();
    var recordedBy = currentUser();
    jdbc.update("INSERT INTO ledger_entry (id, idempotency_key, balance_id, entry_type, moves, amount, case_number, "
            + "document_number, project_code, use_description, occurred_on, recorded_at, recorded_by, "
            + "reverses_entry_id, reversal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, key, row.id(), type.name(), moves.name(), amountFen, caseNumber, documentNumber, projectCode, use,
        occurredOn, Timestamp.from(recordedAt), recordedBy, reverses, reason);
    return new Entry(id, key, type, moves, row.balance().line(), amountFen, caseNumber, documentNumber, projectCode,
        use, occurredOn, recordedAt, recordedBy, reverses, reason);
  }

  /**
   * Who posts, to this journal or to an account kept beside it (the insurance fund): the engine's authenticated user
   * (REST, Tasklist), else the Spring user, else the job executor ({@code system}).
   */
  public String currentUser() {
    var engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser.getUserId();
    }
    var springUser = SecurityContextHolder.getContext().getAuthentication();
    return springUser != null && springUser.getName() != null ? springUser.getName() : SYSTEM;
  }

  private static Object[] lineArgs(FundLineKey line) {
    return new Object[] {line.district(), line.fundLine(), line.level().name(), line.functionCode(),
        line.governmentEconomicCode(), line.departmentEconomicCode()};
  }

  private record Row(long id, Balance balance) {
  }

  private static FundLineKey line(ResultSet rs) throws SQLException {
    return new FundLineKey(rs.getString("district"), rs.getString("fund_line"), FundLevel.valueOf(rs.getString("fund_level")),
        rs.getString("function_code"), rs.getString("government_economic_code"), rs.getString("department_economic_code"));
  }

  private static Row row(ResultSet rs, int rowNumber) throws SQLException {
    return new Row(rs.getLong("id"), new Balance(line(rs), rs.getLong("received"), rs.getLong("matched"),
        rs.getLong("allocated"), rs.getLong("disbursed"), rs.getLong("reserved"),
        rs.getLong("reserved_against_matching")));
  }

  private static Reservation reservation(ResultSet rs, int rowNumber) throws SQLException {
    return new Reservation(rs.getString("reservation_key"), line(rs), rs.getLong("amount"), rs.getString("case_number"),
        rs.getString("document_number"), rs.getObject("held_on", LocalDate.class));
  }

  private static Entry entry(ResultSet rs, int rowNumber) throws SQLException {
    return new Entry(rs.getString(1), rs.getString("idempotency_key"), EntryType.valueOf(rs.getString("entry_type")),
        EntryType.valueOf(rs.getString("moves")), line(rs), rs.getLong("amount"), rs.getString("case_number"),
        rs.getString("document_number"), rs.getString("project_code"), rs.getString("use_description"),
        rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"), rs.getString("reverses_entry_id"), rs.getString("reversal_reason"));
  }

  /** The filter as SQL conditions on {@code b} (line) and {@code e} (entry), with their arguments. */
  private static final class Where {
    private final List<String> lineConditions = new ArrayList<>();
    private final List<String> periodConditions = new ArrayList<>();
    private final List<Object> lineArgs = new ArrayList<>();
    private final List<Object> periodArgs = new ArrayList<>();

    Where(LedgerFilter filter) {
      if (filter.visibleDistricts() != null) {
        if (filter.visibleDistricts().isEmpty()) {
          lineConditions.add("1 = 0");
        } else {
          lineConditions.add("b.district IN (" + String.join(", ",
              filter.visibleDistricts().stream().map(district -> "?").toList()) + ")");
          lineArgs.addAll(filter.visibleDistricts());
        }
      }
      equal("b.district", filter.district());
      equal("b.fund_line", filter.fundLine());
      equal("b.fund_level", filter.level() == null ? null : filter.level().name());
      equal("b.function_code", filter.functionCode());
      equal("b.government_economic_code", filter.governmentEconomicCode());
      equal("b.department_economic_code", filter.departmentEconomicCode());
      if (filter.from() != null) {
        periodConditions.add("e.occurred_on >= ?");
        periodArgs.add(filter.from());
      }
      if (filter.to() != null) {
        periodConditions.add("e.occurred_on <= ?");
        periodArgs.add(filter.to());
      }
    }

    private void equal(String column, Object value) {
      if (value != null) {
        lineConditions.add(column + " = ?");
        lineArgs.add(value);
      }
    }

    String lineClause() {
      return lineConditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", lineConditions);
    }

    String entryClause() {
      var all = new ArrayList<>(lineConditions);
      all.addAll(periodConditions);
      return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    Object[] lineArgs() {
      return lineArgs.toArray();
    }

    /** Line arguments, then period arguments (the period is ignored by {@link #lineClause()}'s callers). */
    Object[] args() {
      var all = new ArrayList<>(lineArgs);
      all.addAll(periodArgs);
      return all.toArray();
    }
  }
}
