package org.fupinflow.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fupinflow.projects.Project.Indicator;
import org.fupinflow.projects.Project.SpendingPlan;

/** Projects as officials would send them, in the manner of 004's goal tables. */
final class Drafts {

  private Drafts() {
  }

  /** A code no other test uses, e.g. 230-0102-CYF-7K3Q (tests may share a PostgreSQL database). */
  static String freshCode() {
    return "230-0102-TST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
  }

  static ProjectDraft anIndustryProject(String district, String code) {
    return new ProjectDraft(district, code, "太平镇肉牛养殖产业扶贫项目", "非重点村产业扶贫产业发展资金",
        "购置基础母牛，收益用于带动贫困户增收", new BigDecimal("120000.50"),
        new SpendingPlan(new BigDecimal("20.00"), new BigDecimal("50.00"), new BigDecimal("70.00"), new BigDecimal("100.00")),
        goals());
  }

  static List<Indicator> goals() {
    return List.of(
        new Indicator("产出指标", "数量指标", "购置基础母牛", "≥60头"),
        new Indicator("产出指标", "时效指标", "扶助资金到位率", "≥90%"),
        new Indicator("效益指标", "社会效益指标", "确保资助项目政治导向正确", "≤1个"),
        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"));
  }

  static ProjectDraft withBudget(ProjectDraft draft, BigDecimal budget) {
    return new ProjectDraft(draft.district(), draft.code(), draft.name(), draft.fundLine(), draft.purpose(), budget,
        draft.spendingPlan(), draft.indicators());
  }

  static ProjectDraft withPlan(ProjectDraft draft, String march, String june, String october, String december) {
    return new ProjectDraft(draft.district(), draft.code(), draft.name(), draft.fundLine(), draft.purpose(),
        draft.budgetYuan(), new SpendingPlan(decimal(march), decimal(june), decimal(october), decimal(december)),
        draft.indicators());
  }

  static ProjectDraft withIndicators(ProjectDraft draft, List<Indicator> indicators) {
    return new ProjectDraft(draft.district(), draft.code(), draft.name(), draft.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), indicators);
  }

  static ProjectDraft withCode(ProjectDraft draft, String code) {
    return new ProjectDraft(draft.district(), code, draft.name(), draft.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
  }

  static ProjectDraft withPurpose(ProjectDraft draft, String purpose) {
    return new ProjectDraft(draft.district(), draft.code(), draft.name(), draft.fundLine(), purpose,
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
  }

  /** The draft as the JSON body of {@code /api/projects}, with numbers as JSON numbers. */
  static Map<String, Object> json(ProjectDraft draft) {
    var indicators = new ArrayList<Map<String, Object>>();
    for (var indicator : draft.indicators()) {
      indicators.add(Map.of("level", indicator.level(), "category", indicator.category(), "name", indicator.name(),
          "target", indicator.target()));
    }
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("district", draft.district());
    body.put("code", draft.code());
    body.put("name", draft.name());
    body.put("fundLine", draft.fundLine());
    body.put("purpose", draft.purpose());
    body.put("budgetYuan", draft.budgetYuan());
    body.put("spendingPlan", Map.of("march", draft.spendingPlan().march(), "june", draft.spendingPlan().june(),
        "october", draft.spendingPlan().october(), "december", draft.spendingPlan().december()));
    body.put("indicators", indicators);
    return body;
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
