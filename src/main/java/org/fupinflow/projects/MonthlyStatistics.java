package org.fupinflow.projects;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statistics (月统计, seed 003 月统计月通报, issue 13): what a district's fund lines received, matched,
 * allocated and disbursed in a month and in its year up to the month's end, and what each project of its library
 * was paid. Entries count by their business date ({@code occurred_on}); a reversal counts on its own date. One
 * grouped query per section, exact on fen.
 */
@Service
class MonthlyStatistics {

  /** Per fund line: the month (from the first parameter on) and the year to date (the WHERE clause). */
  private static final String FUND_LINES = SpendingAgainstPlan.FUND_LINE_KEY
      + " SUM(CASE WHEN e.moves = 'RECEIPT' AND e.occurred_on >= ? THEN e.amount ELSE 0 END) AS received_month,"
      + " SUM(CASE WHEN e.moves = 'MATCHING' AND e.occurred_on >= ? THEN e.amount ELSE 0 END) AS matched_month,"
      + " SUM(CASE WHEN e.moves = 'ALLOCATION' AND e.occurred_on >= ? THEN e.amount ELSE 0 END) AS allocated_month,"
      + " SUM(CASE WHEN e.moves = 'DISBURSEMENT' AND e.occurred_on >= ? THEN e.amount ELSE 0 END) AS disbursed_month,"
      + SpendingAgainstPlan.FUND_LINE_SUMS + SpendingAgainstPlan.FUND_LINE_GROUPS;
  /** Disbursed per project code: in the month (from the first parameter on) and the year to date. */
  private static final String PROJECTS = "SELECT e.project_code,"
      + " SUM(CASE WHEN e.occurred_on >= ? THEN e.amount ELSE 0 END) AS in_month, SUM(e.amount) AS year_to_date"
      + " FROM ledger_entry e JOIN fund_line_balance b ON b.id = e.balance_id"
      + " WHERE b.district = ? AND e.moves = 'DISBURSEMENT' AND e.project_code IS NOT NULL"
      + " AND e.occurred_on >= ? AND e.occurred_on <= ?"
      + " GROUP BY e.project_code";

  private record FundLineRow(MonthlyReport.FundLine line, MonthlyReport.Fen inMonth, MonthlyReport.Fen yearToDate) {
  }

  private record Disbursed(long inMonthFen, long yearToDateFen) {
    static final Disbursed NONE = new Disbursed(0, 0);
  }

  private final ProjectLibrary library;
  private final Districts districts;
  private final JdbcTemplate jdbc;
  private final MonthlyStatisticsConfirmations confirmations;

  MonthlyStatistics(ProjectLibrary library, Districts districts, JdbcTemplate jdbc,
      MonthlyStatisticsConfirmations confirmations) {
    this.library = library;
    this.districts = districts;
    this.jdbc = jdbc;
    this.confirmations = confirmations;
  }

  /** The district's report for {@code month}: every fund line that moved in its year, every project of the library. */
  @Transactional(readOnly = true)
  MonthlyReport of(String district, YearMonth month) {
    var from = month.atDay(1);
    var to = month.atEndOfMonth();
    var startOfYear = LocalDate.of(month.getYear(), 1, 1);

    var rows = jdbc.query(FUND_LINES, (rs, row) -> {
      var inMonth = new MonthlyReport.Fen(rs.getLong("received_month"), rs.getLong("matched_month"),
          rs.getLong("allocated_month"), rs.getLong("disbursed_month"));
      var yearToDate = new MonthlyReport.Fen(rs.getLong("received"), rs.getLong("matched"), rs.getLong("allocated"),
          rs.getLong("disbursed"));
      var level = FundLevel.valueOf(rs.getString("fund_level"));
      return new FundLineRow(new MonthlyReport.FundLine(rs.getString("fund_line"), level, level.label(),
          rs.getString("function_code"), rs.getString("government_economic_code"),
          rs.getString("department_economic_code"), inMonth.yuan(), yearToDate.yuan(), yearToDate.spendingRate()),
          inMonth, yearToDate);
    }, from, from, from, from, district, startOfYear, to);
    var monthTotal = rows.stream().map(FundLineRow::inMonth).reduce(MonthlyReport.Fen.ZERO, MonthlyReport.Fen::plus);
    var yearTotal = rows.stream().map(FundLineRow::yearToDate).reduce(MonthlyReport.Fen.ZERO, MonthlyReport.Fen::plus);

    var disbursed = new HashMap<String, Disbursed>();
    jdbc.query(PROJECTS, rs -> {
      disbursed.put(rs.getString("project_code"), new Disbursed(rs.getLong("in_month"), rs.getLong("year_to_date")));
    }, from, district, startOfYear, to);

    var checkpoint = Checkpoint.latestBy(to).orElse(null);
    var projects = new ArrayList<MonthlyReport.ProjectMonth>();
    long budgetFen = 0;
    long inMonthFen = 0;
    long yearToDateFen = 0;
    for (var project : library.list(district, null)) {
      var paid = disbursed.getOrDefault(project.code(), Disbursed.NONE);
      var budget = Yuan.toFen(project.budgetYuan());
      projects.add(new MonthlyReport.ProjectMonth(project.code(), project.name(), project.fundLine(),
          project.budgetYuan(), Yuan.of(paid.inMonthFen()), Yuan.of(paid.yearToDateFen()),
          ProjectSpending.percent(paid.yearToDateFen(), budget), checkpoint,
          checkpoint == null ? null : checkpoint.in(month.getYear()),
          checkpoint == null ? null : checkpoint.plannedPercent(project.spendingPlan())));
      budgetFen += budget;
      inMonthFen += paid.inMonthFen();
      yearToDateFen += paid.yearToDateFen();
    }
    return new MonthlyReport(district, districts.name(district).orElse(district), month, from, to,
        rows.stream().map(FundLineRow::line).toList(),
        new MonthlyReport.FundLineTotal(monthTotal.yuan(), yearTotal.yuan(), yearTotal.spendingRate()),
        projects, new MonthlyReport.ProjectTotal(Yuan.of(budgetFen), Yuan.of(inMonthFen), Yuan.of(yearToDateFen),
            ProjectSpending.percent(yearToDateFen, budgetFen)), confirmations.of(district, month).orElse(null));
  }
}
