package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.relief.InsurancePremiumProcess.Elements.END_PREMIUM_PAID;
import static org.fupinflow.relief.InsurancePremiumProcess.Elements.TASK_PAY_PREMIUM;
import static org.fupinflow.relief.InsurancePremiumProcess.Elements.TIMER_PAY_PREMIUM_OVERDUE;
import static org.fupinflow.relief.InsurancePremiumProcess.Elements.TIMER_PAY_PREMIUM_STILL_OVERDUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.fundledger.Balance;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.LedgerFilter;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.money.Yuan;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuranceDistricts;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 保费缴纳 over HTTP as the officials who do it: the district poverty office (陈静 of 道里区) starts the case for its
 * district and 2020 on Thursday 17 September 2020, district finance (赵磊) pays it. 15 days end on 2 October, in the
 * National Day holidays (1–8 October), so the step is due at the end of Friday 9 October. One premium case may live
 * per district and year: 道里区's 2020 is paid once, by the first test; the others work in districts of their own, with
 * a poverty office and a finance official of their own.
 */
@IntegrationTest
class InsurancePremiumProcessTest {

  private static final Instant STARTED = Instant.parse("2020-09-17T02:00:00Z");
  private static final Instant DUE = Instant.parse("2020-10-09T15:59:59Z");
  private static final BigDecimal PREMIUM = new BigDecimal("458.00");

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired FundLedger ledger;

