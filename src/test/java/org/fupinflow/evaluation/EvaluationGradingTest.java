package org.fupinflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 002's scale (84 points converted to 100 for a county that is not a national poverty county) and grades. */
class EvaluationGradingTest {

  @Test
  void gradesChangeAt90And80And60() {
    assertThat(Grading.grade(new BigDecimal("100.00"))).isEqualTo("优秀");
    assertThat(Grading.grade(new BigDecimal("90.00"))).isEqualTo("优秀");
    assertThat(Grading.grade(new BigDecimal("89.99"))).isEqualTo("良好");
    assertThat(Grading.grade(new BigDecimal("80.00"))).isEqualTo("良好");
    assertThat(Grading.grade(new BigDecimal("79.99"))).isEqualTo("及格");
    assertThat(Grading.grade(new BigDecimal("60.00"))).isEqualTo("及格");
    assertThat(Grading.grade(new BigDecimal("59.99"))).isEqualTo("不及格");
    assertThat(Grading.grade(new BigDecimal("-10.00"))).isEqualTo("不及格");
  }

  @Test
  void aNonPoorCountyIsScoredOn84PointsConvertedTo100() {
    assertThat(Grading.scale(false)).isEqualTo(84);
    assertThat(Grading.scale(true)).isEqualTo(100);
    // 75.60 × 100 / 84 = 90 exactly
    assertThat(Grading.total(new BigDecimal("75.60"), false)).isEqualByComparingTo("90.00");
    assertThat(Grading.grade(Grading.total(new BigDecimal("75.60"), false))).isEqualTo("优秀");
    // 84.00 → 100.00; 56.00 → 66.666… → 66.67 (half up); 0.01 → 0.0119… → 0.01
    assertThat(Grading.total(new BigDecimal("84.00"), false)).isEqualByComparingTo("100.00");
    assertThat(Grading.total(new BigDecimal("56.00"), false)).isEqualByComparingTo("66.67");
    assertThat(Grading.total(new BigDecimal("75.59"), false)).isEqualByComparingTo("89.99");
    assertThat(Grading.total(new BigDecimal("75.60"), true)).isEqualByComparingTo("75.60");
  }

  @Test
  void itemsAndTheirRanges() {
    assertThat(EvidenceItems.applicable(true)).hasSize(8);
    assertThat(EvidenceItems.applicable(false)).extracting(EvidenceItems.Item::code)
        .containsExactly("1a", "1b", "5", "8", "9", "10", "11");
    // the basic items sum to 100 with item 7 and to 84 without (with the computed 39: items 2, 3, 4 and 6)
    var basic = EvidenceItems.applicable(false).stream().filter(item -> !item.bonusOrDeduction())
        .map(EvidenceItems.Item::maximum).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(basic.add(BigDecimal.valueOf(39))).isEqualByComparingTo("84");
    assertThat(EvidenceItems.byCode("11").orElseThrow().minimum()).isEqualByComparingTo("-10");
    assertThat(EvidenceItems.byCode("10").orElseThrow().maximum()).isEqualByComparingTo("3");
  }
}
