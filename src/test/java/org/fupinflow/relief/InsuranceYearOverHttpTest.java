package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_HOLD_VILLAGE_APPRAISAL;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_POST_NOTICE;
import static org.fupinflow.support.RiskReports.aCategoryAReport;
import static org.fupinflow.support.RiskReports.aCategoryBReport;
import static org.fupinflow.support.RiskReports.aCategoryCReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.money.Yuan;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.fupinflow.support.Sheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 道里区's insurance years 2020 and 2021 over HTTP: households recognised through real cases (a 即时帮扶人口 family of
 * three, a household restored to 脱贫享受政策户, a monitored household that is not insured), the insured lists as JSON
 * and Excel, and the premium need against provincial and city funds registered on 扶贫特惠保险补助.
 */
@IntegrationTest
class InsuranceYearOverHttpTest {

  private static final String PREMIUM = "458.00";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  /** This test's village: other tests leave households of their own in 道里区. */
  private final String village = "参保村" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theInsuredAreTheFamiliesInPolicyAtNewYearAndEachNewInstantAssistanceFamilyFromItsRecognition() {
    var family = recogniseTheThreeHouseholds();

    var insured2020 = insured("chenjing", 2020);
    assertThat(ours(insured2020)).as("the instant-assistance family from the day after its notice; the restored household"
        + " was not insured on 1 January 2020, the monitored one is not insured").containsExactlyInAnyOrder(
        List.of("王建国", IdNumbers.mask(family.headIdNumber()), "新农镇", "即时帮扶人口", "2020-10-05", "2020-12-31"),
        List.of("李秀英", masked(family, 1), "新农镇", "即时帮扶人口", "2020-10-05", "2020-12-31"),
        List.of("王小明", masked(family, 2), "新农镇", "即时帮扶人口", "2020-10-05", "2020-12-31"));
    assertThat(insured2020.get("count").asInt()).isEqualTo(insured2020.get("people").size());
    assertThat(insured2020.toString()).doesNotContain(family.headIdNumber());

    assertThat(ours(insured("chenjing", 2021))).as("both in policy on 1 January 2021, the restored household its head alone")
        .containsExactlyInAnyOrder(
            List.of("王建国", IdNumbers.mask(family.headIdNumber()), "新农镇", "即时帮扶人口", "2021-01-01", "2021-12-31"),
            List.of("李秀英", masked(family, 1), "新农镇", "即时帮扶人口", "2021-01-01", "2021-12-31"),
            List.of("王小明", masked(family, 2), "新农镇", "即时帮扶人口", "2021-01-01", "2021-12-31"),
            List.of("赵桂兰", "restored", "新农镇", "脱贫享受政策户", "2021-01-01", "2021-12-31"));
  }

