package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.money.Yuan;

/**
 * {@code GET /api/evaluation}: 002's computed indicators for a district and year, the data each came from and its
 * formula; the total and maximum of the computed part; the items entered from evidence and those not entered yet,
 * with their maximum points; the raw total, the scale (100, or 84 for a county that is not a national poverty county),
 * the total on the 100 scale and the grade, null (with {@code gradeNote} "incomplete") while a basic item is missing;
 * the materials the district submitted and the grade as published by the performance-evaluation case.
 */
record EvaluationReport(String district, String districtName, int year, LocalDate cutOff, List<Indicator> computed,
    BigDecimal computedPoints, int computedMaximum, List<Entered> entered, List<NotComputed> notComputed,
    boolean nationalPovertyCounty, BigDecimal rawTotal, int scale, String scaleReason, BigDecimal total, String grade,
    String gradeNote, Materials materials, Published published) {

  /**
   * The materials the district submitted in its performance-evaluation case (null until then), and whether by the end
   * of 25 December (002 第十条).
   */
  record Materials(String documents, String remark, String submittedBy, OffsetDateTime submittedAt, LocalDate dueOn,
      boolean onTime) {
  }

  /** The grade as published when the city completed its scoring (null until then); the live figures may differ. */
  record Published(BigDecimal total, String grade, OffsetDateTime publishedAt, String publishedBy) {
  }

  /** An item entered by the city poverty office from the county's evidence: its points and the document. */
  record Entered(String item, String name, String maximumPoints, BigDecimal points, String reference,
      String enteredBy, OffsetDateTime enteredAt) {
  }

  /** What every computed indicator says; {@code points} is null when nothing counted yet (no funds, no notice). */
  sealed interface Indicator permits Timeliness, Disclosure, CarryOver {
    String item();

    String name();

    int maximumPoints();

    BigDecimal points();

    String formula();
  }

  /** 县级财政拨付进度 or 项目备案: the notices received in the year and each disbursement or allocation of them. */
  record Timeliness(String item, String name, int maximumPoints, BigDecimal points, String formula,
      BigDecimal countedYuan, List<Notice> notices) implements Indicator {
  }

  record Notice(String documentNumber, String caseNumber, LocalDate receivedOn, BigDecimal amountYuan,
      BigDecimal countedYuan, BigDecimal points, List<Movement> movements) {
  }

  /** {@code on} is null for the part not moved by the cut-off; {@code days} then counts to the cut-off. */
  record Movement(LocalDate on, Long days, BigDecimal amountYuan, BigDecimal countedYuan, BigDecimal share,
      String projectCode, String note) {
  }

  /** 年度资金结转结余率: the district's fund lines, what each had available and carried over, by age. */
  record CarryOver(String item, String name, int maximumPoints, BigDecimal points, String formula,
      BigDecimal availableYuan, BigDecimal underOneYearYuan, BigDecimal underOneYearPercent,
      BigDecimal underOneYearPoints, BigDecimal oneToTwoYearsYuan, BigDecimal oneToTwoYearsPercent,
      BigDecimal oneToTwoYearsPoints, BigDecimal overTwoYearsYuan, BigDecimal overTwoYearsPoints,
      List<FundLine> fundLines) implements Indicator {
  }

  record FundLine(String fundLine, String level, String functionCode, String governmentEconomicCode,
      String departmentEconomicCode, BigDecimal availableYuan, BigDecimal underOneYearYuan,
      BigDecimal oneToTwoYearsYuan, BigDecimal overTwoYearsYuan) {

    /** {@code line}: fund line, level label, the three budget codes. */
    static FundLine of(String[] line, Scoring.CarryOver carryOver) {
      return new FundLine(line[0], line[1], line[2], line[3], line[4], Yuan.of(carryOver.availableFen()),
          Yuan.of(carryOver.underOneYearFen()), Yuan.of(carryOver.oneToTwoYearsFen()),
          Yuan.of(carryOver.overTwoYearsFen()));
    }
  }

  /** An item of 002's table not computed by this product and not entered yet, and why. */
  record NotComputed(String item, String name, String points, String reason) {
  }

  /**
   * 信息公开和公告公示制度建设和执行: computed from what the district's public boards show; {@code points} is the sum of
   * the parts that have records (null when neither has).
   */
  record Disclosure(String item, String name, int maximumPoints, BigDecimal points, String formula,
      CountyDisclosure county, VillageDisclosure village) implements Indicator {
  }

  /** 县级 (5): the year's disbursed allocation lines and when each reached the public funds board. */
  record CountyDisclosure(int maximumPoints, BigDecimal points, String formula, BigDecimal disbursedYuan,
      BigDecimal countedYuan, int lines, int publishedInTime, int publishedLate, int notPublished,
      List<Publication> publications) {
  }

  /** {@code publishedOn} and {@code workingDaysToPublish} are null when the line is not on the board. */
  record Publication(String caseNumber, int round, int line, String projectCode, BigDecimal amountYuan,
      LocalDate disbursedOn, LocalDate publishedOn, Integer workingDaysToPublish, int workingDaysOpen,
      BigDecimal countedYuan, BigDecimal share, String note) {
  }

  /** 村级 (5): the year's village public notices and whether each was shown for its whole 5-day period. */
  record VillageDisclosure(int maximumPoints, BigDecimal points, String formula, int posted, int running,
      int withdrawn, int ended, int fullPeriod, String notStored, List<VillageNotice> notices) {
  }

  /** No name, no household: the case number, the village, the period and what became of the notice. */
  record VillageNotice(String caseNumber, String village, LocalDate postedOn, LocalDate endsOn, String status,
      OffsetDateTime finishedAt, Boolean fullPeriod) {
  }
}
