package org.fupinflow.evaluation;

import java.util.List;

/** The items of 002's scoring table scored from evidence the counties submit: not computed by this product yet. */
final class NotComputedItems {

  private static final String EVIDENCE = "需县级上报佐证材料，尚未建设录入功能 / scored from evidence the county submits;"
      + " entering it is not built yet";

  static final List<EvaluationReport.NotComputed> ALL = List.of(
      new EvaluationReport.NotComputed("1", "县本级预算安排财政专项扶贫资金增幅 / Growth of the county's own budget", "3",
          EVIDENCE),
      new EvaluationReport.NotComputed("1", "县本级预算安排与省安排本县资金的比例 / County's own budget against the"
          + " provincial funds", "2", EVIDENCE),
      new EvaluationReport.NotComputed("4", "信息公开和公告公示制度建设和执行 / Information disclosure and public notices",
          "10", "县级5分、村级5分，评价制度和平台建设及公开情况；公示栏只记录已公示的拨付，不足以计分 / 5 points county, 5"
              + " village level, for rules, platforms and what was disclosed; the public boards record only the"
              + " disbursements published, not enough to score it"),
      new EvaluationReport.NotComputed("5", "监督检查制度建设和执行 / Supervision and inspection", "10", EVIDENCE),
      new EvaluationReport.NotComputed("7", "资金统筹整合使用成效 / Integrated use of agricultural funds (20 national"
          + " poverty counties only)", "16", EVIDENCE),
      new EvaluationReport.NotComputed("8", "贫困人口减少 / Reduction of the poor population", "15", EVIDENCE),
      new EvaluationReport.NotComputed("9", "精准使用情况 / Targeted use", "15", EVIDENCE),
      new EvaluationReport.NotComputed("10", "机制创新 / Innovation (bonus)", "+3", EVIDENCE),
      new EvaluationReport.NotComputed("11", "违规违纪 / Violations (deduction)", "-10", EVIDENCE));

  private NotComputedItems() {
  }
}
