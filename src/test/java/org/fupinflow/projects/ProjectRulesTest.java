package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.withBudget;
import static org.fupinflow.projects.Drafts.withCode;
import static org.fupinflow.projects.Drafts.withIndicators;
import static org.fupinflow.projects.Drafts.withPlan;
import static org.fupinflow.projects.Drafts.withPurpose;

import java.math.BigDecimal;
import java.util.List;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.projects.Project.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectRulesTest {

  private final ProjectDraft draft = anIndustryProject("daoli", "230-0102-CYF-0007");

  @ParameterizedTest
  @ValueSource(strings = {"475-0401-YSN-8HGE", "000-9999-JSN-PTH6", "475-0501-YXN-6RWU", "475-0501-yxn-a2wi"})
  void codesShapedLikeThoseOf004AreAccepted(String code) {
    assertThat(ProjectRules.check(withCode(draft, code)).code()).isEqualTo(code.toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(strings = {"475-0401-YSN", "4750401YSN8HGE", "475-401-YSN-8HGE", "475-0401-Y5N-8HGE", "项目一"})
  void otherCodesAreRefusedNamingTheField(String code) {
    assertThatThrownBy(() -> ProjectRules.check(withCode(draft, code)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("项目编码（code）")
        .hasMessageContaining("code: expected the form 475-0401-YSN-8HGE");
  }

  @Test
  void budgetIsKeptExactlyWithScaleTwo() {
    assertThat(ProjectRules.check(withBudget(draft, new BigDecimal("41770000"))).budgetYuan())
        .isEqualTo(new BigDecimal("41770000.00"));
    assertThat(ProjectRules.check(withBudget(draft, new BigDecimal("0.01"))).budgetYuan()).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void budgetOfZeroOrBelowOrWithFractionsOfFenIsRefused() {
    assertThatThrownBy(() -> ProjectRules.check(withBudget(draft, BigDecimal.ZERO)))
        .hasMessageStartingWith("预算数（budgetYuan）必须大于0").hasMessageContaining("budgetYuan: must be greater than 0");
    assertThatThrownBy(() -> ProjectRules.check(withBudget(draft, new BigDecimal("-5"))))
        .hasMessageContaining("budgetYuan: must be greater than 0");
    assertThatThrownBy(() -> ProjectRules.check(withBudget(draft, new BigDecimal("100.001"))))
        .hasMessageStartingWith("预算数（budgetYuan）最多精确到分").hasMessageContaining("budgetYuan: at most two decimals");
    assertThatThrownBy(() -> ProjectRules.check(withBudget(draft, null))).hasMessageContaining("budgetYuan: an amount");
  }

  @Test
  void spendingPlanMustBeCumulativeAndEndAtOneHundred() {
    assertThat(ProjectRules.check(withPlan(draft, "0", "0", "100", "100")).spendingPlan().october())
        .isEqualTo(new BigDecimal("100.00"));
    assertThatThrownBy(() -> ProjectRules.check(withPlan(draft, "50", "40", "70", "100")))
        .hasMessageStartingWith("资金支出计划6月底（spendingPlan.june）为累计比例")
        .hasMessageContaining("spendingPlan.june: is cumulative");
    assertThatThrownBy(() -> ProjectRules.check(withPlan(draft, "20", "50", "70", "90")))
        .hasMessageContaining("spendingPlan.december: must be 100");
    assertThatThrownBy(() -> ProjectRules.check(withPlan(draft, "-1", "50", "70", "100")))
        .hasMessageContaining("spendingPlan.march: must be between 0 and 100");
    assertThatThrownBy(() -> ProjectRules.check(withPlan(draft, null, "50", "70", "100")))
        .hasMessageContaining("spendingPlan.march: a cumulative percent");
  }

  @Test
  void aProjectWithoutIndicatorsMayNotEnterTheLibrary() {
    assertThatThrownBy(() -> ProjectRules.check(withIndicators(draft, List.of())))
        .hasMessageStartingWith("绩效指标（indicators）必填：没有绩效目标的项目不得入库")
        .hasMessageContaining("a project without performance goals may not enter the library");
  }

  @Test
  void goalsNeedAnOutputAndABenefitIndicator() {
    var onlySatisfaction = List.of(new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        new Indicator("产出指标", "数量指标", "参保人数", "≥100人"));
    assertThatThrownBy(() -> ProjectRules.check(withIndicators(draft, onlySatisfaction)))
        .hasMessageContaining("缺少效益指标").hasMessageContaining("benefit indicator");
  }

  @Test
  void theHeading效果指标Of004IsRecordedAs效益指标() {
    var goals = List.of(new Indicator("产出指标", "时效指标", "扶助资金到位率", "≥100%"),
        new Indicator("效果指标", "社会效益指标", "确保资助项目政治导向正确", "≤1个"));
    assertThat(ProjectRules.check(withIndicators(draft, goals)).indicators())
        .extracting(Indicator::level).containsExactly("产出指标", "效益指标");
  }

  @Test
  void indicatorsNameTheirPositionLevelCategoryAndTarget() {
    var unknownLevel = List.of(Drafts.goals().get(0), new Indicator("影响指标", "社会效益指标", "x", "≥1"));
    assertThatThrownBy(() -> ProjectRules.check(withIndicators(draft, unknownLevel)))
        .hasMessageContaining("indicators[1].level: must be one of 产出指标、效益指标、满意度指标");
    var wrongCategory = List.of(new Indicator("产出指标", "社会效益指标", "x", "≥1"), Drafts.goals().get(2));
    assertThatThrownBy(() -> ProjectRules.check(withIndicators(draft, wrongCategory)))
        .hasMessageStartingWith("第1项绩效指标二级指标（indicators[0].category）")
        .hasMessageContaining("indicators[0].category: under 产出指标 must be one of");
    var blankTarget = List.of(Drafts.goals().get(0), new Indicator("效益指标", "社会效益指标", "群众增收", " "));
    assertThatThrownBy(() -> ProjectRules.check(withIndicators(draft, blankTarget)))
        .hasMessage("第2项绩效指标指标值（indicators[1].target）必填 / indicators[1].target: is required");
  }

  @Test
  void aPurposeOnTheNegativeListIsRefused() {
    assertThatThrownBy(() -> ProjectRules.check(withPurpose(draft, "脱贫办工作经费")))
        .hasMessageStartingWith("资金用途（purpose）")
        .hasMessageContaining("负面清单：工作经费、宣传费以及交通通讯费等不得列入专项扶贫资金支出")
        .hasMessageContaining("purpose: the use \"脱贫办工作经费\" is on the negative list");
  }
}
