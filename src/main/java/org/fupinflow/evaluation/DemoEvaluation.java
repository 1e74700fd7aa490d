package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.evaluation.PerformanceEvaluationProcess.Elements;
import org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables;
import org.fupinflow.security.ApplicationStarts;
import org.fupinflow.demo.DemoOfficials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: 道里区's performance evaluation of 2020 through its real case, after the demo's funds of 2020
 * ({@code DemoFunds}) — opened on 1 December 2020, 陈静 submits the materials on 24 December, 孙丽 enters the
 * evidence items and scores on 4 January 2021, and the grade is published (the engine clock is set to each day while
 * its step runs). {@code /api/evaluation?district=daoli&year=2020} then shows every indicator with its points and the
 * grade, and {@code /public/evaluations?year=2020} the published grade.
 */
@Component
@Profile("demo")
@Order(30)
class DemoEvaluation implements ApplicationRunner {

  static final String DISTRICT = "daoli";
  static final int YEAR = 2020;
  /** The city's points for the items scored from evidence, each with the document it rests on. */
  static final Map<String, Object[]> EVIDENCE = new LinkedHashMap<>();

  static {
    EVIDENCE.put("1a", new Object[] {"2.50", "道里区2020年预算（道财预〔2020〕1号）：区本级专项扶贫资金增长12%"});
    EVIDENCE.put("1b", new Object[] {"2.00", "道财预〔2020〕1号：区本级安排与省安排资金之比 1:4"});
    EVIDENCE.put("5", new Object[] {"9.00", "道扶组发〔2020〕8号 扶贫资金监督检查办法及检查记录"});
    EVIDENCE.put("8", new Object[] {"14.00", "哈尔滨市扶贫开发信息系统2020年度贫困人口减少统计"});
    EVIDENCE.put("9", new Object[] {"13.50", "哈扶贫办〔2021〕2号 2020年度精准使用情况核查"});
    EVIDENCE.put("10", new Object[] {"1.00", "道扶组发〔2020〕15号 防贫保险机制创新"});
    EVIDENCE.put("11", new Object[] {"0.00", "哈审〔2021〕3号 审计未发现违规违纪"});
  }

  private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ApplicationStarts applicationStarts;
  private final DemoOfficials officials;
  private final EvaluationEvidence evidence;

  DemoEvaluation(RuntimeService runtimeService, HistoryService historyService, ApplicationStarts applicationStarts,
      DemoOfficials officials, EvaluationEvidence evidence) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.applicationStarts = applicationStarts;
    this.officials = officials;
    this.evidence = evidence;
  }

  @Override
  public void run(ApplicationArguments args) {
    var businessKey = PerformanceEvaluationProcess.businessKey(DISTRICT, YEAR);
    if (historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
      return;
    }
    try {
      DemoOfficials.on(LocalDate.of(2020, 12, 1));
      var caseId = applicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PerformanceEvaluationProcess.KEY,
          businessKey, Map.of(Variables.DISTRICT_CODE, DISTRICT, Variables.EVALUATION_YEAR, String.valueOf(YEAR))))
          .getId();

      DemoOfficials.on(LocalDate.of(2020, 12, 24));
      officials.complete("chenjing", caseId, Elements.TASK_SUBMIT_MATERIALS, Map.of(
          Variables.MATERIALS_DOCUMENTS, "道扶组发〔2020〕20号 道里区2020年度财政专项扶贫资金绩效自评报告\n"
              + "道扶组发〔2020〕21号 2020年扶贫开发计划执行情况总结",
          Variables.MATERIALS_COMPLETE, true));

      DemoOfficials.on(LocalDate.of(2021, 1, 4));
      EVIDENCE.forEach((item, entry) -> evidence.enter(DISTRICT, YEAR, item, new BigDecimal((String) entry[0]),
          (String) entry[1], "sunli", ChinaTime.now()));
      officials.complete("sunli", caseId, Elements.TASK_SCORE_EVIDENCE, Map.of());
      log.info("Demo evaluation: 道里区 {} scored and its grade published", YEAR);
    } finally {
      DemoOfficials.backToNow();
    }
  }


}
