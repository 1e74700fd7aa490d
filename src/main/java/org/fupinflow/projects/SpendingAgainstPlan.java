package org.fupinflow.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupinflow.fundledger.FundLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending against plan (issue 13): for each project of a district's library, what the ledger shows disbursed with
 * its project code against its budget and its plan's checkpoints; for each fund line, what came in, was allocated
 * and was disbursed. Entries count by their business date ({@code occurred_on}) within the year up to the as-of
 * date; a reversal counts on its own date. Figures are exact fen, summed by the database in one query each.
 */
@Service
class SpendingAgainstPlan {

  /** Disbursed per project code: to date, and by each checkpoint (the WHERE clause already stops at as-of). */
  private static final String DISBURSED = "SELECT e.project_code, SUM(e.amount) AS to_date,"
      + " SUM(CASE WHEN e.occurred_on <= ? THEN e.amount ELSE 0 END) AS by_march,"
      + " SUM(CASE WHEN e.occurred_on <= ? THEN e.amount ELSE 0 END) AS by_june,"
      + " SUM(CASE WHEN e.occurred_on <= ? THEN e.amount ELSE 0 END) AS by_october,"
      + " SUM(CASE WHEN e.occurred_on <= ? THEN e.amount ELSE 0 END) AS by_december"
      + " FROM ledger_entry e JOIN fund_line_balance b ON b.id = e.balance_id"
      + " WHERE b.district = ? AND e.moves = 'DISBURSEMENT' AND e.project_code IS NOT NULL"
      + " AND e.occurred_on >= ? AND e.occurred_on <= ?";
  /** A fund line's key columns; the sums and {@link #FUND_LINE_GROUPS} follow. */
  static final String FUND_LINE_KEY = "SELECT b.fund_line, b.fund_level, b.function_code,"
      + " b.government_economic_code, b.department_economic_code,";
  /** Net of reversals, by the column each entry moves, over the WHERE clause's dates. */
  static final String FUND_LINE_SUMS = " SUM(CASE WHEN e.moves = 'RECEIPT' THEN e.amount ELSE 0 END) AS received,"
      + " SUM(CASE WHEN e.moves = 'MATCHING' THEN e.amount ELSE 0 END) AS matched,"
      + " SUM(CASE WHEN e.moves = 'ALLOCATION' THEN e.amount ELSE 0 END) AS allocated,"
      + " SUM(CASE WHEN e.moves = 'DISBURSEMENT' THEN e.amount ELSE 0 END) AS disbursed";
  /** Parameters: the district, the first and the last business date. */
  static final String FUND_LINE_GROUPS = " FROM fund_line_balance b JOIN ledger_entry e ON e.balance_id = b.id"
      + " WHERE b.district = ? AND e.occurred_on >= ? AND e.occurred_on <= ?"
      + " GROUP BY b.id, b.fund_line, b.fund_level, b.function_code, b.government_economic_code,"
      + " b.department_economic_code"
      + " ORDER BY b.fund_line, b.fund_level, b.function_code, b.government_economic_code, b.department_economic_code";
  private static final String FUND_LINES = FUND_LINE_KEY + FUND_LINE_SUMS + FUND_LINE_GROUPS;

  private record Disbursed(long toDateFen, Map<Checkpoint, Long> byCheckpointFen) {
  }

  private final ProjectLibrary library;
  private final JdbcTemplate jdbc;

  SpendingAgainstPlan(ProjectLibrary library, JdbcTemplate jdbc) {
    this.library = library;
    this.jdbc = jdbc;
  }

  /** Every project of the district's library and every fund line the district moved in {@code year}. */
  @Transactional(readOnly = true)
  SpendingReport of(String district, int year, LocalDate asOf) {
    var disbursed = disbursed(district, null, year, asOf);
    var projects = library.list(district, null).stream()
        .map(project -> spending(project, year, asOf, disbursed.get(project.code())))
        .toList();
    return new SpendingReport(district, year, asOf, projects, fundLines(district, year, asOf));
  }

  /** One project of the district's library; empty when the library has no such project. */
  @Transactional(readOnly = true)
  Optional<ProjectSpending> of(String district, String code, int year, LocalDate asOf) {
    return library.find(district, code)
        .map(project -> spending(project, year, asOf, disbursed(district, project.code(), year, asOf)
            .get(project.code())));
  }

  private static ProjectSpending spending(Project project, int year, LocalDate asOf, Disbursed disbursed) {
    return disbursed == null ? ProjectSpending.of(project, year, asOf, 0, Map.of())
        : ProjectSpending.of(project, year, asOf, disbursed.toDateFen(), disbursed.byCheckpointFen());
  }

  private Map<String, Disbursed> disbursed(String district, String projectCode, int year, LocalDate asOf) {
    var arguments = new ArrayList<Object>();
    for (var checkpoint : Checkpoint.values()) {
      arguments.add(checkpoint.in(year));
    }
    arguments.addAll(List.of(district, LocalDate.of(year, 1, 1), until(year, asOf)));
    var sql = new StringBuilder(DISBURSED);
    if (projectCode != null) {
      sql.append(" AND e.project_code = ?");
      arguments.add(projectCode);
    }
    sql.append(" GROUP BY e.project_code");
    var byCode = new HashMap<String, Disbursed>();
    jdbc.query(sql.toString(), rs -> {
      var byCheckpoint = new EnumMap<Checkpoint, Long>(Checkpoint.class);
      byCheckpoint.put(Checkpoint.MARCH, rs.getLong("by_march"));
      byCheckpoint.put(Checkpoint.JUNE, rs.getLong("by_june"));
      byCheckpoint.put(Checkpoint.OCTOBER, rs.getLong("by_october"));
      byCheckpoint.put(Checkpoint.DECEMBER, rs.getLong("by_december"));
      byCode.put(rs.getString("project_code"), new Disbursed(rs.getLong("to_date"), byCheckpoint));
    }, arguments.toArray());
    return byCode;
  }

  private List<FundLineSpending> fundLines(String district, int year, LocalDate asOf) {
    return jdbc.query(FUND_LINES, (rs, row) -> FundLineSpending.of(rs.getString("fund_line"),
        FundLevel.valueOf(rs.getString("fund_level")), rs.getString("function_code"),
        rs.getString("government_economic_code"), rs.getString("department_economic_code"), rs.getLong("received"),
        rs.getLong("matched"), rs.getLong("allocated"), rs.getLong("disbursed")),
        district, LocalDate.of(year, 1, 1), until(year, asOf));
  }

  /** The last business date that counts: the as-of date, or the year's end when the year is over by then. */
  private static LocalDate until(int year, LocalDate asOf) {
    var endOfYear = Checkpoint.DECEMBER.in(year);
    return asOf.isAfter(endOfYear) ? endOfYear : asOf;
  }
}
