package org.fupinflow.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.demo.DemoOfficials;
import org.fupinflow.projects.ProjectApprovalProcess.Decisions;
import org.fupinflow.projects.ProjectApprovalProcess.Elements;
import org.fupinflow.projects.ProjectApprovalProcess.Variables;
import org.fupinflow.security.CamundaIdentity;
import org.fupinflow.projects.Project.Indicator;
import org.fupinflow.projects.Project.SpendingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: three projects in the library of 道里区, one per fund line the disbursement demo allocates from —
 * Harbin's poverty-prevention subsidy (哈财指（农）〔2020〕590号, seed 000), the poverty insurance subsidy and
 * industry projects (fund lines as in 001) — with goal tables in the manner of 004. The first is for city-level funds,
 * so it goes the whole way as the officials would: 张伟 of 新农镇 applies on 14 December 2020, 陈静 (道里区扶贫办)
 * approves on 16 December, 孙丽 (市扶贫办) re-reviews it into the library on 18 December (the engine clock is set to each
 * day while its step runs). The other two are the district's direct entries of 2 March 2020. One more application
 * of 新农镇, made today, waits for 陈静's review in Tasklist.
 */
@Component
@Profile("demo")
@Order(10)
class DemoProjects implements ApplicationRunner {

  static final String DISTRICT = "daoli";
  /** The fund line as 哈财指（农）〔2020〕590号 issues it (seed 000, Annex 1). */
  static final String HARBIN_FUND_LINE = "农村人口精准防贫机制市级补助资金";
  static final String INSURANCE_FUND_LINE = "扶贫特惠保险补助";
  static final String INDUSTRY_FUND_LINE = "非重点村产业扶贫产业发展资金";

