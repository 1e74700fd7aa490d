package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.support.RiskReports.aCategoryAReport;
import static org.fupinflow.support.RiskReports.aCategoryBReport;

import java.io.IOException;
import java.time.LocalDate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.fupinflow.support.Cases;
import org.fupinflow.support.HouseholdData;
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
 * A township officer in Tasklist, in headless Chromium (Debian's chromium and chromium-driver): logs in, finds
 * the new case in 我组的待办, claims it, fills the Camunda Form 乡镇入户核实 and completes it; reports a risk
 * through the start form; and collects a category B household (乡镇信息采集和村级民主评议, with its members in
 * the fixed slots 家庭成员1…10), which the server first refuses for a wrong ID check character.
 * Run with {@code ./mvnw verify -Pbrowser}; screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class})
@Tag("browser")
class TasklistInChromiumTest extends TasklistInChromium {

  @Autowired Cases cases;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTownshipOfficerReportsARiskThroughTheStartFormInTasklist() throws IOException {
    var headIdNumber = HouseholdData.nextHeadIdNumber();
    try {
      logIn("zhangwei");
      recordFailedRequests();
      click(By.cssSelector(".start-process-action a"));
      click(By.xpath("//*[contains(@class,'modal')]//*[contains(text(),'返贫致贫风险户识别认定')]"));
      visible(By.cssSelector(".fjs-form-field-select"));
      // 区县 and 乡镇 come from the officer's groups, already chosen (ChineseTasklistInChromiumTest has more)
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
          "//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(.),'乡镇')]]"
              + "//div[contains(@class,'fjs-select-display')]"), "新农镇"));
      type(By.xpath("//label[starts-with(normalize-space(.),'村名')]/following::input[1]"), "红星村");
      click(By.xpath("//label[contains(.,'A 脱贫享受政策户')]//input | //input[@type='radio' and @value='A']"));
      type(By.cssSelector(".fjs-form-field-datetime input"), "9/28/2020");
      type(input("", "户主姓名"), "赵德明");
      type(input("", "户主身份证号码"), headIdNumber);
      select("", "A52a", "因大病");
      screenshot("start-1-form-filled");
      click(By.xpath("//*[contains(@class,'modal')]//button[contains(., 'Start') or contains(., '发起')]"));
      wait.until(driver -> runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
          .variableValueEquals("villageName", "红星村").count() == 1);
      screenshot("start-2-started");
    } catch (RuntimeException e) {
      fail(e);
    }
    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
        .variableValueEquals("villageName", "红星村").singleResult();
    assertThat(runtimeService.getVariable(instance.getId(), "reportedBy")).isEqualTo("zhangwei");
    assertThat(instance.getTenantId()).isEqualTo("daoli");
    assertThat(instance.getBusinessKey()).matches("HI-daoli-\\d{4}-\\d{5}");
    assertThat(runtimeService.getVariable(instance.getId(), "reportedOn")).isEqualTo("2020-09-28");
    assertThat(runtimeService.getVariable(instance.getId(), "category")).isEqualTo("A");
    assertThat(runtimeService.getVariable(instance.getId(), "riskReason1")).isEqualTo("illness");
  }

  @Test
  void aTownshipOfficerClaimsFillsAndCompletesTheVerificationInTasklist() throws IOException {
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28"));

    try {
      logIn("zhangwei");
      screenshot("1-logged-in");

      click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'我组的待办')]"));
      click(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'乡镇入户核实')]"));
      // The legal deadline (5 working days from 2020-09-28) is the task's due date, shown in the list.
      visible(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(.,'截止')]"));
      visible(By.cssSelector(".fjs-form-field-datetime input"));
      screenshot("2-task-selected");
      recordFailedRequests();

      click(By.cssSelector("button.claim, a.claim, [ng-click='claim()']"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim, a.claim")));

      type(By.cssSelector(".fjs-form-field-datetime input"), "9/30/2020");
      click(By.cssSelector(".fjs-form-field-checkbox input[type='checkbox']"));
      type(By.cssSelector(".fjs-form-field-textarea textarea"), "家中主要劳动力因病住院，返贫风险属实");
      screenshot("3-form-filled");

      click(By.xpath("//button[contains(., 'Complete') or contains(., '完成')]"));
      // category A goes on to 区县审核
      wait.until(driver -> taskService.createTaskQuery().processInstanceId(started.get("id").asText())
          .taskDefinitionKey(TASK_REVIEW_HOUSEHOLD).count() == 1);
      screenshot("4-completed");
    } catch (RuntimeException e) {
      fail(e);
    }

    var task = historyService.createHistoricTaskInstanceQuery().processInstanceId(started.get("id").asText())
        .taskDefinitionKey(TASK_VERIFY_HOUSEHOLD).singleResult();
    assertThat(task.getAssignee()).isEqualTo("zhangwei");
    var verifiedOn = historyService.createHistoricVariableInstanceQuery().processInstanceId(started.get("id").asText())
        .variableName("verifiedOn").singleResult();
    assertThat(String.valueOf(verifiedOn.getValue())).startsWith("2020-09-30");
    var confirmed = historyService.createHistoricVariableInstanceQuery().processInstanceId(started.get("id").asText())
        .variableName("riskConfirmed").singleResult();
    assertThat(confirmed.getValue()).isEqualTo(true);
  }

  @Test
  void aTownshipOfficerCollectsACategoryBHouseholdInTasklist() throws IOException {
    var report = aCategoryBReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28");
    var headId = report.headIdNumber();
    var spouseId = HouseholdData.residentId(LocalDate.of(1968, 5, 17), (int) (System.nanoTime() % 1000));
    var wrongSpouseId = spouseId.substring(0, 17) + (spouseId.endsWith("1") ? "2" : "1");
    var id = cases.start("zhangwei", report).get("id").asText();
    var collectTask = By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'乡镇信息采集和村级民主评议')]");

    try {
      logIn("zhangwei");
      click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'我组的待办')]"));
      click(collectTask);
      visible(By.xpath(memberSlot(1)));
      recordFailedRequests();
      click(By.cssSelector("button.claim, a.claim, [ng-click='claim()']"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim, a.claim")));
      // Only the head's slot shows; each further slot once the one before has a name.
      assertThat(browser.findElements(By.xpath(memberSlot(2)))).as("家庭成员2 before the head has a name").isEmpty();
      // The defaults (户主 in the head's slot, 汉族) leave 完成 enabled: fields outside a dynamic list leave no
      // empty errors entries.
      assertThat(text(By.xpath(memberSlot(1) + selectDisplay("A5 与户主关系")))).isEqualTo("户主");
      assertThat(browser.findElement(input(memberSlot(1), "A6 民族")).getDomProperty("value")).isEqualTo("汉族");
      assertCompleteEnabled("with the form's defaults");
      scrollTo(By.xpath(memberSlot(1)));
      screenshot("b-0-head-slot-only");

      type(date("采集日期"), "9/29/2020");
      type(input("", "自然村"), "东屯");
      type(input("", "联系电话"), "13904511234");
      type(input("", "A28 工资性收入"), "3200.50");
      type(input("", "A29b 低保金"), "1800");
      type(By.xpath("//label[starts-with(normalize-space(.),'家庭具体困难')]/following::textarea[1]"),
          "户主今年3月患脑梗住院，医疗支出约4万元，家庭收入大幅减少。");

      // The head's relation stays the slot's default 户主; 家庭成员2 appears once the head has a name.
      member(1, "王建国", "男", headId, null);
      visible(By.xpath(memberSlot(2)));
      assertThat(browser.findElements(By.xpath(memberSlot(3)))).as("家庭成员3 before the spouse has a name").isEmpty();
      member(2, "李秀英", "女", wrongSpouseId, "配偶");
      visible(By.xpath(memberSlot(3)));
      assertThat(browser.findElements(By.xpath(memberSlot(4)))).as("家庭成员4 while 家庭成员3 is empty").isEmpty();

      select("", "A52a", "因大病");
      select("", "A52b", "因就业不稳");
      type(date("民主评议日期"), "9/30/2020");
      click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='通过']//input"));
      type(By.xpath("//label[starts-with(normalize-space(.),'评议情况')]/following::textarea[1]"), "村民代表25人参加，同意纳入");
      screenshot("b-1-form-filled");
      scrollTo(By.xpath(memberSlot(2)));
      screenshot("b-2-members-filled");
      assertNoIdNumbersInLocalStorage("after filling the form", headId, spouseId, wrongSpouseId);

      // A wrong check character passes the form's pattern; the server refuses it, in Chinese, and the task stays.
      complete();
      visible(By.xpath("//*[contains(text(),'提交任务表单时发生错误')]"));
      visible(By.xpath("//*[contains(text(),'members[2].idNumber：第2位成员：身份证号码校验码错误')]"));
      screenshot("b-3-wrong-id-refused");
      assertNoIdNumbersInLocalStorage("after the refusal", headId, spouseId, wrongSpouseId);
      // form-js submits no field of a hidden slot: the shown empty 家庭成员3 at most, which the server skips
      assertThat(submittedVariables()).singleElement().asInstanceOf(InstanceOfAssertFactories.LIST)
          .contains("member1", "member2").doesNotContain("members", "member4", "member5", "member6", "member7",
              "member8", "member9", "member10");
      assertThat(taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_COLLECT_HOUSEHOLD_INFORMATION)
          .taskAssignee("zhangwei").count()).isEqualTo(1);
      assertThat(browser.findElement(input(memberSlot(2), "A4 居民身份证")).getDomProperty("value"))
          .as("the form keeps what was typed").isEqualTo(wrongSpouseId);
      var failedSoFar = failedRequests();
      assertThat(failedSoFar).singleElement().asString().startsWith("400 ").contains("members[2].idNumber");

      type(input(memberSlot(2), "A4 居民身份证"), spouseId);
      assertNoIdNumbersInLocalStorage("after the correction", headId, spouseId, wrongSpouseId);
      complete();
      wait.until(driver -> taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_REVIEW_HOUSEHOLD)
          .count() == 1);
      // Tasklist closes the completed task: the form goes, 请在列表中选择一个任务 takes its place
      visible(By.xpath("//*[contains(normalize-space(.),'请在列表中选择一个任务') and not(*[contains(normalize-space(.),'请在列表中选择一个任务')])]"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
      screenshot("b-4-completed");
      assertThat(failedRequests()).as("no request failed after the correction").isEqualTo(failedSoFar);
      assertNoIdNumbersInLocalStorage("after completion", headId, spouseId, wrongSpouseId);
    } catch (RuntimeException e) {
      fail(e);
    }

    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(id)
        .taskDefinitionKey(TASK_COLLECT_HOUSEHOLD_INFORMATION).singleResult().getAssignee()).isEqualTo("zhangwei");
    assertThat(jdbc.queryForList("SELECT m.id_number FROM household_member m JOIN household_case c ON c.household_id = m.household_id"
        + " WHERE c.process_instance_id = ? ORDER BY m.member_no", String.class, id)).containsExactly(headId, spouseId);
    assertThat(jdbc.queryForList("SELECT m.relation FROM household_member m JOIN household_case c ON c.household_id = m.household_id"
        + " WHERE c.process_instance_id = ? ORDER BY m.member_no", String.class, id)).containsExactly("户主", "配偶");
    var caseRow = jdbc.queryForMap("SELECT income_wages, income_minimum_living, collected_on, risk1, risk2 FROM household_case"
        + " WHERE process_instance_id = ?", id);
    assertThat(((Number) caseRow.get("income_wages")).longValue()).isEqualTo(320050L);
    assertThat(((Number) caseRow.get("income_minimum_living")).longValue()).isEqualTo(180000L);
    assertThat(String.valueOf(caseRow.get("collected_on"))).isEqualTo("2020-09-29");
    assertThat(caseRow.get("risk1")).isEqualTo("illness");
    assertThat(caseRow.get("risk2")).isEqualTo("unstable-employment");
    var history = http.get("demo", "/engine-rest/history/variable-instance?processInstanceId=" + id);
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).doesNotContain(headId, spouseId, wrongSpouseId, "13904511234");
  }

  private void assertNoIdNumbersInLocalStorage(String when, String... idNumbers) {
    assertThat((String) browser.executeScript("return JSON.stringify(Object.assign({}, localStorage))"))
        .as("localStorage " + when).doesNotContain(idNumbers);
  }

  /** Fills the n-th member slot 家庭成员n; a null relation keeps the slot's default. */
  private void member(int n, String name, String sex, String idNumber, String relation) {
    var slot = memberSlot(n);
    type(input(slot, "A1 姓名"), name);
    select(slot, "A2 性别", sex);
    select(slot, "A3 证件类型", "居民身份证");
    type(input(slot, "A4 居民身份证"), idNumber);
    if (relation != null) {
      select(slot, "A5 与户主关系", relation);
    }
  }

  /** The group of the member slot 家庭成员n (the first is 家庭成员1（户主）). */
  private static String memberSlot(int n) {
    var label = n == 1 ? "家庭成员1（户主）" : "家庭成员" + n;
    return "//div[@role='group'][./label[normalize-space(.)='" + label + "']]";
  }

  private static String selectDisplay(String label) {
    return "//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(.),'" + label
        + "')]]//div[contains(@class,'fjs-select-display')]";
  }
}
