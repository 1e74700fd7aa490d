package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of 002's computed indicators, exact on fen: no Spring, no database. Points are rounded once, to two
 * decimals HALF_UP, from exact fractions.
 */
final class Scoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scoring() {
  }

  /** A notice's share as received on a fund line of the district ({@code receivedOn}, {@code amountFen}). */
  record NoticeFlow(String documentNumber, String caseNumber, LocalDate receivedOn, long amountFen,
      List<Movement> movements) {
  }

  /** A disbursement or an allocation of the notice's money, on its business date. */
  record Movement(LocalDate on, long amountFen, String projectCode) {
  }

  /** A timeliness window: full marks within {@code fullWithinDays}, nothing after {@code zeroAfterDays}. */
  record Window(int maximumPoints, int fullWithinDays, int zeroAfterDays) {
  }

  /**
   * One movement as scored: {@code countedFen} is the part of it that was the notice's money (movements beyond the
   * notice's amount, e.g. of matching funds, are not counted); {@code share} is 1, 0 or (zero − days) / (zero − full).
   */
  record ScoredMovement(LocalDate on, Long days, long amountFen, long countedFen, BigDecimal share, String projectCode,
      String note) {
  }

  /** A notice's scored movements, and the points it alone would earn (null when nothing of it counts yet). */
  record ScoredNotice(NoticeFlow notice, List<ScoredMovement> movements, long countedFen, BigDecimal points) {
  }

  record Timeliness(List<ScoredNotice> notices, long countedFen, BigDecimal points) {
  }

  /**
   * 县级财政拨付进度 and 项目备案: for each notice of amount A received on R, each movement of amount a on D scores
   * s = 1 when D − R ≤ full, 0 when D − R > zero, else (zero − (D − R)) / (zero − full), calendar days. Movements count
   * in date order up to A. What is still not moved on the cut-off counts with s = 0 once more than {@code zero} days
   * have passed since R, and is not counted yet before. points = max × Σ(a × s) / Σ(a counted).
   */
  static Timeliness timeliness(Window window, List<NoticeFlow> notices, LocalDate cutOff) {
    var scored = new ArrayList<ScoredNotice>();
    long countedFen = 0;
    long weighted = 0;
    for (var notice : notices) {
      var movements = new ArrayList<ScoredMovement>();
      long remaining = notice.amountFen();
      long noticeCounted = 0;
      long noticeWeighted = 0;
      var inOrder = notice.movements().stream().sorted(Comparator.comparing(Movement::on)).toList();
      for (var movement : inOrder) {
        long days = ChronoUnit.DAYS.between(notice.receivedOn(), movement.on());
        long counted = Math.min(movement.amountFen(), remaining);
        remaining -= counted;
        long units = units(window, days);
        noticeCounted += counted;
        noticeWeighted += counted * units;
        movements.add(new ScoredMovement(movement.on(), days, movement.amountFen(), counted, share(window, units),
            movement.projectCode(), counted == movement.amountFen() ? null
                : "超出通知金额的部分不计 / the part beyond the notice's amount is not counted"));
      }
      if (remaining > 0) {
        long open = ChronoUnit.DAYS.between(notice.receivedOn(), cutOff);
        boolean late = open > window.zeroAfterDays();
        if (late) {
          noticeCounted += remaining;
        }
        movements.add(new ScoredMovement(null, open, remaining, late ? remaining : 0,
            late ? BigDecimal.ZERO.setScale(4) : null, null, late
                ? "截至" + cutOff + "未完成，已超过" + window.zeroAfterDays() + "日，按0分计 / not done by " + cutOff
                    + ", more than " + window.zeroAfterDays() + " days: counts with 0"
                : "截至" + cutOff + "未完成，未满" + window.zeroAfterDays() + "日，暂不计 / not done by " + cutOff
                    + ", within " + window.zeroAfterDays() + " days: not counted yet"));
      }
      countedFen += noticeCounted;
      weighted += noticeWeighted;
      scored.add(new ScoredNotice(notice, movements, noticeCounted, points(window, noticeWeighted, noticeCounted)));
    }
    return new Timeliness(scored, countedFen, points(window, weighted, countedFen));
  }

  /** s × (zero − full), an integer: full → zero − full, late → 0, between → zero − days. */
  private static long units(Window window, long days) {
    if (days <= window.fullWithinDays()) {
      return window.zeroAfterDays() - window.fullWithinDays();
    }
    return days > window.zeroAfterDays() ? 0 : window.zeroAfterDays() - days;
  }

  private static BigDecimal share(Window window, long units) {
    return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(window.zeroAfterDays() - window.fullWithinDays()), 4,
        RoundingMode.HALF_UP);
  }

  private static BigDecimal points(Window window, long weighted, long counted) {
    if (counted == 0) {
      return null;
    }
    var denominator = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(window.zeroAfterDays()
        - window.fullWithinDays()));
    return BigDecimal.valueOf(window.maximumPoints()).multiply(BigDecimal.valueOf(weighted))
        .divide(denominator, 2, RoundingMode.HALF_UP);
  }

  /** The funds of a district in the evaluated year and what of them is carried over at its end, by age. */
  record CarryOver(long availableFen, long underOneYearFen, long oneToTwoYearsFen, long overTwoYearsFen) {

    BigDecimal underOneYearPercent() {
      return percent(underOneYearFen);
    }

    BigDecimal oneToTwoYearsPercent() {
      return percent(oneToTwoYearsFen);
    }

    private BigDecimal percent(long fen) {
      return availableFen == 0 ? null
          : BigDecimal.valueOf(fen).multiply(HUNDRED).divide(BigDecimal.valueOf(availableFen), 2, RoundingMode.HALF_UP);
    }

    CarryOver plus(CarryOver other) {
      return new CarryOver(availableFen + other.availableFen, underOneYearFen + other.underOneYearFen,
          oneToTwoYearsFen + other.oneToTwoYearsFen, overTwoYearsFen + other.overTwoYearsFen);
    }
  }

  /** Per receipt year: money in (received and matched) and money out (disbursed) booked in that year. */
  record YearFlow(int year, long inFen, long disbursedFen) {
  }

  /**
   * One fund line's carry-over at the end of {@code year}: disbursements spend the oldest money first, so what is left
   * (all in − all disbursed up to the cut-off) is the newest money, aged by the year it came in: that year (&lt; 1
   * year), the year before (1–2 years), earlier (&gt; 2 years). Available = in up to the cut-off − disbursed before 1
   * January of {@code year}.
   */
  static CarryOver carryOver(int year, List<YearFlow> flows) {
    long in = flows.stream().mapToLong(YearFlow::inFen).sum();
    long disbursedBefore = flows.stream().filter(flow -> flow.year() < year).mapToLong(YearFlow::disbursedFen).sum();
    long left = in - flows.stream().mapToLong(YearFlow::disbursedFen).sum();
    long[] byAge = new long[3];
    for (var flow : flows.stream().sorted(Comparator.comparingInt(YearFlow::year).reversed()).toList()) {
      if (left <= 0) {
        break;
      }
      long part = Math.min(left, flow.inFen());
      left -= part;
      byAge[Math.min(2, Math.max(0, year - flow.year()))] += part;
    }
    return new CarryOver(in - disbursedBefore, byAge[0], byAge[1], byAge[2]);
  }

  /** The three parts of 年度资金结转结余率; null when no funds were available. */
  record CarryOverPoints(BigDecimal underOneYear, BigDecimal oneToTwoYears, BigDecimal overTwoYears) {

    BigDecimal total() {
      return underOneYear.add(oneToTwoYears).add(overTwoYears);
    }
  }

  /**
   * &lt; 1 year: rate r &lt; 8% → 8, r ≥ 20% → 0, between 8 × (20 − r) / 12. 1–2 years: r &lt; 2% → 4, r ≥ 10% → 0,
   * between 4 × (10 − r) / 8. &gt; 2 years: none → 2, any → 0. r = carried over ÷ available, exact.
   */
  static CarryOverPoints carryOverPoints(CarryOver carryOver) {
    if (carryOver.availableFen() <= 0) {
      return null;
    }
    return new CarryOverPoints(proportional(8, 8, 20, carryOver.underOneYearFen(), carryOver.availableFen()),
        proportional(4, 2, 10, carryOver.oneToTwoYearsFen(), carryOver.availableFen()),
        BigDecimal.valueOf(carryOver.overTwoYearsFen() == 0 ? 2 : 0).setScale(2));
  }

  /** max when 100 × part &lt; full × whole, 0 when ≥ zero × whole, else max × (zero × whole − 100 × part) / ((zero − full) × whole). */
  private static BigDecimal proportional(int max, int fullBelowPercent, int zeroFromPercent, long partFen,
      long wholeFen) {
    var part = BigDecimal.valueOf(partFen).multiply(HUNDRED);
    var whole = BigDecimal.valueOf(wholeFen);
    if (part.compareTo(whole.multiply(BigDecimal.valueOf(fullBelowPercent))) < 0) {
      return BigDecimal.valueOf(max).setScale(2);
    }
    if (part.compareTo(whole.multiply(BigDecimal.valueOf(zeroFromPercent))) >= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(max).multiply(whole.multiply(BigDecimal.valueOf(zeroFromPercent)).subtract(part))
        .divide(whole.multiply(BigDecimal.valueOf(zeroFromPercent - fullBelowPercent)), 2, RoundingMode.HALF_UP);
  }

  /**
   * A disbursed allocation line of the district and whether it reached the public funds board:
   * {@code workingDaysToPublish} = working days after the disbursement day up to the day it was published (China),
   * null when it was not published; {@code workingDaysOpen} = working days after the disbursement day up to the
   * cut-off.
   */
  record Publication(String caseNumber, int round, int line, String projectCode, long amountFen, LocalDate disbursedOn,
      LocalDate publishedOn, Integer workingDaysToPublish, int workingDaysOpen) {
  }

  /** A publication as scored: {@code countedFen} is 0 while an unpublished line is not late yet; share null then. */
  record ScoredPublication(Publication publication, long countedFen, BigDecimal share, String note) {
  }

  record Publications(List<ScoredPublication> lines, long disbursedFen, long countedFen, BigDecimal points) {
  }

  /**
   * 信息公开 县级 (5): each disbursed line of amount a published L working days after its disbursement day scores
   * s = 1 when L ≤ full, 0 when L &gt; zero, else (zero − L) / (zero − full). A line not published by the cut-off counts
   * with s = 0 once more than {@code zero} working days have passed, and is not counted yet before.
   * points = max × Σ(a × s) / Σ(a counted), rounded once to 2 decimals HALF_UP; null when nothing counts.
   */
  static Publications publications(Window window, List<Publication> lines) {
    var scored = new ArrayList<ScoredPublication>();
    long disbursed = 0;
    long counted = 0;
    long weighted = 0;
    for (var line : lines) {
      disbursed += line.amountFen();
      if (line.workingDaysToPublish() != null) {
        long units = units(window, line.workingDaysToPublish());
        counted += line.amountFen();
        weighted += line.amountFen() * units;
        scored.add(new ScoredPublication(line, line.amountFen(), share(window, units),
            line.workingDaysToPublish() <= window.fullWithinDays() ? null : "公告晚于" + window.fullWithinDays()
                + "个工作日 / published later than " + window.fullWithinDays() + " working days"));
      } else if (line.workingDaysOpen() > window.zeroAfterDays()) {
        counted += line.amountFen();
        scored.add(new ScoredPublication(line, line.amountFen(), BigDecimal.ZERO.setScale(4), "截止日仍未公告，已超过"
            + window.zeroAfterDays() + "个工作日，按0分计 / not published by the cut-off, more than "
            + window.zeroAfterDays() + " working days: counts with 0"));
      } else {
        scored.add(new ScoredPublication(line, 0, null, "截止日尚未公告，未满" + window.zeroAfterDays()
            + "个工作日，暂不计 / not published by the cut-off, within " + window.zeroAfterDays()
            + " working days: not counted yet"));
      }
    }
    return new Publications(scored, disbursed, counted, points(window, weighted, counted));
  }

  /**
   * 信息公开 村级 (5): max × (notices shown for their whole 5-day period) ÷ (notices whose period ended), rounded once
   * to 2 decimals HALF_UP; null when no notice's period ended.
   */
  static BigDecimal noticePoints(int maximumPoints, int fullPeriod, int ended) {
    if (ended == 0) {
      return null;
    }
    return BigDecimal.valueOf(maximumPoints).multiply(BigDecimal.valueOf(fullPeriod))
        .divide(BigDecimal.valueOf(ended), 2, RoundingMode.HALF_UP);
  }
}
