package org.fupinflow.householdledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.Sheets;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger of 道里区 for 15 October 2020 over HTTP, from households written straight into the household
 * tables (as the identification process leaves them).
 */
@IntegrationTest
class HouseholdLedgerDownloadTest {

  private static final String LEDGER = "/api/household-ledger.xlsx?district=daoli&date=2020-10-15";
  private static final String WANG_PHONE = "13845670001";
  private static final long WANG_WAGES_FEN = 987_654L;

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private static final AtomicInteger RUNS = new AtomicInteger();
  /**
   * 王建国's resident ID, this run's own (one household per ID number and district, and the households stay): born in
   * 1930 plus a day per run, which no other test's households are, ending in 123 and its check character.
   */
  private final String wangIdNumber = HouseholdData.residentId(LocalDate.of(1930, 1, 1).plusDays(RUNS.incrementAndGet()),
      123);
  /** Heads who must not appear, named for this run: other tests' households in 道里区 bear common names too. */
  private final String neverAtRiskHead = "孙立新" + run;
  private final String lateHead = "钱永福" + run;
  private final String hulanHead = "周大山" + run;
  private final List<String> households = new ArrayList<>();
  private String wangCase;
  private String liCase;
  private String zhaoCase;

  @BeforeEach
  void householdsOf道里区AndOf呼兰区() {
    // Category A, monitored since 12 October.
    var wang = household("daoli", "xinnong", "新农村", "王建国", wangIdNumber, WANG_PHONE, "A", "MONITORED", "2020-10-12");
    wangCase = householdCase(wang, "daoli", "A", "2020-09-28", "illness", "disability", "医疗救助；残疾人两项补贴");
    jdbc.update("UPDATE household_case SET income_wages = ? WHERE case_number = ?", WANG_WAGES_FEN, wangCase);
    statusChange(wang, wangCase, "A", "MONITORED", "2020-10-12");
    // Category B, instant-assistance population since 20 September.
    var li = household("daoli", "taiping", "太平村", "李秀英", HouseholdData.nextHeadIdNumber(), "13845670002", "B",
        "INSTANT_ASSISTANCE", "2020-09-20");
    liCase = householdCase(li, "daoli", "B", "2020-09-01", "unstable-employment", null, "公益岗位");
    statusChange(li, liCase, "B", "INSTANT_ASSISTANCE", "2020-09-20");
    // Category C, restored to 脱贫享受政策户 on 1 October: the second sheet.
    var zhao = household("daoli", "xinnong", "新农村", "赵桂兰", HouseholdData.nextHeadIdNumber(), null, "C",
        "OUT_OF_POVERTY_WITH_POLICY", "2020-10-01");
    zhaoCase = householdCase(zhao, "daoli", "C", "2020-09-10", "disaster", null, "危房改造");
    statusChange(zhao, zhaoCase, "C", "OUT_OF_POVERTY_WITHOUT_POLICY", "2019-12-01");
    statusChange(zhao, zhaoCase, "C", "OUT_OF_POVERTY_WITH_POLICY", "2020-10-01");
    // Out of poverty with policy, never at risk: in no sheet.
    household("daoli", "xinnong", "新农村", neverAtRiskHead, HouseholdData.nextHeadIdNumber(), null, "A", "OUT_OF_POVERTY_WITH_POLICY",
        "2016-12-01");
    // Monitored only from 20 October, after the ledger day.
    var late = household("daoli", "taiping", "太平村", lateHead, HouseholdData.nextHeadIdNumber(), null, "A", "MONITORED", "2020-10-20");
    statusChange(late, householdCase(late, "daoli", "A", "2020-10-10", "illness", null, "医疗救助"), "A", "MONITORED",
        "2020-10-20");
    // Another district's monitored household.
    var hulan = household("hulan", "shiren", "石人村", hulanHead, HouseholdData.nextHeadIdNumber(), null, "A", "MONITORED", "2020-10-02");
    statusChange(hulan, householdCase(hulan, "hulan", "A", "2020-09-20", "illness", null, "医疗救助"), "A", "MONITORED",
        "2020-10-02");
  }

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void theDistrictPovertyOfficeDownloadsItsMonitoredAndInstantAssistanceHouseholds() throws IOException {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-16T02:00:00Z"))); // 16 October, 10:00 in China
    var reply = http.download("chenjing", LEDGER);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(HouseholdLedgerApi.XLSX.toString());
    assertThat(reply.headers().firstValue("Content-Disposition")).hasValue("attachment; "
        + "filename=\"household-ledger-daoli-2020-10-15.xlsx\"; filename*=UTF-8''"
        + URLEncoder.encode("道里区脱贫监测户和即时帮扶人口管理台账-2020-10-15.xlsx", StandardCharsets.UTF_8));

    try (var workbook = workbook(reply.body())) {
      var monitored = workbook.getSheet("监测户和即时帮扶人口");
      assertThat(cells(monitored, 0)).first().isEqualTo("脱贫监测户和即时帮扶人口管理台账");
      assertThat(cells(monitored, 1)).containsExactly("区县：", "道里区", "台账日期：", "2020-10-15");
      Sheets.assertDate(monitored.getRow(1), 3, LocalDate.of(2020, 10, 15));
      assertThat(cells(monitored, 2)).containsExactly("序号", "区县", "乡镇", "村", "户主姓名", "户类型", "当前状态", "认定日期",
          "致贫/返贫风险", "帮扶措施", "案件编号");
      assertThat(ours(monitored)).containsExactly(
          List.of("道里区", "太平镇", "太平村", "李秀英", "一般农户，有致贫风险", "即时帮扶人口", "2020-09-20", "因就业不稳", "公益岗位",
              liCase),
          List.of("道里区", "新农镇", "新农村", "王建国", "脱贫享受政策户，有返贫风险", "脱贫监测户", "2020-10-12", "因大病、因残",
              "医疗救助；残疾人两项补贴", wangCase));

      var recognizedOn = monitored.getRow(LedgerWorkbook.HEADER_ROW + 1);
      Sheets.assertDate(recognizedOn, 7, LocalDate.parse(cells(monitored, LedgerWorkbook.HEADER_ROW + 1).get(7)));
      Sheets.assertNumber(recognizedOn, 0, "1");
      // Filed on the 16th by 陈静 for 道里区: the ledger of the 15th.
      Sheets.assertSigned(monitored, "道里区", "陈静", LocalDate.of(2020, 10, 16));
      Sheets.assertPrintsOnA4Landscape(monitored, LedgerWorkbook.HEADER_ROW);

      var restored = workbook.getSheet("回退脱贫享受政策户");
      Sheets.assertSigned(restored, "道里区", "陈静", LocalDate.of(2020, 10, 16));
      Sheets.assertPrintsOnA4Landscape(restored, LedgerWorkbook.HEADER_ROW);
      assertThat(cells(restored, 2)).isEqualTo(cells(monitored, 2));
      assertThat(ours(restored)).containsExactly(List.of("道里区", "新农镇", "新农村", "赵桂兰", "脱贫不再享受政策户，有返贫风险",
          "脱贫享受政策户", "2020-10-01", "因灾", "危房改造", zhaoCase));
    }
  }