  private InsuranceDistricts districts;
  private final String village = "保费村" + UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void itIsThursday17September2020() {
    ClockUtil.setCurrentTime(Date.from(STARTED));
    districts = new InsuranceDistricts(http, jdbc, engineConfiguration);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * Other tests put households and funds of their own on 道里区's 2020 too, so this test tops the funds up by a province
   * and a city notice, adds households until the district has something to match, and checks the ledger and the
   * fund against the figures the case recorded and what the lines held before.
   */
  @Test
  void daoliPaysItsPremiumAndTheLedgerAndTheInsuranceFundAgreeToTheFen() {
    var shares = new DaoliFundShares(http, jdbc);
    shares.registered(documentNumber(), "2020-03-10", "省级", InsuranceApi.FUND_LINE, "", "500.00");
    shares.registered(documentNumber(), "2020-09-10", "市级", InsuranceApi.FUND_LINE, "", "300.00");
    var surplus = premiums("daoli").get("surplus").decimalValue();
    districts.insure("daoli", village, surplus.divide(PREMIUM, 0, RoundingMode.CEILING).intValueExact() + 3);
    var figures = premiums("daoli");
    long need = fen(figures, "need");
    long province = Math.min(need, fen(figures.at("/upperLevelFunds/0"), "received"));
    long city = Math.min(need - province, fen(figures.at("/upperLevelFunds/1"), "received"));
    long matching = fen(figures, "districtMatching");
    assertThat(province).isGreaterThanOrEqualTo(50_000L);
    assertThat(city).isGreaterThanOrEqualTo(30_000L);
    assertThat(matching).as("the district has something to match").isGreaterThanOrEqualTo(2 * 45_800L)
        .isEqualTo(need - province - city);
    var provinceLine = line("daoli", FundLevel.PROVINCE);
    var cityLine = line("daoli", FundLevel.CITY);
    var districtLine = line("daoli", FundLevel.DISTRICT);
    var before = List.of(ledger.balance(provinceLine), ledger.balance(cityLine), ledger.balance(districtLine));
    long contributedBefore = fen(fund("chenjing", "daoli"), "contributions");

    var started = districts.start("chenjing", "daoli", 2020);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var id = started.json().get("id").asText();
    var caseNumber = started.json().get("businessKey").asText();
    assertThat(caseNumber).startsWith("IP-daoli-2020-");
    assertThat(started.json().get("tenantId").asText()).isEqualTo("daoli");
    assertThat(jdbc.queryForMap("SELECT insured_people, need, province_part, city_part, district_matching, started_on"
        + " FROM insurance_premium WHERE case_number = ?", caseNumber)).containsValues(
        figures.get("insuredPeople").asInt(), need, province, city, matching, java.sql.Date.valueOf("2020-09-17"));

    var task = task(id);
    assertThat(task).hasCandidateGroup("district-finance");
    assertThat(task.getDueDate().toInstant()).as("15 days, the last in the holidays: the next working day").isEqualTo(DUE);
    assertThat(timer(id, TIMER_PAY_PREMIUM_OVERDUE).getDuedate().toInstant()).isEqualTo(DUE);
    assertThat(runtimeService.getVariables(id)).containsEntry("premiumNeed", Yuan.of(need).toPlainString())
        .containsEntry("districtMatching", Yuan.of(matching).toPlainString()).containsEntry("districtName", "道里区");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-09T02:00:00Z")));
    for (var paidOn : List.of("2020-09-16", "2020-10-10", "9.10.2020")) {
      var refused = pay("zhaolei", id, paidOn);
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).startsWith("paidOn：").contains("缴费日期", "paidOn: ");
    }
    assertThat(List.of(ledger.balance(provinceLine), ledger.balance(cityLine), ledger.balance(districtLine)))
        .as("nothing posted").isEqualTo(before);

    var paid = pay("zhaolei", id, "2020-10-09");
    assertThat(paid.status()).as(paid.body()).isEqualTo(204);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_PREMIUM_PAID);
    assertThat(ledger.balance(provinceLine)).isEqualTo(moved(before.get(0), 0, province));
    assertThat(ledger.balance(cityLine)).isEqualTo(moved(before.get(1), 0, city));
    assertThat(ledger.balance(districtLine)).as("matched, allocated and disbursed").isEqualTo(moved(before.get(2), matching, matching));
    var disbursements = ledger.journal(new LedgerFilter(null, "daoli", InsuranceApi.FUND_LINE, null, null, null, null, null,
        null)).stream().filter(entry -> caseNumber.equals(entry.caseNumber()) && entry.type() == EntryType.DISBURSEMENT).toList();
    assertThat(disbursements).extracting(entry -> entry.line().level(), entry -> entry.amountFen(), entry -> entry.occurredOn())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FundLevel.PROVINCE, province, LocalDate.of(2020, 10, 9)),
            org.assertj.core.groups.Tuple.tuple(FundLevel.CITY, city, LocalDate.of(2020, 10, 9)),
            org.assertj.core.groups.Tuple.tuple(FundLevel.DISTRICT, matching, LocalDate.of(2020, 10, 9)));

    var account = fund("chenjing", "daoli");
    assertThat(fen(account, "contributions") - contributedBefore).as("the premium, to the fen").isEqualTo(need);
    var premiumEntries = account.get("entries").findParents("caseNumber").stream()
        .filter(entry -> entry.get("caseNumber").asText().equals(caseNumber)).toList();
    assertThat(premiumEntries).hasSize(3).allSatisfy(entry -> {
      assertThat(entry.get("kind").asText()).isEqualTo("PREMIUM");
      assertThat(entry.get("occurredOn").asText()).isEqualTo("2020-10-09");
    });
    assertThat(premiumEntries.stream().map(entry -> entry.get("ledgerEntryId").asText()).toList())
        .as("one entry per ledger disbursement, carrying its id")
        .containsExactlyInAnyOrderElementsOf(disbursements.stream().map(entry -> entry.id()).toList());
    assertThat(premiumEntries.stream().map(entry -> entry.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(Yuan.of(need));
    assertThat(http.get("chenjing", "/api/insurance/2020/fund?district=daoli").body()).as("yuan with two decimals")
        .contains("\"amount\":" + Yuan.of(matching).toPlainString() + ",");

    var disbursedIn2020 = ledger.balances(new LedgerFilter(null, "daoli", InsuranceApi.FUND_LINE, null, null, null, null,
        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).stream().mapToLong(Balance::disbursedFen).sum();
    assertThat(fen(account, "contributions")).as("reconciled: the fund's contributions are the ledger's disbursements on"
        + " 扶贫特惠保险补助 for 道里区's 2020").isEqualTo(disbursedIn2020);
    assertThat(jdbc.queryForObject("SELECT outcome || ' ' || paid_on || ' ' || paid_by FROM insurance_premium"
        + " WHERE case_number = ?", String.class, caseNumber)).isEqualTo("PAID 2020-10-09 zhaolei");

    var again = districts.start("chenjing", "daoli", 2020);
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).startsWith("insuranceYear：")
        .contains("已有保费缴纳案件 " + caseNumber + "（已缴纳）", "(paid)");
  }

  @Test
  void aSecondCaseWhileOneRunsIsRefusedAndACancelledCaseFreesTheYear() {
    var own = districts.aDistrict();
    var district = own.code();
    districts.insure(district, village, 2);
    var first = districts.start(own.povertyOffice(), district, 2020);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    var caseNumber = first.json().get("businessKey").asText();

    var second = districts.start(own.povertyOffice(), district, 2020);
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.json().get("message").asText()).contains("已有保费缴纳案件 " + caseNumber + "（办理中）", "(running)");
    assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(district).count()).isOne();

    runtimeService.deleteProcessInstance(first.json().get("id").asText(), "提请有误");
    assertThat(jdbc.queryForObject("SELECT outcome FROM insurance_premium WHERE case_number = ?", String.class, caseNumber))
        .isEqualTo("CANCELLED");
    var anew = districts.start(own.povertyOffice(), district, 2020);
    assertThat(anew.status()).as(anew.body()).isEqualTo(200);
  }

  @Test
  void aYearWithoutPremiumsOrWithoutInsuredPeopleIsRefusedAndNothingStarts() {
    var own = districts.aDistrict();
    var district = own.code();
    var nobody = districts.start(own.povertyOffice(), district, 2020);
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.json().get("message").asText()).startsWith("insuranceYear：").contains("保费需求为零", "need is zero");
    districts.insure(district, village, 1);
    var unconfigured = districts.start(own.povertyOffice(), district, 2019);
    assertThat(unconfigured.status()).isEqualTo(400);
    assertThat(unconfigured.json().get("message").asText()).contains("fupin.insurance.premiums.2019", "insuranceYear: ");
    var word = districts.start(own.povertyOffice(), district, "二〇二〇");
    assertThat(word.status()).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(district).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insurance_premium WHERE district = ?", Integer.class, district)).isZero();
  }

  @Test
  void pastTheDeadlineTheCityIsToldAndPayingLateResolvesIt() {
    var own = districts.aDistrict();
    var district = own.code();
    districts.insure(district, village, 3);
    var id = districts.start(own.povertyOffice(), district, 2020).json().get("id").asText();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-10T01:00:00Z")));
    managementService.executeJob(timer(id, TIMER_PAY_PREMIUM_OVERDUE).getId());
    var incidents = runtimeService.createIncidentQuery().processInstanceId(id).incidentType(Escalation.INCIDENT_TYPE).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo(TASK_PAY_PREMIUM);
      assertThat(incident.getIncidentMessage()).contains("一级督办", "缴纳保费", "2020-10-09");
    });
    assertThat(jdbc.queryForObject("SELECT supervising_group FROM escalation_record WHERE process_instance_id = ?",
        String.class, id)).as("a district step answers to the city").isEqualTo("supervisors");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-14T01:00:00Z")));
    managementService.executeJob(timer(id, TIMER_PAY_PREMIUM_STILL_OVERDUE).getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(id).count()).isEqualTo(2);

    var paid = pay(own.finance(), id, "2020-10-13");
    assertThat(paid.status()).as(paid.body()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(id).count()).isZero();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(id).resolved().count()).isEqualTo(2);
    var districtLine = line(district, FundLevel.DISTRICT);
    assertThat(ledger.balance(districtLine)).as("no upper-level funds: the district matches all 3 × 458.00")
        .isEqualTo(new Balance(districtLine, 0, 137_400L, 137_400L, 137_400L));
    assertThat(fen(fund(own.povertyOffice(), district), "contributions")).isEqualTo(137_400L);
  }

  @Test
  void moneyAllocatedElsewhereSinceTheStartRefusesThePaymentAndNothingIsWritten() {
    var own = districts.aDistrict();
    var district = own.code();
    districts.insure(district, village, 3);
    districts.received(district, "市级", "2020-09-01", "1000.00");
    var id = districts.start(own.povertyOffice(), district, 2020).json().get("id").asText();
    assertThat(runtimeService.getVariables(id)).containsEntry("cityPart", "1000.00").containsEntry("districtMatching", "374.00");
    var cityLine = line(district, FundLevel.CITY);
    ledger.post(new Posting("test:" + UUID.randomUUID(), EntryType.ALLOCATION, cityLine, 60_000L, null, null, null,
        "另行分配", LocalDate.of(2020, 9, 17)));
    var before = ledger.balance(cityLine);

    var refused = pay(own.finance(), id, "2020-09-17");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).startsWith("cityPart：")
        .contains("扶贫特惠保险补助", "可分配 400.00 元，不足本案保费所需 1,000.00 元", "less than the 1,000.00 yuan");
    assertThat(task(id)).as("the task stays open").isNotNull();
    assertThat(ledger.balance(cityLine)).isEqualTo(before);
    assertThat(ledger.balance(line(district, FundLevel.DISTRICT)))
        .isEqualTo(new Balance(line(district, FundLevel.DISTRICT), 0, 0, 0, 0));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_line_balance WHERE district = ? AND fund_level = 'DISTRICT'",
        Integer.class, district)).as("not even an empty district line").isZero();
    assertThat(fund(own.povertyOffice(), district).get("entries")).isEmpty();
  }

  @Test
  void onlyTheDistrictsOwnPovertyOfficeStartsAndOnlyItsFinancePays() {
    for (var official : List.of("yangmin", "zhangwei", "zhaolei", "zhoujie")) {
      var refused = districts.start(official, "daoli", 2020);
      assertThat(refused.status()).as(official + ": " + refused.body()).isEqualTo(403);
    }
    assertThat(districts.start("yangmin", "daoli", 2020).json().get("message").asText()).contains("daoli");
    var own = districts.aDistrict();
    var district = own.code();
    districts.insure(district, village, 1);
    assertThat(districts.start("chenjing", district, 2020).status()).as("道里区's office, another district's case")
        .isEqualTo(403);
    var id = districts.start(own.povertyOffice(), district, 2020).json().get("id").asText();
    assertThat(pay(own.povertyOffice(), id, "2020-09-17").status()).as("the poverty office sees the step, cannot work it")
        .isEqualTo(403);
    assertThat(pay("zhaolei", id, "2020-09-17").status()).as("道里区's finance does not see it").isEqualTo(404);
    assertThat(http.get("yangmin", "/api/insurance/2020/fund?district=" + district).status()).isEqualTo(403);
    assertThat(http.get(own.finance(), "/api/insurance/2020/fund?district=" + district).status()).isEqualTo(403);
    assertThat(task(id)).isNotNull();
  }

  @Test
  void overwrittenFiguresAndYearChangeNothingThatIsPaid() {
    var own = districts.aDistrict();
    var district = own.code();
    districts.insure(district, village, 2);
    var id = districts.start(own.povertyOffice(), district, 2020).json().get("id").asText();
    var overwritten = pay(own.finance(), id, Map.of("paidOn", "2020-09-17", "districtMatching", "1.00"));
    assertThat(overwritten.status()).as("a figure shown read-only is taken only unchanged").isEqualTo(400);
    runtimeService.setVariable(id, "districtMatching", "1.00");
    runtimeService.setVariable(id, "insuranceYear", 2021);

    assertThat(pay(own.finance(), id, Map.of("paidOn", "2020-09-17", "districtMatching", "1.00")).status()).isEqualTo(204);
    var districtLine = line(district, FundLevel.DISTRICT);
    assertThat(ledger.balance(districtLine)).isEqualTo(new Balance(districtLine, 0, 91_600L, 91_600L, 91_600L));
    var account = fund(own.povertyOffice(), district);
    assertThat(account.get("year").asInt()).isEqualTo(2020);
    assertThat(fen(account, "contributions")).isEqualTo(91_600L);
  }

  // --- steps

  private JsonNode premiums(String district) {
    var reply = http.get("chenjing", "/api/insurance/2020/premiums?district=" + district);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonNode fund(String official, String district) {
    var reply = http.get(official, "/api/insurance/2020/fund?district=" + district);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Http.Reply pay(String official, String id, String paidOn) {
    return pay(official, id, Map.of("paidOn", paidOn, "paymentComment", "已划拨至中国人寿威海分公司保费专户"));
  }

  private Http.Reply pay(String official, String id, Map<String, Object> values) {
    return http.post(official, "/engine-rest/task/" + task(id).getId() + "/complete",
        Map.of("variables", Http.variables(new HashMap<>(values))));
  }

  private Task task(String id) {
    var task = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_PAY_PREMIUM).singleResult();
    assertThat(task).as("open task " + TASK_PAY_PREMIUM).isNotNull();
    return task;
  }

  private org.camunda.bpm.engine.runtime.Job timer(String id, String timerId) {
    return managementService.createJobQuery().processInstanceId(id).activityId(timerId).singleResult();
  }

  private static FundLineKey line(String district, FundLevel level) {
    return new FundLineKey(district, InsuranceApi.FUND_LINE, level, DaoliFundShares.FUNCTION_CODE,
        DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
  }

  /** {@code balance} with {@code matched} more matched and {@code spent} more allocated and disbursed. */
  private static Balance moved(Balance balance, long matched, long spent) {
    return new Balance(balance.line(), balance.receivedFen(), balance.matchedFen() + matched,
        balance.allocatedFen() + spent, balance.disbursedFen() + spent, balance.reservedFen(),
        balance.reservedAgainstMatchingFen());
  }

  private static long fen(JsonNode node, String field) {
    return Yuan.toFen(node.get(field).decimalValue());
  }

  private static String documentNumber() {
    return "哈财指（农）〔2020〕保费" + UUID.randomUUID().toString().substring(0, 6) + "号";
  }
}
