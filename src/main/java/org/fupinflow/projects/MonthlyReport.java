package org.fupinflow.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;

/**
 * {@code GET /api/projects/monthly-statistics}: a district's month (月统计, issue 13) from {@code from} to {@code to},
 * each figure also cumulative for the year from 1 January to {@code to}. Fund lines: 到账 received, 配套 matched,
 * 已分配 allocated, 已拨付 disbursed, net of reversals, and the year's spending rate disbursed ÷ (received + matched);
 * projects of the library: disbursed in the month and in the year against the budget and the plan's latest
 * checkpoint by the month's end; {@code confirmation}: the district poverty office's 确认月统计, {@code null} until then.
 * Yuan with two decimals, percent with two decimals half up.
 */
record MonthlyReport(String district, String districtName, YearMonth month, LocalDate from, LocalDate to,
    List<FundLine> fundLines, FundLineTotal fundLineTotal, List<ProjectMonth> projects, ProjectTotal projectTotal,
    Confirmation confirmation) {

  /** Who confirmed the month in Tasklist, when (China time, engine clock) and the optional remark. */
  record Confirmation(String by, OffsetDateTime at, String remark) {
  }

  /** Money in and out of a fund line over a period, in yuan. */
  record Flows(BigDecimal receivedYuan, BigDecimal matchedYuan, BigDecimal allocatedYuan, BigDecimal disbursedYuan) {
  }

  /** A fund line that moved in the year by the month's end: the month, the year to date and the year's rate. */
  record FundLine(String fundLine, FundLevel level, String levelLabel, String functionCode,
      String governmentEconomicCode, String departmentEconomicCode, Flows month, Flows yearToDate,
      BigDecimal spendingRatePercent) {
  }

  /** 合计 of the fund lines. */
  record FundLineTotal(Flows month, Flows yearToDate, BigDecimal spendingRatePercent) {
  }

  /**
   * A project of the library: disbursed with its code in the month and in the year, that as a share of the budget,
   * and the plan's cumulative percent at {@code checkpoint} (the latest on or before the month's end; {@code null}
   * in January and February).
   */
  record ProjectMonth(String code, String name, String fundLine, BigDecimal budgetYuan, BigDecimal disbursedInMonthYuan,
      BigDecimal disbursedYearToDateYuan, BigDecimal disbursedPercent, Checkpoint checkpoint, LocalDate checkpointDate,
      BigDecimal plannedPercent) {
  }

  /** 合计 of the projects. */
  record ProjectTotal(BigDecimal budgetYuan, BigDecimal disbursedInMonthYuan, BigDecimal disbursedYearToDateYuan,
      BigDecimal disbursedPercent) {
  }

  /** Fen of the four kinds of movement, summed exactly before they become yuan. */
  record Fen(long received, long matched, long allocated, long disbursed) {

    static final Fen ZERO = new Fen(0, 0, 0, 0);

    Fen plus(Fen other) {
      return new Fen(received + other.received, matched + other.matched, allocated + other.allocated,
          disbursed + other.disbursed);
    }

    Flows yuan() {
      return new Flows(Yuan.of(received), Yuan.of(matched), Yuan.of(allocated), Yuan.of(disbursed));
    }

    /** Disbursed ÷ (received + matched) in percent, as {@link FundLineSpending} defines it. */
    BigDecimal spendingRate() {
      return ProjectSpending.percent(disbursed, received + matched);
    }
  }
}
