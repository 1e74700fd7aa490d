package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_OVERDUE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
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
 * 督办看板 in Cockpit, in headless Chromium with a Chinese browser: a risk reported to 新农镇 (道里区) on 28 Sep 2020
 * was due for verification at the end of 12 Oct 2020 and is still open on 15 Oct, escalated twice. The supervisor
 * 吴强 logs into Cockpit, sees the board's card on the dashboard, opens 督办看板 from the header, finds the case in
 * 道里区's 乡镇入户核实 cell 3 working days late, and follows its link to the process instance in Cockpit. The
 * board's screenshot is README's {@code src/docs/images/supervision-board.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class})
@Tag("browser")
class SupervisionBoardInChromiumTest extends TasklistInChromium {

  static final Path README_IMAGE = Path.of("src", "docs", "images", "supervision-board.png");

  @Autowired Cases cases;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aSupervisorFollowsALate道里区CaseFromTheBoardToCockpit() throws IOException {
    at("2020-09-28T02:00:00Z");
    var started = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28"));
    var instanceId = started.get("id").asText();
    var caseNumber = started.get("businessKey").asText();
    at("2020-10-13T01:00:00Z");
    managementService.executeJob(timer(instanceId, TIMER_VERIFY_HOUSEHOLD_OVERDUE));
    at("2020-10-15T01:00:00Z");
    managementService.executeJob(timer(instanceId, TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE));
    ClockUtil.reset();

    try {
      logIntoCockpit("wuqiang");
      at("2020-10-15T02:00:00Z"); // 10:00 in Harbin: 13, 14 and 15 October are working days past the deadline
      browser.navigate().refresh();
      var card = By.xpath("//section[contains(@class,'fupin-board-card')]//*[contains(text(),'未办结的超期督办')]");
      try {
        visible(card);
      } catch (org.openqa.selenium.TimeoutException stuck) {
        // Cockpit sometimes stays on its boot spinner after a reload in CI (cause not found; see the issue 15 note).
        // Kept visible: the screenshot is saved and the message printed, and the second load must show the card.
        screenshot("cockpit-boot-spinner");
        System.err.println("SupervisionBoardInChromiumTest: Cockpit did not boot within 30 s, loading it once more");
        browser.navigate().refresh();
        visible(card);
      }
      click(By.cssSelector("a.fupin-board-nav"));
      wait.until(ExpectedConditions.urlContains("#/supervision-board"));
      visible(By.xpath("//h2[starts-with(normalize-space(.),'督办看板')]"));

      var cell = By.cssSelector("a.fupin-board-cell[data-district='daoli'][data-step='" + TASK_VERIFY_HOUSEHOLD
          + "'][data-level='1']");
      assertThat(text(cell)).contains("件", "最久超期");
      assertThat(text(By.xpath("//table[contains(@class,'fupin-board-matrix')]"))).contains("道里区", "乡镇入户核实", "一级督办",
          "二级督办");
      click(cell);
      var link = By.cssSelector(".fupin-board-cases a[data-case='" + caseNumber + "']");
      var row = visible(link).findElement(By.xpath("./ancestor::tr"));
      assertThat(row.getText()).contains("乡镇入户核实", "2020-10-12 24:00", "3", "新农镇（道里区）");
      assertThat(text(By.xpath("//h3[contains(.,'每周督办趋势')]"))).isNotEmpty();
      browser.executeScript("arguments[0].scrollIntoView({block: 'start'})",
          visible(By.xpath("//h2[starts-with(normalize-space(.),'督办看板')]")));
      settle();
      screenshot("supervision-board");
      Files.createDirectories(README_IMAGE.getParent());
      Files.copy(SCREENSHOTS.resolve("supervision-board.png"), README_IMAGE, StandardCopyOption.REPLACE_EXISTING);

      click(link);
      wait.until(ExpectedConditions.urlContains("#/process-instance/" + instanceId));
      // the case's page: its process in the breadcrumb and its business key in the side panel (the first element with
      // the text in the document may be one Cockpit keeps hidden)
      anyVisible(By.xpath("//*[contains(text(),'返贫致贫风险户识别认定')]"));
      anyVisible(By.xpath("//*[contains(text(),'" + caseNumber + "')]"));
      screenshot("supervision-board-case");
    } catch (RuntimeException e) {
      fail(e);
    } finally {
      ClockUtil.reset();
      runtimeService.deleteProcessInstance(instanceId, "test cleanup", true, true);
    }
  }

  /** Until an element the locator finds is displayed; Angular redrawing the page meanwhile only means: look again. */
  private void anyVisible(By locator) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> driver.findElements(locator).stream().anyMatch(element -> element.isDisplayed()));
  }

  private void logIntoCockpit(String official) {
    browser.get(http.baseUrl() + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.urlContains("/login"));
    recordFailedRequests();
    type(By.cssSelector("input[ng-model='username']"), official);
    type(By.cssSelector("input[ng-model='password']"), official);
    click(By.cssSelector("button[type='submit']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
  }

  private String timer(String instanceId, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instanceId).activityId(boundaryEventId).singleResult()
        .getId();
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