  static final List<ProjectDraft> PROJECTS = List.of(
      // 道里区's share of 000 (16,005.30) and its 1:1 matching funds, for the poverty-prevention insurance fund.
      new ProjectDraft(DISTRICT, "230-0102-FPJ-0001", "2020年道里区农村人口精准防贫机制", HARBIN_FUND_LINE,
          "补充2020年哈尔滨市农村人口精准防贫保险基金", new BigDecimal("32010.60"),
          plan("0.00", "0.00", "0.00", "100.00"), List.of(
              new Indicator("产出指标", "质量指标", "监测对象政策知晓率", "=100%"),
              new Indicator("产出指标", "质量指标", "救助率", "=100%"),
              new Indicator("产出指标", "时效指标", "救助金及时发放（自提请保险公司核查之日起）", "≤30个工作日"),
              new Indicator("效益指标", "社会效益指标", "不发生致贫、返贫和加深贫困", "=0户"),
              new Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", ">90%"))),
      new ProjectDraft(DISTRICT, "230-0102-TBX-0002", "2020年道里区扶贫特惠保险", INSURANCE_FUND_LINE,
          "为建档立卡贫困人口和即时帮扶人口购买扶贫特惠保险", new BigDecimal("45800.00"),
          plan("30.00", "100.00", "100.00", "100.00"), List.of(
              new Indicator("产出指标", "数量指标", "参保人数", "≥100人"),
              new Indicator("产出指标", "时效指标", "保费拨付及时率", "=100%"),
              new Indicator("产出指标", "成本指标", "人均保费", "≤458元"),
              new Indicator("效益指标", "社会效益指标", "因病因灾致贫返贫户数", "=0户"),
              new Indicator("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"))),
      new ProjectDraft(DISTRICT, "230-0102-CYF-0003", "新农镇食用菌产业扶贫大棚", INDUSTRY_FUND_LINE,
          "新建食用菌生产大棚，收益用于带动贫困户增收", new BigDecimal("300000.00"),
          plan("0.00", "40.00", "90.00", "100.00"), List.of(
              new Indicator("产出指标", "数量指标", "新建食用菌大棚", "≥20个"),
              new Indicator("产出指标", "质量指标", "项目验收合格率", "=100%"),
              new Indicator("产出指标", "时效指标", "项目完工时间", "≤2020年10月底"),
              new Indicator("效益指标", "经济效益指标", "带动贫困户年均增收", "≥1000元"),
              new Indicator("效益指标", "可持续影响指标", "项目持续发挥效益年限", "≥5年"),
              new Indicator("满意度指标", "服务对象满意度指标", "受益贫困户满意度", "≥90%"))));

  /** 新农镇's application that waits for the district's review. */
  static final ProjectApplicationDraft WAITING = new ProjectApplicationDraft(DISTRICT, "230-0102-CYF-0004", "xinnong",
      "新农镇黑木耳产业扶贫基地", INDUSTRY_FUND_LINE, "CENTRAL", "建设黑木耳种植基地，收益用于带动贫困户增收",
      new BigDecimal("150000.00"), plan("0.00", "30.00", "80.00", "100.00"), List.of(
          new Indicator("产出指标", "数量指标", "黑木耳种植规模", "≥10万袋"),
          new Indicator("产出指标", "质量指标", "项目验收合格率", "=100%"),
          new Indicator("效益指标", "经济效益指标", "带动贫困户年均增收", "≥800元"),
          new Indicator("满意度指标", "服务对象满意度指标", "受益贫困户满意度", "≥90%")));

  private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

  private final ProjectLibrary library;
  private final ProjectApplications applications;
  private final CamundaIdentity identity;
  private final DemoOfficials officials;
  private final RuntimeService runtimeService;

  DemoProjects(ProjectLibrary library, ProjectApplications applications, CamundaIdentity identity,
      DemoOfficials officials, RuntimeService runtimeService) {
    this.library = library;
    this.applications = applications;
    this.identity = identity;
    this.officials = officials;
    this.runtimeService = runtimeService;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      applyAndApprove(application(PROJECTS.get(0), "CITY"));
      for (var draft : PROJECTS.subList(1, PROJECTS.size())) {
        if (library.find(draft.district(), draft.code()).isEmpty()) {
          library.create(ProjectRules.check(draft), "chenjing", ChinaTime.morningOf(LocalDate.of(2020, 3, 2)).toInstant());
          log.info("Demo project {} {} ({}), entered directly", draft.code(), draft.name(), draft.fundLine());
        }
      }
      DemoOfficials.backToNow();
      if (applications.find(WAITING.district(), WAITING.code()).isEmpty()) {
        apply(WAITING);
      }
    } catch (ApiRefusal e) {
      // Another node of the cluster seeded it first (409).
      log.info("Demo projects already seeded: {}", e.getMessage());
    } finally {
      DemoOfficials.backToNow();
    }
  }

  private void applyAndApprove(ProjectApplicationDraft draft) {
    if (applications.find(draft.district(), draft.code()).isPresent()) {
      return;
    }
    DemoOfficials.on(LocalDate.of(2020, 12, 14));
    apply(draft);
    var caseId = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ProjectApprovalProcess.businessKey(draft.district(), draft.code())).singleResult()
        .getId();
    DemoOfficials.on(LocalDate.of(2020, 12, 16));
    officials.complete("chenjing", caseId, Elements.TASK_DISTRICT_REVIEW, Map.of(Variables.REVIEW_DECISION,
        Decisions.APPROVE, Variables.REVIEW_OPINION, "符合防贫资金使用范围，绩效目标完整，同意报市复核"));
    DemoOfficials.on(LocalDate.of(2020, 12, 18));
    officials.complete("sunli", caseId, Elements.TASK_CITY_REVIEW, Map.of(Variables.REVIEW_DECISION,
        Decisions.APPROVE, Variables.REVIEW_OPINION, "复核同意，纳入项目库"));
    log.info("Demo project {} {} ({}), applied by 新农镇, reviewed by 道里区 and re-reviewed by the city", draft.code(),
        draft.name(), draft.fundLine());
  }

  private void apply(ProjectApplicationDraft draft) {
    var zhangwei = identity.principalOf("zhangwei");
    identity.callAs(zhangwei, () -> applications.apply(draft, zhangwei));
  }

  private static ProjectApplicationDraft application(ProjectDraft draft, String fundLevel) {
    return new ProjectApplicationDraft(draft.district(), draft.code(), "xinnong", draft.name(), draft.fundLine(),
        fundLevel, draft.purpose(), draft.budgetYuan(), draft.spendingPlan(), draft.indicators());
  }

  private static SpendingPlan plan(String march, String june, String october, String december) {
    return new SpendingPlan(new BigDecimal(march), new BigDecimal(june), new BigDecimal(october), new BigDecimal(december));
  }
}
