package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The items of 002's scoring table scored from evidence the counties submit, entered by the city poverty office
 * ({@code PUT /api/evaluation/{district}/{year}/evidence/{item}}), each with the range of its points: 0 to its maximum,
 * the innovation bonus 0 to 3, the violations deduction −10 to 0. Item 7 applies to national poverty counties only.
 */
final class EvidenceItems {

  static final String INNOVATION = "10";
  static final String VIOLATIONS = "11";
  static final String INTEGRATION = "7";

  private static final String EVIDENCE = "需县级上报佐证材料，由市扶贫办录入 / scored from evidence the county submits,"
      + " entered by the city poverty office";

  /** One item: its code, name, range of points, and what its maximum reads ("+3", "-10"). */
  record Item(String code, String name, BigDecimal minimum, BigDecimal maximum, String maximumPoints, String reason) {

    boolean bonusOrDeduction() {
      return code.equals(INNOVATION) || code.equals(VIOLATIONS);
    }

    EvaluationReport.NotComputed notComputed() {
      return new EvaluationReport.NotComputed(code, name, maximumPoints, reason);
    }
  }

  static final List<Item> ALL = List.of(
      item("1a", "县本级预算安排财政专项扶贫资金增幅 / Growth of the county's own budget", 0, 3, "3", EVIDENCE),
      item("1b", "县本级预算安排与省安排本县资金的比例 / County's own budget against the provincial funds", 0, 2, "2",
          EVIDENCE),
      item("5", "监督检查制度建设和执行 / Supervision and inspection", 0, 10, "10", EVIDENCE),
      item(INTEGRATION, "资金统筹整合使用成效 / Integrated use of agricultural funds (20 national poverty counties"
          + " only)", 0, 16, "16", EVIDENCE),
      item("8", "贫困人口减少 / Reduction of the poor population", 0, 15, "15", EVIDENCE),
      item("9", "精准使用情况 / Targeted use", 0, 15, "15", EVIDENCE),
      item(INNOVATION, "机制创新 / Innovation (bonus)", 0, 3, "+3", EVIDENCE),
      item(VIOLATIONS, "违规违纪 / Violations (deduction)", -10, 0, "-10", EVIDENCE));

  private EvidenceItems() {
  }

  static Optional<Item> byCode(String code) {
    return ALL.stream().filter(item -> item.code().equals(code)).findFirst();
  }

  /** The items a county is evaluated on: all of them for a national poverty county, all but item 7 otherwise. */
  static List<Item> applicable(boolean nationalPovertyCounty) {
    return ALL.stream().filter(item -> nationalPovertyCounty || !item.code().equals(INTEGRATION)).toList();
  }

  private static Item item(String code, String name, int minimum, int maximum, String maximumPoints, String reason) {
    return new Item(code, name, BigDecimal.valueOf(minimum).setScale(2), BigDecimal.valueOf(maximum).setScale(2),
        maximumPoints, reason);
  }
}