  @Test
  void theLedgerHoldsNoIdNumberPhoneOrIncome() throws IOException {
    try (var workbook = workbook(http.download("chenjing", LEDGER).body())) {
      var text = new StringBuilder();
      for (Sheet sheet : workbook) {
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
          text.append(String.join("|", Sheets.texts(sheet.getRow(row)))).append('\n');
        }
      }
      assertThat(text).contains("王建国").doesNotContain(wangIdNumber, WANG_PHONE, String.valueOf(WANG_WAGES_FEN),
          "9876.54", hulanHead, lateHead, neverAtRiskHead);
      // Not even masked: no cell of this test's rows but the case number (random) holds the ID number's last four.
      var tail = wangIdNumber.substring(14);
      assertThat(ours(workbook.getSheet("监测户和即时帮扶人口"))).isNotEmpty()
          .allSatisfy(row -> assertThat(row.subList(0, row.size() - 1)).noneMatch(cell -> cell.contains(tail)));
    }
  }

  @Test
  void theCitysOverseersMayDownloadIt() {
    assertThat(http.download("sunli", LEDGER).statusCode()).isEqualTo(200);
    assertThat(http.download("wuqiang", LEDGER).statusCode()).isEqualTo(200);
    assertThat(http.download("demo", LEDGER).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherDistrictsOfficialAndATownshipOfficerAreRefused() {
    var otherDistrict = http.get("yangmin", LEDGER);
    assertThat(otherDistrict.status()).isEqualTo(403);
    assertThat(otherDistrict.json().get("message").asText()).contains("您不属于道里区", "not an official of district daoli");

    var township = http.get("zhangwei", LEDGER);
    assertThat(township.status()).isEqualTo(403);
    assertThat(township.json().get("message").asText()).contains("只有区县扶贫办", "Only district poverty offices");

    assertThat(http.get("zhaolei", LEDGER).status()).as("district finance").isEqualTo(403);
    assertThat(http.getAnonymous(LEDGER).status()).isEqualTo(401);
  }

  @Test
  void anUnknownDistrictOrAMalformedDateIsABadRequest() {
    var unknown = http.get("sunli", "/api/household-ledger.xlsx?district=atlantis&date=2020-10-15");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("未知区县 atlantis", "Unknown district atlantis");
    var malformed = http.get("chenjing", "/api/household-ledger.xlsx?district=daoli&date=2020-13-01");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText()).contains("参数 date", "Parameter date");
    assertThat(http.get("chenjing", "/api/household-ledger.xlsx").status()).isEqualTo(400);
  }

  @Test
  void withoutADateTheLedgerIsTodaysInChina() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-15T17:00:00Z"))); // 16 October, 01:00 in China
    var reply = http.download("chenjing", "/api/household-ledger.xlsx?district=daoli");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains("daoli-2020-10-16.xlsx");
  }

  @Test
  void theLinkInTheTasklistFormDownloadsTheLedgerWithTheWebappSession() {
    // A ledger day of this test's own (no schedule test files 15 December 2020): its report is left as it is.
    var instance = runtimeService.createProcessInstanceByKey(HouseholdLedgerReportProcess.KEY)
        .businessKey(HouseholdLedgerReportProcess.businessKey("daoli", LocalDate.of(2020, 12, 15)))
        .setVariable("districtCode", "daoli").setVariable("ledgerDate", "2020-12-15").execute();
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    var form = http.get("chenjing", "/engine-rest/task/" + task.getId() + "/deployed-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    var link = form.json().findValuesAsText("text").stream().filter(text -> text.contains("/api/household-ledger.xlsx"))
        .findFirst().orElseThrow();
    var template = link.substring(link.indexOf("](") + 2, link.lastIndexOf(')'));
    var variables = http.get("chenjing", "/engine-rest/task/" + task.getId() + "/form-variables").json();
    // What form-js's {{ }} templating makes of the link with the task's variables.
    var url = template.replace("{{districtCode}}", variables.get("districtCode").get("value").asText())
        .replace("{{ledgerDate}}", variables.get("ledgerDate").get("value").asText());
    assertThat(url).isEqualTo("/api/household-ledger.xlsx?district=daoli&date=2020-12-15");

    var browser = new WebappSession(http);
    browser.logIn("chenjing", "chenjing");
    var reply = browser.send(HttpRequest.newBuilder(http.uri(url)).GET());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(HouseholdLedgerApi.XLSX.toString());

    var otherDistrict = new WebappSession(http);
    otherDistrict.logIn("yangmin", "yangmin");
    assertThat(otherDistrict.send(HttpRequest.newBuilder(http.uri(url)).GET()).status()).isEqualTo(403);
  }

  private String household(String district, String township, String village, String head, String idNumber, String phone,
      String category, String status, String since) {
    var id = UUID.randomUUID().toString();
    var now = Timestamp.from(Instant.now());
    jdbc.update("""
        INSERT INTO household (id, district, township, village, head_name, head_id_number, phone, category, status,
          status_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, district, township, village, head, idNumber, phone, category, status, LocalDate.parse(since), now, now);
    households.add(id);
    return id;
  }

  private String householdCase(String householdId, String district, String category, String reportedOn, String risk1,
      String risk2, String measures) {
    var caseNumber = "HI-" + district + "-2020-" + run + "-" + households.size();
    jdbc.update("""
        INSERT INTO household_case (case_number, household_id, process_instance_id, district, category, reported_on,
          risk1, risk2, fast_track, assistance_measures, outcome, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseNumber, householdId, UUID.randomUUID().toString(), district, category, LocalDate.parse(reportedOn), risk1, risk2,
        false, measures, "recognized", Timestamp.from(Instant.now()));
    return caseNumber;
  }

  private void statusChange(String householdId, String caseNumber, String category, String status, String effectiveOn) {
    jdbc.update("""
        INSERT INTO household_status_change (id, household_id, change_no, case_number, category, status, effective_on,
          fast_track, recorded_at) VALUES (?, ?, (SELECT COALESCE(MAX(change_no), 0) + 1 FROM household_status_change
          WHERE household_id = ?), ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), householdId, householdId, caseNumber, category, status, LocalDate.parse(effectiveOn), false,
        Timestamp.from(Instant.now()));
  }

  /**
   * The household rows of this test's households (other tests may leave their own), without 序号; the table ends
   * at the blank row above the signature block.
   */
  private List<List<String>> ours(Sheet sheet) {
    var rows = new ArrayList<List<String>>();
    for (int row = LedgerWorkbook.HEADER_ROW + 1; sheet.getRow(row) != null; row++) {
      var cells = cells(sheet, row);
      assertThat(cells.get(0)).isEqualTo(String.valueOf(row - LedgerWorkbook.HEADER_ROW));
      if (cells.get(10).contains(run)) {
        rows.add(cells.subList(1, cells.size()));
      }
    }
    return rows;
  }

  private static List<String> cells(Sheet sheet, int rowIndex) {
    var formatter = new DataFormatter();
    var row = sheet.getRow(rowIndex);
    var cells = new ArrayList<String>();
    for (int column = 0; column < row.getLastCellNum(); column++) {
      cells.add(formatter.formatCellValue(row.getCell(column)));
    }
    return cells;
  }

  private static Workbook workbook(byte[] body) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
