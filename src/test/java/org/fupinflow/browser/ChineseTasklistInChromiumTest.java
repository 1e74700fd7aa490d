package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.fupinflow.support.Cases;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps as a Chinese official at home sees them, in headless Chromium with a Chinese browser whose clock is
 * set to UTC (as many laptops and servers are): no "time to migrate to Camunda 8" banner on Tasklist, Cockpit,
 * Admin or Welcome; dates in China time.
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
      var due = visible(By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]"));
      wait.until(driver -> !due.getDomAttribute("uib-tooltip").isBlank());
      var shown = due.getDomAttribute("uib-tooltip");
      assertThat(shown).as("due date in the task's header").contains("2020").contains("10").contains("12")
          .containsAnyOf("23:59", "11:59", "11点59");
      assertThat(text(By.cssSelector("#footer-timezone"))).contains("Asia/Shanghai").doesNotContain("UTC ");
      screenshot("zh-due-date-in-china-time");

      browser.manage().deleteAllCookies();
      logIn("demo");
      browser.get(http.baseUrl() + "/camunda/app/cockpit/default/");
      visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
      // Cockpit's own date filter, as its pages use it
      var cockpitShows = (String) browser.executeScript(
          "return angular.element(document.body).injector().get('$filter')('camDate')('2020-10-12T15:59:59.999+0000')");
      assertThat(cockpitShows).contains("2020").containsAnyOf("23:59", "11:59", "11点59");
      assertThat(text(By.cssSelector("#footer-timezone"))).contains("Asia/Shanghai");
    } catch (RuntimeException e) {
      fail(e);
    }
  }
}
