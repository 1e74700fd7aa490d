package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.relief.ReliefClaimProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The township officer 张伟 reports a relief claim (防贫保险救助) through its start form in Tasklist, in headless
 * Chromium: 住院医疗 with the medical figures in yuan, which reach {@code relief_claim} in fen, and the district office
 * 陈静 then has 审核并提请保险公司核查 with its 3 working days. A name that does not match the resident ID is refused by
 * the server, in Chinese, in Tasklist's notification, and nothing starts. The engine clock is the real one (as in
 * {@link TasklistInChromiumTest}): the event lies twelve days back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
// The same context as the other browser tests, Cases included: Camunda's webapps find the engine "default" through a
// JVM-wide registry, so a second application context in the JVM takes over the first one's Tasklist.
@Import({Http.class, Cases.class})
@Tag("browser")
class ReliefClaimInChromiumTest extends TasklistInChromium {

  /** 刘长海 of 新农镇 民主村, a demo household (README, demo households): the demo profile files him. */
  private static final String DEMO_NAME = "刘长海";
  private static final String DEMO_ID_NUMBER = "230102195603124138";
  /** Dates as the engine REST API writes them. */
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired HolidayCalendar holidays;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTownshipOfficerReportsAHospitalStayInTasklistAndTheDistrictOfficeHasItsCheckDueInThreeWorkingDays()
      throws IOException {
    var household = InsuredHousehold.filed(jdbc, "王德顺", "刘桂芝");
    var eventDate = ChinaTime.today().minusDays(12);
    try {
      logIn("zhangwei");
      openTheStartForm();
      recordFailedRequests();
      fillTheReport(household.headName(), household.headIdNumber(), eventDate);
      type(input("", "合规医疗费用"), "86500.50");
      type(input("", "基本医保已报销"), "43250.25");
      type(input("", "大病保险已报销"), "12000");
      type(input("", "医院减免"), "1500.00");
      type(input("", "医疗救助已支付"), "2000");
      type(By.xpath("//label[starts-with(normalize-space(.),'情况说明')]/following::textarea[1]"), "脑梗住院治疗21天，已出院");
      screenshot("rc-1-report-filled");
      start();
      visible(By.xpath("//*[contains(text(),'流程已发起')]"));
      wait.until(driver -> claimsOf(household.headIdNumber()) == 1);
      screenshot("rc-2-reported");
      assertThat(failedRequests()).as("no request failed").isEmpty();
      assertThat(submittedVariables()).singleElement().asList().as("the hidden 伤残等级 is not submitted")
          .contains("insuredIdNumber", "eventType", "compliantCosts").doesNotContain("disabilityLevel");
    } catch (RuntimeException e) {
      fail(e);
    }

    var claim = jdbc.queryForMap("""
        SELECT case_number, process_instance_id, district, township, household_id, person_name, event_type, event_date,
          reported_by, compliant_costs, basic_insurance_paid, critical_illness_paid, hospital_waivers, medical_aid_paid
        FROM relief_claim WHERE person_id_number = ?""", household.headIdNumber());
    assertThat(claim).containsEntry("district", "daoli").containsEntry("township", "xinnong")
        .containsEntry("household_id", household.id()).containsEntry("person_name", "王德顺")
        .containsEntry("event_type", "inpatient-medical").containsEntry("reported_by", "zhangwei");
    assertThat(String.valueOf(claim.get("event_date"))).isEqualTo(eventDate.toString());
    assertThat(fen(claim.get("compliant_costs"))).isEqualTo(8_650_050L);
    assertThat(fen(claim.get("basic_insurance_paid"))).isEqualTo(4_325_025L);
    assertThat(fen(claim.get("critical_illness_paid"))).isEqualTo(1_200_000L);
    assertThat(fen(claim.get("hospital_waivers"))).isEqualTo(150_000L);
    assertThat(fen(claim.get("medical_aid_paid"))).isEqualTo(200_000L);
    var instance = (String) claim.get("process_instance_id");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo(claim.get("case_number")).startsWith("RC-daoli-");

    var tasks = http.get("chenjing", "/engine-rest/task?processInstanceId=" + instance);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    var check = tasks.json();
    assertThat(check).as("chenjing's tasks of the claim").hasSize(1);
    assertThat(check.get(0).get("taskDefinitionKey").asText()).isEqualTo(TASK_CHECK_CLAIM);
    assertThat(check.get(0).get("name").asText()).isEqualTo("审核并提请保险公司核查");
    var due = holidays.current().addWorkingDays(ChinaTime.today(), ReliefClaimProcess.CHECK_WORKING_DAYS);
    assertThat(OffsetDateTime.parse(check.get(0).get("due").asText(), REST_DATE).toInstant())
        .as("the end of the 3rd working day after today, %s, in China time", due)
        .isEqualTo(ChinaTime.endOfDay(due).toInstant());
    var variables = http.get("chenjing", "/engine-rest/process-instance/" + instance + "/variables");
    assertThat(variables.body()).as("the ID number stays in the register").doesNotContain(household.headIdNumber())
        .contains(IdNumbers.mask(household.headIdNumber()), "86500.50");
    for (var history : new String[] {"/engine-rest/history/variable-instance?processInstanceId=",
        "/engine-rest/history/detail?processInstanceId="}) {
      var reply = http.get("demo", history + instance);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.body()).as("the form's promise: 不进入流程历史 (%s)", history).contains("86500.50")
          .doesNotContain(household.headIdNumber());
    }
  }

  @Test
  void aNameThatDoesNotMatchTheResidentIdIsRefusedInChineseInTasklistAndNothingStarts() throws IOException {
    var instancesBefore = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReliefClaimProcess.KEY).count();
    try {
      logIn("zhangwei");
      openTheStartForm();
      recordFailedRequests();
      fillTheReport("刘长河", DEMO_ID_NUMBER, ChinaTime.today().minusDays(3));
      type(input("", "合规医疗费用"), "5000");
      start();
      visible(By.xpath("//*[contains(text(),'流程发起失败')]"));
      visible(By.xpath("//*[contains(text(),'insuredName：姓名与身份证号登记的人员不符')]"));
      screenshot("rc-3-wrong-name-refused");
      assertThat(failedRequests()).singleElement().asString().startsWith("400 ").contains("insuredName");
      assertThat(browser.findElement(input("", "救助对象姓名")).getDomProperty("value"))
          .as("the form keeps what was typed").isEqualTo("刘长河");
      assertThat((String) browser.executeScript("return JSON.stringify(Object.assign({}, localStorage))"))
          .as("localStorage").doesNotContain(DEMO_ID_NUMBER);
    } catch (RuntimeException e) {
      fail(e);
    }
    assertThat(claimsOf(DEMO_ID_NUMBER)).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReliefClaimProcess.KEY).count())
        .as("no claim started, not even one rolled back into history").isEqualTo(instancesBefore);
  }

  private void openTheStartForm() {
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//*[contains(@class,'modal')]//*[contains(text(),'防贫保险救助')]"));
    visible(By.cssSelector(".fjs-form-field-select"));
  }

  /** 区县, 乡镇代码, the person and a hospital stay (住院医疗) on the given day. */
  private void fillTheReport(String name, String idNumber, LocalDate eventDate) {
    select("", "区县", "道里区");
    type(input("", "乡镇代码"), "xinnong");
    type(input("", "救助对象姓名"), name);
    type(input("", "救助对象身份证号码"), idNumber);
    select("", "事故类型", "住院医疗");
    assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.),'伤残等级')]")))
        .as("伤残等级 for a hospital stay").isEmpty();
    type(date("事故（入院）日期"), eventDate.getMonthValue() + "/" + eventDate.getDayOfMonth() + "/" + eventDate.getYear());
  }

  private void start() {
    click(By.xpath("//*[contains(@class,'modal')]//button[contains(., 'Start') or contains(., '发起')]"));
  }

  private int claimsOf(String idNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM relief_claim WHERE person_id_number = ?", Integer.class, idNumber);
  }

  private static long fen(Object column) {
    return ((Number) column).longValue();
  }
}
