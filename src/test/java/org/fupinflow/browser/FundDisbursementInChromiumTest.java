package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.END_FUNDS_DISBURSED;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 道里区's share of a city notice dated 30 Dec 2020 (16,005.30 yuan, matched 1:1) in Tasklist, in headless Chromium:
 * the poverty office 陈静 proposes the allocation (first with a use on the negative list, which the server refuses in
 * Chinese), district finance 赵磊 records the matching funds and disburses; the ledger and /public/funds then show
 * it to the fen. The engine clock is the real one (as in {@link TasklistInChromiumTest}): the notice lies in the
 * past, the matching and disbursement dates are today (a disbursement may not precede the proposal, made today).
 * The fund line is the Harbin notice's name plus a suffix of this test, with a project of 道里区's library on it, so
 * the balances are this test's own even when other tests share the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class})
@Tag("browser")
class FundDisbursementInChromiumTest extends TasklistInChromium {

  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDistrictAllocatesAndDisbursesItsShareInTasklistAndTheLedgerAndBoardShowItToTheFen() throws IOException {
    var fundLine = "农村人口精准防贫机制市级补助资金-" + UUID.randomUUID().toString().substring(0, 6);
    var shares = new DaoliFundShares(http, jdbc);
    var project = shares.aProject(fundLine);
    var documentNumber = "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    var id = shares.registered(documentNumber, fundLine, "1:1");
    var today = ChinaTime.today();

    try {
      logIn("chenjing");
      open(id, TASK_PROPOSE_ALLOCATION, "提出资金分配意见");
      visible(By.xpath("//*[contains(text(),'" + documentNumber + "')]"));
      recordFailedRequests();
      claim();
      assertThat(browser.findElements(By.xpath(allocationSlot(2)))).as("分配第2行 before line 1 has a project").isEmpty();

      type(input(allocationSlot(1), "项目编码"), project);
      visible(By.xpath(allocationSlot(2)));
      assertThat(browser.findElements(By.xpath(allocationSlot(3)))).as("分配第3行 while line 2 is empty").isEmpty();
      type(input(allocationSlot(1), "金额"), "32010.60");
      type(input(allocationSlot(1), "资金用途"), "乡镇工作经费");
      scrollTo(By.xpath(allocationSlot(1)));
      screenshot("fd-1-proposal-negative-list");

      // The form cannot know the negative list; the server refuses it, in Chinese, and the task stays open.
      complete();
      visible(By.xpath("//*[contains(text(),'提交任务表单时发生错误')]"));
      visible(By.xpath("//*[contains(text(),'属于负面清单')]"));
      scrollTo(By.xpath(allocationSlot(1)));
      screenshot("fd-2-proposal-refused");
      assertThat(taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_PROPOSE_ALLOCATION)
          .taskAssignee("chenjing").count()).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_allocation WHERE case_number = ?", Integer.class,
          caseNumber(id))).isZero();
      assertThat(failedRequests()).singleElement().asString().startsWith("400 ").contains("负面清单");
      assertThat(submittedVariables()).singleElement().asList().contains("allocation1")
          .doesNotContain("allocation3", "allocation4", "allocation5", "allocation6", "allocation7", "allocation8");

      type(input(allocationSlot(1), "资金用途"), "防贫保险保费");
      scrollTo(By.xpath(allocationSlot(1)));
      screenshot("fd-3-proposal-filled");
      complete();
      wait.until(driver -> taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_PROPOSE_ALLOCATION)
          .count() == 0);
      screenshot("fd-4-proposal-completed");

      logOut();
      logIn("zhaolei");
      open(id, TASK_ARRANGE_MATCHING, "落实配套资金");
      visible(By.xpath("//*[contains(text(),'16005.30')]"));
      recordFailedRequests();
      claim();
      type(date("配套资金落实日期"), usDate(today));
      type(By.xpath("//label[starts-with(normalize-space(.),'配套资金来源')]/following::textarea[1]"),
          "道里区财政局 区本级预算安排（道财预〔2021〕3号）");
      screenshot("fd-5-matching-filled");
      complete();
      wait.until(driver -> taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_ARRANGE_MATCHING)
          .count() == 0);

      open(id, TASK_DISBURSE_FUNDS, "拨付下达");
      var disburse = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_DISBURSE_FUNDS)
          .singleResult().getId();
      visible(By.xpath("//*[contains(text(),'" + project + "')]"));
      recordFailedRequests();
      claim();
      assertThat(browser.findElements(date("拨付日期"))).as("拨付日期 before a decision").isEmpty();
      click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='按分配意见拨付']//input"));
      type(date("拨付日期"), usDate(today));
      assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.),'退回理由')]")))
          .as("退回理由 when disbursing").isEmpty();
      screenshot("fd-6-disbursement-filled");
      complete();
      wait.until(driver -> historyService.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() == 1);
      screenshot("fd-7-disbursed");
      assertThat(failedRequestsBesidesReloadOf(disburse)).as("no request failed in 拨付下达").isEmpty();
    } catch (RuntimeException e) {
      fail(e);
    }

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_FUNDS_DISBURSED);
    var ledger = http.get("zhaolei", "/api/ledger?district=daoli&fundLine=" + URLEncoder.encode(fundLine, StandardCharsets.UTF_8));
    assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
    JsonNode balance = ledger.json().get("balances");
    assertThat(balance).hasSize(1);
    assertThat(balance.get(0).get("received").decimalValue()).isEqualByComparingTo("16005.30");
    assertThat(balance.get(0).get("matched").decimalValue()).isEqualByComparingTo("16005.30");
    assertThat(balance.get(0).get("allocated").decimalValue()).isEqualByComparingTo("32010.60");
    assertThat(balance.get(0).get("disbursed").decimalValue()).isEqualByComparingTo("32010.60");
    assertThat(ledger.json().get("journal").findValuesAsText("type"))
        .containsExactlyInAnyOrder("RECEIPT", "MATCHING", "ALLOCATION", "DISBURSEMENT");
    var board = http.getAnonymous("/public/funds");
    assertThat(board.status()).isEqualTo(200);
    assertThat(board.body()).contains(documentNumber, project, "32010.60");
  }

  /** Opens the case's open task of the step from the list of 我组的待办, as a candidate of its group. */
  private void open(String processInstanceId, String step, String name) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    assertThat(task.getName()).isEqualTo(name);
    click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'我组的待办')]"));
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(@href,'" + task.getId() + "')]"));
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(text(),'" + name + "')]"));
    visible(By.cssSelector(".fjs-form"));
  }

  private void claim() {
    click(By.cssSelector("button.claim, a.claim, [ng-click='claim()']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim, a.claim")));
  }

  private void logOut() {
    browser.manage().deleteAllCookies();
    browser.executeScript("localStorage.clear(); sessionStorage.clear()");
  }

  /** The group of the allocation slot 分配第n行. */
  private static String allocationSlot(int n) {
    return "//div[@role='group'][./label[normalize-space(.)='分配第" + n + "行']]";
  }

  /** Dates as Tasklist's date picker takes them in this browser: M/D/YYYY. */
  private static String usDate(LocalDate date) {
    return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
  }
  private String caseNumber(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
  }
}
