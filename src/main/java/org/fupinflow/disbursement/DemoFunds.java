package org.fupinflow.disbursement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupinflow.disbursement.FundDisbursementProcess.Elements;
import org.fupinflow.disbursement.FundDisbursementProcess.Variables;
import org.fupinflow.demo.DemoOfficials;
import org.fupinflow.fundnotice.FundNotices;
import org.fupinflow.security.CamundaIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo only: 道里区's special poverty funds of 2020, worked through the real cases by the officials who do it, each
 * step on its own day — the engine clock is set to that day while the step runs, as the tests move it, so every due
 * date and timer is the one the day would have had and nothing is overdue. What the province's 2020 evaluation of
 * 道里区 ({@code /api/evaluation?district=daoli&year=2020}) then computes:
 * <ul>
 *   <li>黑财指（农）〔2020〕45号, provincial, 200,000.00 on 10 March: allocated to the mushroom project on 25 March (day
 *   15), disbursed on 3 April (day 24) — on time for both indicators;</li>
 *   <li>财农〔2020〕60号, central, 100,000.00 on 14 August: allocated on 28 September (day 45, still full marks for
 *   filing), disbursed on 12 October (day 59: 1/30 of the disbursement points);</li>
 *   <li>哈财指（农）〔2020〕590号 (seed 000), city, 16,005.30 on 30 December with 1:1 matching: allocated to the
 *   poverty-prevention project on 30 December, matched on 31 December, disbursed on 12 January 2021 — so 32,010.60
 *   is carried over at the end of 2020.</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(20)
class DemoFunds implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);
  private static final String INDUSTRY = "非重点村产业扶贫产业发展资金";
  private static final String MUSHROOMS = "230-0102-CYF-0003";

  record DemoNotice(String documentNumber, LocalDate issuedOn, String level, String fundLine, String amount,
                    String matchingRatio, String project, String use, LocalDate proposedOn, LocalDate matchedOn,
                    LocalDate disbursedOn) {
  }

  static final List<DemoNotice> NOTICES = List.of(
      new DemoNotice("黑财指（农）〔2020〕45号", LocalDate.of(2020, 3, 10), "省级", INDUSTRY, "200000.00", "", MUSHROOMS,
          "新建食用菌生产大棚", LocalDate.of(2020, 3, 25), null, LocalDate.of(2020, 4, 3)),
      new DemoNotice("财农〔2020〕60号", LocalDate.of(2020, 8, 14), "中央", INDUSTRY, "100000.00", "", MUSHROOMS,
          "食用菌大棚配套设施", LocalDate.of(2020, 9, 28), null, LocalDate.of(2020, 10, 12)),
      new DemoNotice("哈财指（农）〔2020〕590号", LocalDate.of(2020, 12, 30), "市级", "农村人口精准防贫机制市级补助资金",
          "16005.30", "1:1", "230-0102-FPJ-0001", "补充农村人口精准防贫保险基金", LocalDate.of(2020, 12, 30),
          LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 12)));

  private final FundNotices notices;
  private final CamundaIdentity identity;
  private final DemoOfficials officials;
  private final JdbcTemplate jdbc;

  DemoFunds(FundNotices notices, CamundaIdentity identity, DemoOfficials officials, JdbcTemplate jdbc) {
    this.notices = notices;
    this.identity = identity;
    this.officials = officials;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      for (var notice : NOTICES) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice WHERE document_number = ?", Integer.class,
            notice.documentNumber()) == 0) {
          work(notice);
          log.info("Demo funds: {} worked through to its disbursement on {}", notice.documentNumber(),
              notice.disbursedOn());
        }
      }
    } finally {
      DemoOfficials.backToNow();
    }
  }

  private void work(DemoNotice notice) {
    DemoOfficials.on(notice.issuedOn());
    var zhoujie = identity.principalOf("zhoujie");
    var share = new FundNotices.RequestedShare("daoli", notice.amount(), null);
    identity.callAs(zhoujie, () -> notices.register(new FundNotices.Request(notice.documentNumber(),
        notice.issuedOn().toString(), notice.level(), notice.fundLine(), "2130599", "50205", "30227", "元",
        notice.matchingRatio(), List.of(share)), "demo", "zhoujie"));
    var caseId = jdbc.queryForObject("SELECT s.process_instance_id FROM fund_notice_share s JOIN fund_notice n"
        + " ON n.id = s.notice_id WHERE n.document_number = ? AND s.district = 'daoli'", String.class,
        notice.documentNumber());

    DemoOfficials.on(notice.proposedOn());
    officials.complete("chenjing", caseId, Elements.TASK_PROPOSE_ALLOCATION, Map.of(
        Variables.allocationSlot(1), "{\"projectCode\": \"" + notice.project() + "\", \"amount\": " + notice.amount()
            + ", \"use\": \"" + notice.use() + "\"}",
        Variables.PROPOSED_ON, notice.proposedOn().toString()));
    if (notice.matchedOn() != null) {
      DemoOfficials.on(notice.matchedOn());
      officials.complete("zhaolei", caseId, Elements.TASK_ARRANGE_MATCHING, Map.of(
          Variables.MATCHING_ARRANGED_ON, notice.matchedOn().toString(), Variables.MATCHING_SOURCE, "区本级预算"));
    }
    DemoOfficials.on(notice.disbursedOn());
    officials.complete("zhaolei", caseId, Elements.TASK_DISBURSE_FUNDS, Map.of(
        Variables.DISBURSEMENT_DECISION, FundDisbursementProcess.Decisions.DISBURSE,
        Variables.DISBURSED_ON, notice.disbursedOn().toString()));
  }


}
