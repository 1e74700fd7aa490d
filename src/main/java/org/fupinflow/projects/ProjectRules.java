package org.fupinflow.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.fundledger.FundLevel;

/**
 * What a project must carry to enter the library. Every refusal names the field in Chinese and English
 * (e.g. {@code 预算数（budgetYuan）必须大于0 / budgetYuan: must be greater than 0}).
 */
final class ProjectRules {

  /** 项目编码 as in 004: 475-0401-YSN-8HGE, 000-9999-JSN-PTH6 (unit, budget class, project type, serial). */
  static final Pattern CODE = Pattern.compile("\\d{3}-\\d{4}-[A-Z]{3}-[A-Z0-9]{4}");
  static final Pattern DISTRICT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** 004's largest project is 41,770,000 yuan; ten billion is a typing error, and fits fen in a BIGINT. */
  static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");
  static final BigDecimal HUNDRED = new BigDecimal("100");
  static final int MAX_INDICATORS = 50;

  private ProjectRules() {
  }

  /** The draft checked and normalised (trimmed, code upper-case, budget and percents scale 2). */
  static Project check(ProjectDraft draft) {
    var district = required(draft.district(), "district", "区县", 64);
    if (!DISTRICT.matcher(district).matches()) {
      throw invalid("district", "区县", "应为区县代码（如 daoli）：" + district, "expected a district id such as daoli: " + district);
    }
    var code = required(draft.code(), "code", "项目编码", 32).toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw invalid("code", "项目编码", "格式应如 475-0401-YSN-8HGE：" + code,
          "expected the form 475-0401-YSN-8HGE (3 digits, 4 digits, 3 letters, 4 letters or digits): " + code);
    }
    var name = required(draft.name(), "name", "项目名称", 200);
    var fundLine = required(draft.fundLine(), "fundLine", "资金名称", 100);
    var purpose = required(draft.purpose(), "purpose", "资金用途", 500);
    NegativeList.termIn(purpose).ifPresent(term -> {
      throw invalid("purpose", "资金用途", "：" + NegativeList.chinese(purpose, term), NegativeList.english(purpose, term));
    });
    var budget = budget(draft.budgetYuan());
    var plan = plan(draft.spendingPlan());
    var indicators = indicators(draft.indicators());
    return new Project(district, code, name, fundLine, budget, purpose, plan, indicators, null, null, null, null,
        EntryRoute.DIRECT, null, null);
  }

  static BigDecimal budget(BigDecimal amount) {
    if (amount == null) {
      throw invalid("budgetYuan", "预算数", "必填（元）", "an amount in yuan is required");
    }
    if (amount.signum() <= 0) {
      throw invalid("budgetYuan", "预算数", "必须大于0：" + amount.toPlainString(), "must be greater than 0: " + amount.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid("budgetYuan", "预算数", "最多精确到分（两位小数）：" + amount.toPlainString(),
          "at most two decimals (fen): " + amount.toPlainString());
    }
    if (amount.compareTo(MAX_BUDGET) > 0) {
      throw invalid("budgetYuan", "预算数", "金额过大：" + amount.toPlainString(), "amount too large: " + amount.toPlainString());
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  static Project.SpendingPlan plan(Project.SpendingPlan plan) {
    if (plan == null) {
      throw invalid("spendingPlan", "资金支出计划", "必填（3月底、6月底、10月底、12月底累计%）",
          "required: cumulative percent by the end of March, June, October and December");
    }
    var march = percent(plan.march(), "spendingPlan.march", "资金支出计划3月底");
    var june = percent(plan.june(), "spendingPlan.june", "资金支出计划6月底");
    var october = percent(plan.october(), "spendingPlan.october", "资金支出计划10月底");
    var december = percent(plan.december(), "spendingPlan.december", "资金支出计划12月底");
    if (june.compareTo(march) < 0) {
      throw notCumulative("spendingPlan.june", "资金支出计划6月底", "3月底", "March");
    }
    if (october.compareTo(june) < 0) {
      throw notCumulative("spendingPlan.october", "资金支出计划10月底", "6月底", "June");
    }
    if (december.compareTo(october) < 0) {
      throw notCumulative("spendingPlan.december", "资金支出计划12月底", "10月底", "October");
    }
    if (december.compareTo(HUNDRED) != 0) {
      throw invalid("spendingPlan.december", "资金支出计划12月底", "应为100（年底支出完毕）：" + december.toPlainString(),
          "must be 100 (all spent by the end of the year): " + december.toPlainString());
    }
    return new Project.SpendingPlan(march, june, october, december);
  }

  private static BigDecimal percent(BigDecimal value, String field, String chineseName) {
    if (value == null) {
      throw invalid(field, chineseName, "必填（累计百分比0–100）", "a cumulative percent 0–100 is required");
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw invalid(field, chineseName, "应在0到100之间：" + value.toPlainString(), "must be between 0 and 100: " + value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw invalid(field, chineseName, "最多两位小数：" + value.toPlainString(), "at most two decimals: " + value.toPlainString());
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static InvalidRequestException notCumulative(String field, String chineseName, String before, String beforeEnglish) {
    return invalid(field, chineseName, "为累计比例，不能小于" + before, "is cumulative and may not be less than " + beforeEnglish);
  }

  static List<Project.Indicator> indicators(List<Project.Indicator> indicators) {
    if (indicators == null || indicators.isEmpty()) {
      throw invalid("indicators", "绩效指标", "必填：没有绩效目标的项目不得入库（至少一项产出指标和一项效益指标）",
          "required: a project without performance goals may not enter the library (at least one output and one "
              + "benefit indicator)");
    }
    if (indicators.size() > MAX_INDICATORS) {
      throw invalid("indicators", "绩效指标", "最多" + MAX_INDICATORS + "项", "at most " + MAX_INDICATORS + " indicators");
    }
    var checked = new ArrayList<Project.Indicator>();
    for (int i = 0; i < indicators.size(); i++) {
      checked.add(indicator(indicators.get(i), "indicators[" + i + "]", "第" + (i + 1) + "项绩效指标"));
    }
    for (var needed : List.of(IndicatorLevel.OUTPUT, IndicatorLevel.BENEFIT)) {
      if (checked.stream().noneMatch(indicator -> needed.label().equals(indicator.level()))) {
        var english = needed == IndicatorLevel.OUTPUT ? "output" : "benefit";
        throw invalid("indicators", "绩效指标", "缺少" + needed.label() + "：没有绩效目标的项目不得入库",
            "at least one " + english + " indicator (" + needed.label() + ") is required: a project without "
                + "performance goals may not enter the library");
      }
    }
    return checked;
  }

  private static Project.Indicator indicator(Project.Indicator indicator, String field, String chineseName) {
    if (indicator == null) {
      throw invalid(field, chineseName, "不能为空", "must not be empty");
    }
    var levelText = required(indicator.level(), field + ".level", chineseName + "一级指标", 20);
    var level = IndicatorLevel.of(levelText).orElseThrow(() -> invalid(field + ".level", chineseName + "一级指标",
        "应为" + IndicatorLevel.labels() + "之一：" + levelText,
        "must be one of " + IndicatorLevel.labels() + ": " + levelText));
    var category = required(indicator.category(), field + ".category", chineseName + "二级指标", 40);
    if (!level.categories().contains(category)) {
      throw invalid(field + ".category", chineseName + "二级指标",
          level.label() + "下应为" + String.join("、", level.categories()) + "之一：" + category,
          "under " + level.label() + " must be one of " + String.join(", ", level.categories()) + ": " + category);
    }
    var name = required(indicator.name(), field + ".name", chineseName + "三级指标", 200);
    var target = required(indicator.target(), field + ".target", chineseName + "指标值", 100);
    return new Project.Indicator(level.label(), category, name, target);
  }

  private static String required(String value, String field, String chineseName, int maxLength) {
    if (value == null || value.isBlank()) {
      throw invalid(field, chineseName, "必填", "is required");
    }
    var text = value.strip();
    if (text.length() > maxLength) {
      throw invalid(field, chineseName, "不能超过" + maxLength + "字", "at most " + maxLength + " characters");
    }
    return text;
  }

  /** A body that names its district or code must name the path's: the path says which project is changed. */
  static void requireSameAsPath(String district, String code, String bodyDistrict, String bodyCode) {
    if (bodyDistrict != null && !bodyDistrict.isBlank() && !bodyDistrict.strip().equals(district)) {
      throw invalid("district", "区县", "与路径不一致：" + bodyDistrict, "differs from the path: " + bodyDistrict);
    }
    if (bodyCode != null && !bodyCode.isBlank() && !bodyCode.strip().equalsIgnoreCase(code)) {
      throw invalid("code", "项目编码", "不能修改（与路径不一致）：" + bodyCode, "cannot be changed (differs from the path): "
          + bodyCode);
    }
  }

  /** 资金级次 as an official writes it (CITY or 市级 …); {@code required} false lets it be left out (null). */
  static FundLevel fundLevel(String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw invalid("fundLevel", "资金级次", "必填（中央、省级、市级或区级）", "required: CENTRAL, PROVINCE, CITY or DISTRICT");
      }
      return null;
    }
    return FundLevel.parse(value).orElseThrow(() -> invalid("fundLevel", "资金级次", "应为中央、省级、市级或区级：" + value,
        "must be CENTRAL, PROVINCE, CITY or DISTRICT: " + value));
  }

  static InvalidRequestException invalid(String field, String chineseName, String chinese, String english) {
    return InvalidRequestException.invalidField(field, chineseName, chinese, english);
  }
}
