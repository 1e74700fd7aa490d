package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 002's total and grade: a national poverty county is scored on 100 points; any other county lacks item 7
 * (资金统筹整合使用成效, 16 points), is scored on 84 and converted to the 100 scale (第七条). Grades (第十一条): 优秀 ≥ 90,
 * 良好 80–&lt;90, 及格 60–&lt;80, 不及格 &lt; 60.
 */
final class Grading {

  static final int FULL_SCALE = 100;
  static final int NON_POOR_SCALE = 84;

  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private Grading() {
  }

  static int scale(boolean nationalPovertyCounty) {
    return nationalPovertyCounty ? FULL_SCALE : NON_POOR_SCALE;
  }

  static String scaleReason(boolean nationalPovertyCounty) {
    return nationalPovertyCounty
        ? "国家级贫困县：9项基础指标满分100分 / national poverty county: 100 points"
        : "非国家级贫困县不考核资金统筹整合使用成效（16分），满分84分，折算为百分制：总分=得分×100÷84 / not a national"
            + " poverty county: item 7 (16 points) does not apply, scored on 84 points and converted to 100: total ="
            + " raw × 100 / 84, 2 decimals half up";
  }

  /** The total on the 100 scale: raw × 100 / 84 for a non-poor county, 2 decimals half up; else the raw total. */
  static BigDecimal total(BigDecimal raw, boolean nationalPovertyCounty) {
    if (nationalPovertyCounty) {
      return raw.setScale(2, RoundingMode.HALF_UP);
    }
    return raw.multiply(BigDecimal.valueOf(FULL_SCALE)).divide(BigDecimal.valueOf(NON_POOR_SCALE), 2,
        RoundingMode.HALF_UP);
  }

  static String grade(BigDecimal total) {
    if (total.compareTo(NINETY) >= 0) {
      return "优秀";
    }
    if (total.compareTo(EIGHTY) >= 0) {
      return "良好";
    }
    return total.compareTo(SIXTY) >= 0 ? "及格" : "不及格";
  }
}
