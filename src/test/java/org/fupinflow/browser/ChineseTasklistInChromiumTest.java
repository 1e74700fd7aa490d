package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.support.HouseholdData;
import org.camunda.bpm.engine.TaskService;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps as a Chinese official at home sees them, in headless Chromium with a Chinese browser whose clock is
 * set to UTC (as many laptops and servers are): no "time to migrate to Camunda 8" banner on Tasklist, Cockpit,
 * Admin or Welcome; dates in China time; the report form with the official's own district and townships to choose
 * from, nothing to type, and form-js's own messages in Chinese. With {@code -Dfupin.docsScreenshots=true} the
 * report form's screenshot is also written to src/docs/images/report-form.png for the README.
 * Run with {@code ./mvnw verify -Pbrowser}; screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class})
@Tag("browser")
class ChineseTasklistInChromiumTest extends TasklistInChromium {

  private static final By BANNER = By.cssSelector("[cam-widget-header] .ce-eol-banner");

  @Autowired Cases cases;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Override
  protected String browserTimeZone() {
    return "UTC";
  }

  @Test
  void noPageOfTasklistCockpitAdminOrWelcomeCarriesTheCamunda8Banner() throws IOException {
    try {
      logIn("demo");
      for (var app : List.of("tasklist", "cockpit", "admin", "welcome")) {
        browser.get(http.baseUrl() + "/camunda/app/" + app + "/default/");
        // The header is drawn (with Camunda's banner element inside, as 7.24 always renders it) …
        wait.until(ExpectedConditions.presenceOfElementLocated(BANNER));
        visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
        settle();
        // … but nobody sees the banner, and the header is back to its height without it.
        assertThat(browser.findElement(BANNER).isDisplayed()).as("banner shown in " + app).isFalse();
        assertThat(browser.findElement(By.tagName("body")).getText()).as(app).doesNotContain("Camunda 8");
        assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getSize().getHeight())
            .as("header height in " + app).isLessThan(60);
        screenshot("zh-" + app + "-no-banner");
      }
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Test
  void aDueDateShowsAsItsChinaDateAndHourInABrowserSetToUtc() throws IOException {
    // 5 working days from 28 Sep 2020 (National Day 1–8 Oct off, 10 Oct worked): due at the end of 12 Oct 2020
    // China time, which is 15:59:59 UTC.
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28"));
    var task = taskService.createTaskQuery().processInstanceId(started.get("id").asText()).singleResult();
    assertThat(task.getDueDate().toInstant()).hasToString("2020-10-12T15:59:59Z");
    try {
      logIn("zhangwei");
      assertThat(browser.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("UTC");
      browser.get(http.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
      visible(By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]"));
      // the tooltip of the due date ("6 年前"), once Angular has formatted it (ng-if draws the element anew)
      var shown = wait.until(driver -> (String) browser.executeScript("const due = document.querySelector("
          + "'[cam-tasklist-task-meta] .due-date [am-time-ago]'); const text = due && due.getAttribute('uib-tooltip');"
          + " return text && text.includes('年') ? text : null;"));
      assertThat(shown).as("due date in the task's header").startsWith("2020年10月12日").endsWith("23:59");
      assertThat(text(By.cssSelector("#footer-timezone"))).contains("Asia/Shanghai").doesNotContain("UTC ");
      screenshot("zh-due-date-in-china-time");

      browser.manage().deleteAllCookies();
      logIn("demo");
      browser.get(http.baseUrl() + "/camunda/app/cockpit/default/");
      visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
      // Cockpit's own date filter, as its tables use it (Cockpit's format is ISO without offset): China time
      var cockpitShows = (String) browser.executeScript(
          "return angular.element(document.body).injector().get('$filter')('camDate')('2020-10-12T15:59:59.999+0000')");
      assertThat(cockpitShows).isEqualTo("2020-10-12T23:59:59");
      assertThat(text(By.cssSelector("#footer-timezone"))).contains("Asia/Shanghai");
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Test
  void aTownshipOfficerReportsARiskWithTheirTownshipFromTheirGroupsAndFormJsSpeaksChinese() throws IOException {
    try {
      logIn("zhangwei");
      openTheReportForm();
      // 区县 and 乡镇 are chosen already: the officer's one district and township, from their groups
      assertThat(text(By.xpath(selectDisplay("区县")))).isEqualTo("道里区");
      assertThat(text(By.xpath(selectDisplay("乡镇")))).isEqualTo("新农镇");
      assertThat(optionsOf("乡镇")).containsExactly("新农镇");
      pick("乡镇", "新农镇");
      assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.),'乡镇代码')]"))).isEmpty();
      // form-js's own texts: an empty select's placeholder, and the messages of required fields
      assertThat(text(By.xpath(selectDisplay("A52b")))).isEqualTo("请选择");
      click(startButton());
      visible(By.xpath("//*[contains(@class,'fjs-form-field-error') and contains(normalize-space(.),'此项必填。')]"));
      assertThat(browser.findElement(By.cssSelector(".modal")).getText())
          .doesNotContain("Field is required", "Select", "Search");
      screenshot("zh-report-1-required-in-chinese");

      type(input("", "村名"), "红旗村");
      click(By.xpath("//label[contains(.,'B 一般农户')]//input | //input[@type='radio' and @value='B']"));
      type(By.cssSelector(".fjs-form-field-datetime input"), "9/28/2020");
      type(input("", "户主姓名"), "孙玉兰");
      type(input("", "户主身份证号码"), HouseholdData.nextHeadIdNumber());
      select("", "A52a", "因灾");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
      // The whole form in one picture, from its top, without the notice of the refused first attempt
      browser.findElements(By.cssSelector(".modal button.close[ng-click^='removeNotification']")).forEach(
          close -> browser.executeScript("arguments[0].click()", close));
      browser.manage().window().setSize(new Dimension(1400, 1900));
      browser.executeScript("document.querySelectorAll('.modal, .modal-body').forEach(e => e.scrollTop = 0)");
      settle();
      screenshot("report-form");
      browser.manage().window().setSize(new Dimension(1400, 1000));
      if (Boolean.getBoolean("fupin.docsScreenshots")) {
        Files.copy(SCREENSHOTS.resolve("report-form.png"), Path.of("src", "docs", "images", "report-form.png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      click(startButton());
      wait.until(driver -> runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
          .variableValueEquals("villageName", "红旗村").count() == 1);
    } catch (RuntimeException e) {
      fail(e);
    }
    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
        .variableValueEquals("villageName", "红旗村").singleResult();
    assertThat(instance.getTenantId()).isEqualTo("daoli");
    assertThat(runtimeService.getVariable(instance.getId(), "townshipCode")).isEqualTo("xinnong");
    assertThat(runtimeService.getVariable(instance.getId(), "reportedBy")).isEqualTo("zhangwei");
  }

  @Test
  void aDistrictOfficeChoosesTheTownshipFromItsDistrictsTownships() throws IOException {
    try {
      logIn("chenjing");
      openTheReportForm();
      assertThat(text(By.xpath(selectDisplay("区县")))).isEqualTo("道里区");
      assertThat(text(By.xpath(selectDisplay("乡镇")))).isEqualTo("请选择");
      assertThat(optionsOf("乡镇")).contains("新农镇", "太平镇").doesNotContain("石人镇");
      pick("乡镇", "太平镇");
      type(input("", "村名"), "永安村");
      click(By.xpath("//label[contains(.,'A 脱贫享受政策户')]//input | //input[@type='radio' and @value='A']"));
      type(By.cssSelector(".fjs-form-field-datetime input"), "9/28/2020");
      type(input("", "户主姓名"), "刘长顺");
      type(input("", "户主身份证号码"), HouseholdData.nextHeadIdNumber());
      select("", "A52a", "因残");
      screenshot("zh-report-district-office");
      click(startButton());
      wait.until(driver -> runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
          .variableValueEquals("villageName", "永安村").count() == 1);
    } catch (RuntimeException e) {
      fail(e);
    }
    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("household-identification")
        .variableValueEquals("villageName", "永安村").singleResult();
    assertThat(runtimeService.getVariable(instance.getId(), "townshipCode")).isEqualTo("taiping");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate().toInstant())
        .hasToString("2020-10-12T15:59:59Z");
  }

  private void openTheReportForm() {
    recordFailedRequests();
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//*[contains(@class,'modal')]//*[contains(text(),'返贫致贫风险户识别认定')]"));
    visible(By.cssSelector(".fjs-form-field-select"));
    settle();
  }

  /** The options a form-js select offers, as its opened list shows them (left open for {@link #pick}). */
  private List<String> optionsOf(String label) {
    click(By.xpath(selectField(label) + "//div[contains(@class,'fjs-input-group')]"));
    visible(By.xpath(selectField(label) + "//*[contains(@class,'fjs-dropdownlist-item')]"));
    return browser.findElements(By.xpath(selectField(label) + "//*[contains(@class,'fjs-dropdownlist-item')]")).stream()
        .map(item -> item.getText().trim()).toList();
  }

  /** Picks an option of the select whose list {@link #optionsOf} opened. */
  private void pick(String label, String option) {
    click(By.xpath(selectField(label) + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(selectDisplay(label)), option));
  }

  private static String selectField(String label) {
    return "//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(.),'" + label + "')]]";
  }

  private static By startButton() {
    return By.xpath("//*[contains(@class,'modal')]//button[contains(., 'Start') or contains(., '发起')]");
  }

  private static String selectDisplay(String label) {
    return "//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(.),'" + label
        + "')]]//div[contains(@class,'fjs-select-display')]";
  }
}
