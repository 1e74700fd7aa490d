package org.fupinflow.relief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.money.Yuan;
import org.fupinflow.relief.ReliefClaim.Figures;
import org.fupinflow.relief.ReliefClaimProcess.Variables;

/** Reading what the claim's forms and the insurer's worker submit: amounts in yuan, levels, dates in a window. */
final class ReliefForms {

  /** No relief figure reaches a hundred million yuan; a larger one is a typing error. */
  private static final BigDecimal MAX_YUAN = new BigDecimal("99999999.99");

  private ReliefForms() {
  }

  /**
   * Yuan as text ({@code "12345.6"}) or a number with at most two decimals, not negative, in fen. Absent or blank:
   * {@code absent} when it is not null, else refused as required.
   */
  static long yuan(Object value, String field, String chineseName, Long absent) {
    if (value == null || value instanceof String text && text.isBlank()) {
      if (absent != null) {
        return absent;
      }
      throw new InvalidSubmission(field, chineseName + "必填（元，最多两位小数）", "an amount in yuan (at most 2 decimals) is required");
    }
    BigDecimal yuan;
    try {
      yuan = value instanceof Number number ? new BigDecimal(number.toString()) : new BigDecimal(value.toString().strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidSubmission(field, chineseName + "应为金额（元），如 12345.60", "an amount in yuan is expected, e.g. 12345.60");
    }
    if (yuan.signum() < 0) {
      throw new InvalidSubmission(field, chineseName + "不能为负数", "must not be negative");
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw new InvalidSubmission(field, chineseName + "最多两位小数（分）", "at most 2 decimals (fen)");
    }
    if (yuan.compareTo(MAX_YUAN) > 0) {
      throw new InvalidSubmission(field, chineseName + "超过 " + MAX_YUAN.toPlainString() + " 元",
          "exceeds " + MAX_YUAN.toPlainString() + " yuan");
    }
    return Yuan.toFen(yuan.setScale(2));
  }

  /** A disability level 1–10 (number or text). */
  static int level(Object value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new InvalidSubmission(field, "意外伤残须填写伤残等级（1–10级）", "a disability level from 1 to 10 is required");
    }
    int level;
    try {
      level = value instanceof Number number && new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0
          ? number.intValue() : Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      level = 0;
    }
    if (level < 1 || level > 10) {
      throw new InvalidSubmission(field, "伤残等级应为 1 至 10 的整数：" + value, "a disability level is a whole number from 1 to 10: "
          + value);
    }
    return level;
  }

  /** A business date within {@code from} … {@code to}. */
  static LocalDate dateBetween(Object value, String field, String chineseName, LocalDate from, String fromName,
      LocalDate to) {
    var date = InvalidSubmission.date(value, field, chineseName);
    if (date.isBefore(from) || date.isAfter(to)) {
      throw new InvalidSubmission(field, chineseName + "应在" + fromName + "（" + from + "）至今天（" + to + "）之间：" + date,
          "must lie between " + from + " and today (" + to + "): " + date);
    }
    return date;
  }

  /**
   * The figures of a medical event under the given variable names; all zero for other events, where any amount
   * given must be zero. The others' payments cannot exceed the compliant costs.
   */
  static Figures figures(Map<String, Object> submitted, EventType type, String costs, String basic,
      String critical, String waivers, String aid) {
    var zero = type.medical() ? null : 0L;
    long compliant = yuan(submitted.get(costs), costs, "合规医疗费用", zero);
    var figures = new Figures(compliant, yuan(submitted.get(basic), basic, "基本医保已报销", 0L),
        yuan(submitted.get(critical), critical, "大病保险已报销", 0L), yuan(submitted.get(waivers), waivers, "医院减免", 0L),
        yuan(submitted.get(aid), aid, "医疗救助已支付", 0L));
    if (!type.medical() && !figures.equals(Figures.NONE)) {
      throw new InvalidSubmission(costs, type.label() + "按固定保额赔付，不填医疗费用",
          type.code() + " pays a fixed sum: leave the medical figures empty");
    }
    if (type.medical() && compliant == 0) {
      throw new InvalidSubmission(costs, "合规医疗费用应大于 0", "the compliant costs must be more than 0");
    }
    if (figures.paidByOthersFen() > compliant) {
      throw new InvalidSubmission(basic, "基本医保、大病保险、医院减免和医疗救助合计 " + Yuan.format(figures.paidByOthersFen())
          + " 元，超过合规医疗费用 " + Yuan.format(compliant) + " 元", "what others paid (" + Yuan.format(figures.paidByOthersFen())
          + " yuan) exceeds the compliant costs (" + Yuan.format(compliant) + " yuan)");
    }
    return figures;
  }

  static Figures reported(Map<String, Object> submitted, EventType type) {
    return figures(submitted, type, Variables.COMPLIANT_COSTS, Variables.BASIC_INSURANCE_PAID,
        Variables.CRITICAL_ILLNESS_PAID, Variables.HOSPITAL_WAIVERS, Variables.MEDICAL_AID_PAID);
  }

  static Figures verified(Map<String, Object> submitted, EventType type) {
    return figures(submitted, type, Variables.VERIFIED_COMPLIANT_COSTS, Variables.VERIFIED_BASIC_INSURANCE_PAID,
        Variables.VERIFIED_CRITICAL_ILLNESS_PAID, Variables.VERIFIED_HOSPITAL_WAIVERS, Variables.VERIFIED_MEDICAL_AID_PAID);
  }
}
