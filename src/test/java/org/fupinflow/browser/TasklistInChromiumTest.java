package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A township officer in Tasklist, in headless Chromium (Debian's chromium and chromium-driver): logs in, finds
 * the new case in 我组的待办, claims it, fills the Camunda Form 乡镇入户核实 and completes it.
 * Run with {@code ./mvnw verify -Pbrowser}; screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class})
@Tag("browser")
class TasklistInChromiumTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openChromium() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    // An official's browser: Chinese first, so Tasklist shows its Chinese translation.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aTownshipOfficerReportsARiskThroughTheStartFormInTasklist() throws IOException {
    try {
      logIn("zhangwei");
      recordFailedRequests();
      click(By.cssSelector(".start-process-action a"));
      click(By.xpath("//*[contains(@class,'modal')]//*[contains(text(),'返贫致贫风险户识别认定')]"));
      visible(By.cssSelector(".fjs-form-field-select"));
      click(By.cssSelector(".fjs-form-field-select .fjs-input-group"));
      click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='道里区']"));
      type(By.xpath("//label[starts-with(normalize-space(.),'乡镇代码')]/following::input[1]"), "xinnong");
      type(By.xpath("//label[starts-with(normalize-space(.),'村名')]/following::input[1]"), "红星村");
      click(By.xpath("//label[contains(.,'A 脱贫享受政策户')]//input | //input[@type='radio' and @value='A']"));
      type(By.cssSelector(".fjs-form-field-datetime input"), "9/28/2020");
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
      wait.until(driver -> historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(started.get("id").asText()).finished().count() == 1);
      screenshot("4-completed");
    } catch (RuntimeException e) {
      fail(e);
    }

    var task = historyService.createHistoricTaskInstanceQuery().processInstanceId(started.get("id").asText()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("zhangwei");
    var verifiedOn = historyService.createHistoricVariableInstanceQuery().processInstanceId(started.get("id").asText())
        .variableName("verifiedOn").singleResult();
    assertThat(String.valueOf(verifiedOn.getValue())).startsWith("2020-09-30");
    var confirmed = historyService.createHistoricVariableInstanceQuery().processInstanceId(started.get("id").asText())
        .variableName("riskConfirmed").singleResult();
    assertThat(confirmed.getValue()).isEqualTo(true);
  }

  /**
   * Types into a field the way an input method commits text (CDP {@code Input.insertText}), as officials
   * typing Chinese do. In headless Chromium, Tasklist's login keeps the focus on its first field and
   * synthetic key presses are lost, so WebDriver's sendKeys leaves the fields empty.
   */
  private void type(By locator, String text) {
    wait.until(driver -> {
      var field = driver.findElement(locator);
      if (!text.equals(field.getDomProperty("value"))) {
        field.clear();
        browser.executeScript("arguments[0].focus()", field);
        browser.executeCdpCommand("Input.insertText", Map.of("text", text));
        browser.executeScript("arguments[0].blur()", field);
        settle(); // form-js debounces what is typed before it reaches the form's state, then re-renders
      }
      return text.equals(driver.findElement(locator).getDomProperty("value"));
    });
  }

  /**
   * Clicks through the DOM: on Tasklist's pages this Chromium drops the synthetic mouse and key events that
   * WebDriver sends (none reaches even a capturing listener on window), while DOM events run the same Angular
   * and form-js handlers a person's click does (form-js opens and picks from its dropdowns on mousedown).
   */
  private void click(By locator) {
    browser.executeScript("""
        const target = arguments[0];
        for (const type of ['mousedown', 'mouseup']) {
          target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, button: 0}));
        }
        target.click();""", clickable(locator));
  }

  private void logIn(String official) {
    browser.get(http.baseUrl() + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.urlContains("/login"));
    type(By.cssSelector("input[ng-model='username']"), official);
    type(By.cssSelector("input[ng-model='password']"), official);
    click(By.cssSelector("button[type='submit']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
  }

  private void fail(RuntimeException e) throws IOException {
    var name = "failure-" + System.currentTimeMillis();
    screenshot(name);
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    throw new AssertionError("Tasklist failed (see target/browser/" + name + ".png); requests answered with errors: "
        + browser.executeScript("return JSON.stringify(window.__failedRequests || [])"), e);
  }

  /** Keeps every request of the page that is answered with an error, to explain a failure. */
  private void recordFailedRequests() {
    browser.executeScript(String.join("\n",
        "window.__failedRequests = [];",
        "const send = XMLHttpRequest.prototype.send;",
        "XMLHttpRequest.prototype.send = function (body) {",
        "  this.addEventListener('loadend', () => {",
        "    if (this.status >= 400) window.__failedRequests.push(this.status + ' ' + this.responseURL + ' ' + this.responseText);",
        "  });",
        "  return send.call(this, body);",
        "};"));
  }

  private static void settle() {
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  private void screenshot(String name) throws IOException {
    var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