  /**
   * Other tests put households and funds of their own on 道里区's 2020 too (e.g. 环翠's notices on this fund line), so
   * the figures are checked against what was there before this test's notices.
   */
  @Test
  void thePremiumNeedIsCoveredByProvincialAndCityFundsAndTheDistrictMatchesTheRest() {
    recogniseTheThreeHouseholds();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-01-04T02:00:00Z")));
    var insuredPeople = insured("chenjing", 2020).get("count").asInt();
    var need = new BigDecimal(PREMIUM).multiply(BigDecimal.valueOf(insuredPeople));
    var before = premiums("chenjing", 2020);
    var shares = new DaoliFundShares(http, jdbc);
    shares.registered(documentNumber(), "2020-03-10", "省级", InsuranceApi.FUND_LINE, "", "500.00");
    shares.registered(documentNumber(), "2020-12-30", "市级", InsuranceApi.FUND_LINE, "", "300.00");
    shares.registered(documentNumber(), "2021-01-04", "市级", InsuranceApi.FUND_LINE, "", "9999.00"); // for 2021

    var reply = http.get("chenjing", "/api/insurance/2020/premiums?district=daoli");
    assertThat(reply.body()).as("yuan with two decimals").contains(
        "\"premiumPerPerson\":{\"medical\":450.00,\"accident\":8.00,\"total\":458.00}", "\"need\":" + need.setScale(2));
    var premiums = reply.json();
    assertThat(premiums.get("insuredPeople").asInt()).isEqualTo(insuredPeople).isGreaterThanOrEqualTo(3);
    assertThat(premiums.get("fundLine").asText()).isEqualTo("扶贫特惠保险补助");
    assertThat(premiums.at("/upperLevelFunds/0/levelLabel").asText()).isEqualTo("省级");
    assertThat(premiums.at("/upperLevelFunds/1/levelLabel").asText()).isEqualTo("市级");
    assertThat(received(premiums, 0).subtract(received(before, 0))).isEqualByComparingTo("500.00");
    assertThat(received(premiums, 1).subtract(received(before, 1))).as("not the notice of 2021").isEqualByComparingTo("300.00");
    var upperLevel = received(premiums, 0).add(received(premiums, 1));
    assertThat(premiums.get("upperLevelTotal").decimalValue()).isEqualByComparingTo(upperLevel);
    var gap = need.subtract(upperLevel);
    assertThat(premiums.get("districtMatching").decimalValue()).isEqualByComparingTo(gap.max(BigDecimal.ZERO));
    assertThat(premiums.get("surplus").decimalValue()).isEqualByComparingTo(gap.negate().max(BigDecimal.ZERO));

    var topUp = gap.max(BigDecimal.ZERO).add(new BigDecimal("100.00"));
    shares.registered(documentNumber(), "2020-12-31", "市级", InsuranceApi.FUND_LINE, "", topUp.toPlainString());
    var covered = premiums("sunli", 2020);
    var surplus = upperLevel.add(topUp).subtract(need);
    assertThat(covered.get("districtMatching").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(covered.get("surplus").decimalValue()).isEqualByComparingTo(surplus);
    assertThat(covered.get("note").asText()).contains("上级资金超出保费需求 " + Yuan.format(Yuan.toFen(surplus)) + " 元",
        "exceed the premium need by " + Yuan.format(Yuan.toFen(surplus)) + " yuan");
  }

  private static BigDecimal received(JsonNode premiums, int level) {
    return premiums.at("/upperLevelFunds/" + level + "/received").decimalValue();
  }

  @Test
  void theInsuredListAsExcelHasChineseHeadingsAndNoWholeIdNumber() throws IOException {
    var family = recogniseTheThreeHouseholds();

    var reply = http.download("chenjing", "/api/insurance/2021/insured.xlsx?district=daoli");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains("insured-daoli-2021.xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      var sheet = workbook.getSheet("参保人员");
      assertThat(cells(sheet.getRow(0))).first().isEqualTo("道里区2021年度扶贫特惠保险参保人员名单");
      assertThat(cells(sheet.getRow(1))).containsExactly("序号", "姓名", "身份证号码", "乡镇", "村", "户类型", "参保起始日期",
          "参保截止日期");
      var rows = new ArrayList<List<String>>();
      var text = new StringBuilder();
      // The people, down to the blank row above the signature block.
      for (int row = InsuredWorkbook.HEADER_ROW + 1; sheet.getRow(row) != null; row++) {
        var cells = cells(sheet.getRow(row));
        text.append(cells);
        if (cells.get(4).equals(village)) {
          rows.add(cells.subList(1, cells.size()));
          Sheets.assertDate(sheet.getRow(row), 6, LocalDate.of(2021, 1, 1));
          Sheets.assertDate(sheet.getRow(row), 7, LocalDate.of(2021, 12, 31));
          Sheets.assertNumber(sheet.getRow(row), 0, cells.get(0));
        }
      }
      assertThat(rows).contains(List.of("王建国", IdNumbers.mask(family.headIdNumber()), "新农镇", village, "即时帮扶人口",
          "2021-01-01", "2021-12-31")).hasSize(4);
      assertThat(text).doesNotContain(family.headIdNumber());
      Sheets.assertSigned(sheet, "道里区", "陈静", ChinaTime.today());
      Sheets.assertPrintsOnA4Landscape(sheet, InsuredWorkbook.HEADER_ROW);
    }
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(URLEncoder.encode("道里区2021年度扶贫特惠保险参保人员名单.xlsx", StandardCharsets.UTF_8));
  }

  @Test
  void theCityAndSupervisorsReadEveryDistrictAnotherDistrictsOfficeAndATownshipOfficerAreRefused() {
    for (var reader : List.of("chenjing", "sunli", "zhoujie", "wuqiang", "demo")) {
      assertThat(http.get(reader, "/api/insurance/2020/premiums?district=daoli").status()).as(reader).isEqualTo(200);
    }
    var otherDistrict = http.get("yangmin", "/api/insurance/2020/insured?district=daoli");
    assertThat(otherDistrict.status()).isEqualTo(403);
    assertThat(otherDistrict.json().get("message").asText()).contains("daoli");
    for (var refused : List.of("zhangwei", "zhaolei", "xubin", "lina")) {
      assertThat(http.get(refused, "/api/insurance/2020/insured?district=daoli").status()).as(refused).isEqualTo(403);
    }
    assertThat(http.getAnonymous("/api/insurance/2020/insured?district=daoli").status()).isEqualTo(401);
  }

  @Test
  void aYearWithoutPremiumsOrOutOfRangeAndAnUnknownOrMissingDistrictAreBadRequests() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    var unconfigured = http.get("chenjing", "/api/insurance/2019/premiums?district=daoli");
    assertThat(unconfigured.status()).isEqualTo(400);
    assertThat(unconfigured.json().get("message").asText()).contains("参数 year", "fupin.insurance.premiums.2019");
    assertThat(http.get("chenjing", "/api/insurance/2019/insured?district=daoli").status()).as("the list needs no premiums")
        .isEqualTo(200);
    for (var year : List.of("2014", "2022", "20200", "abc")) {
      var reply = http.get("chenjing", "/api/insurance/" + year + "/insured?district=daoli");
      assertThat(reply.status()).as(year).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).contains("参数 year", "2015", "2021");
    }
    var unknown = http.get("sunli", "/api/insurance/2020/insured?district=atlantis");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("district", "atlantis");
    assertThat(http.get("sunli", "/api/insurance/2020/insured").status()).isEqualTo(400);
  }

  /**
   * On 29 September 2020: a category B family of three and a category C household go through their notice (ending 4
   * October, recognised from 5 October); a category A household becomes 脱贫监测户 on review. The clock stays at 5 October.
   */
  private RiskReports recogniseTheThreeHouseholds() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    var family = aCategoryBReport().with("villageName", village);
    var b = cases.start("zhangwei", family).get("id").asText();
    complete("zhangwei", b, TASK_COLLECT_HOUSEHOLD_INFORMATION, HouseholdData.collection(family.headIdNumber()));
    complete("chenjing", b, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
    var c = cases.start("zhangwei", aCategoryCReport().with("villageName", village).with("headName", "赵桂兰")).get("id").asText();
    complete("zhangwei", c, TASK_HOLD_VILLAGE_APPRAISAL, Map.of("appraisedOn", "2020-09-29", "appraisalPassed", true,
        "appraisalNote", "村民代表一致同意"));
    complete("chenjing", c, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
    var a = cases.start("zhangwei", aCategoryAReport().with("villageName", village).with("headName", "钱永福")).get("id").asText();
    complete("zhangwei", a, TASK_VERIFY_HOUSEHOLD, Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true,
        "verificationNote", "入户核实属实"));
    complete("chenjing", a, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
    var notices = List.of(noticeOf(b), noticeOf(c));
    for (var notice : notices) {
      complete("lina", notice, TASK_POST_NOTICE, Map.of("postedOn", "2020-09-29"));
    }
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-05T01:00:00Z")));
    for (var notice : notices) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(notice)
          .activityId(NOTICE_PERIOD_ENDED).singleResult().getId());
    }
    return family;
  }

  /** Our village's people: name, masked ID (the restored head's as "restored"), township, status, cover. */
  private List<List<String>> ours(JsonNode insured) {
    var rows = new ArrayList<List<String>>();
    for (var person : insured.get("people")) {
      if (person.get("village").asText().equals(village)) {
        var name = person.get("name").asText();
        rows.add(List.of(name, name.equals("赵桂兰") ? "restored" : person.get("idNumber").asText(),
            person.get("townshipName").asText(), person.get("statusLabel").asText(), person.get("insuredFrom").asText(),
            person.get("insuredTo").asText()));
      }
    }
    return rows;
  }

  private String masked(RiskReports family, int member) {
    var collected = jdbc.queryForObject("SELECT m.id_number FROM household_member m JOIN household h ON h.id = m.household_id"
        + " WHERE h.head_id_number = ? AND m.member_no = ?", String.class, family.headIdNumber(), member + 1);
    return IdNumbers.mask(collected);
  }

  private JsonNode insured(String official, int year) {
    var reply = http.get(official, "/api/insurance/" + year + "/insured?district=daoli");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonNode premiums(String official, int year) {
    var reply = http.get(official, "/api/insurance/" + year + "/premiums?district=daoli");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static String documentNumber() {
    return "哈财指（农）〔2020〕保险" + UUID.randomUUID().toString().substring(0, 6) + "号";
  }

  private String noticeOf(String id) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult().getId();
  }

  private void complete(String official, String processInstanceId, String step, Map<String, Object> values) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    var reply = cases.complete(official, task.getId(), values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private static List<String> cells(Row row) {
    var formatter = new DataFormatter();
    var cells = new ArrayList<String>();
    for (int column = 0; column < row.getLastCellNum(); column++) {
      cells.add(formatter.formatCellValue(row.getCell(column)));
    }
    return cells;
  }
}
