package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fupinflow.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Headless Chromium (Debian's chromium and chromium-driver) on the application's Tasklist, and the ways of driving
 * it that work there: DOM-event clicks, CDP typing, 完成 clicked directly, failed requests recorded. Subclasses are
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} tests tagged {@code browser} that import {@link Http};
 * screenshots land in target/browser/.
 */
abstract class TasklistInChromium {

  static final Path SCREENSHOTS = Path.of("target", "browser");

  @Autowired protected Http http;

  protected ChromeDriver browser;
  protected WebDriverWait wait;

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
    var builder = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort();
    if (browserTimeZone() != null) {
      builder.withEnvironment(Map.of("TZ", browserTimeZone()));
    }
    var service = builder.build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** The browser's time zone (the TZ of its process), or null for the machine's. */
  protected String browserTimeZone() {
    return null;
  }

  @AfterEach
  void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * 完成, clicked directly: never 保存, which keeps a draft (with whatever was typed, ID numbers too) in localStorage.
   * Tasklist 7.24 (its form-js 1.8.7) keeps 完成 disabled while form-js's {@code errors} has any key, and form-js
   * leaves an empty entry for every field of a dynamic list it validated one by one; the forms therefore have fixed
   * slots (groups), whose fields leave no entry, so 完成 must be enabled here.
   */
  protected void complete() {
    assertCompleteEnabled("before 完成");
    click(By.xpath("//button[@ng-click='complete()']"));
  }

  protected void assertCompleteEnabled(String when) {
    var complete = visible(By.xpath("//button[@ng-click='complete()']"));
    settle();
    assertThat(Boolean.parseBoolean(complete.getDomProperty("disabled"))).as("完成 disabled " + when).isFalse();
  }

  /** The variable names of each submitted task form, in order. */
  @SuppressWarnings("unchecked")
  protected List<Object> submittedVariables() {
    return (List<Object>) browser.executeScript("return (window.__submittedVariables || []).slice()");
  }

  protected String text(By locator) {
    return visible(locator).getText().trim();
  }

  /** The text or number input after the label starting with the given text, within the XPath scope. */
  protected static By input(String scope, String label) {
    return By.xpath(scope + "//label[starts-with(normalize-space(.),'" + label + "')]/following::input[1]");
  }

  protected static By date(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field-datetime')][.//label[starts-with(normalize-space(.),'" + label
        + "')]]//input");
  }

  /** Picks an option of a form-js select (opened and picked on mousedown). */
  protected void select(String scope, String label, String option) {
    var field = scope + "//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(.),'" + label + "')]]";
    click(By.xpath(field + "//div[contains(@class,'fjs-input-group')]"));
    click(By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.xpath(field + "//div[contains(@class,'fjs-select-display')]"), option));
  }

  protected void scrollTo(By locator) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", visible(locator));
  }

  @SuppressWarnings("unchecked")
  protected List<String> failedRequests() {
    return (List<String>) browser.executeScript("return (window.__failedRequests || []).slice()");
  }

  /**
   * The failed requests apart from Tasklist reloading a task it has just completed: a reload that loses the race with
   * the completion is rightly answered 404 (the task is gone). Seen once, in a CI run on a loaded machine, after the
   * completion that ends a fund-disbursement case.
   */
  protected List<String> failedRequestsBesidesReloadOf(String completedTaskId) {
    var reload = Pattern.compile("404 \\S+/task/" + Pattern.quote(completedTaskId) + " .*", Pattern.DOTALL);
    return failedRequests().stream().filter(failed -> !reload.matcher(failed).matches()).toList();
  }

  /**
   * Types into a field the way an input method commits text (CDP {@code Input.insertText}), as officials
   * typing Chinese do. In headless Chromium, Tasklist's login keeps the focus on its first field and
   * synthetic key presses are lost, so WebDriver's sendKeys leaves the fields empty.
   */
  protected void type(By locator, String text) {
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
  protected void click(By locator) {
    browser.executeScript("""
        const target = arguments[0];
        for (const type of ['mousedown', 'mouseup']) {
          target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, button: 0}));
        }
        target.click();""", clickable(locator));
  }

  protected void logIn(String official) {
    browser.get(http.baseUrl() + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.urlContains("/login"));
    type(By.cssSelector("input[ng-model='username']"), official);
    type(By.cssSelector("input[ng-model='password']"), official);
    click(By.cssSelector("button[type='submit']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
  }

  protected void fail(RuntimeException e) throws IOException {
    var name = "failure-" + System.currentTimeMillis();
    screenshot(name);
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    throw new AssertionError("Tasklist failed (see target/browser/" + name + ".png); requests answered with errors: "
        + browser.executeScript("return JSON.stringify(window.__failedRequests || [])"), e);
  }

  /**
   * Keeps every request of the page that is answered with an error, to explain a failure, and the variable names
   * (not the values) of every submitted task form.
   */
  protected void recordFailedRequests() {
    browser.executeScript(String.join("\n",
        "window.__failedRequests = [];",
        "window.__submittedVariables = [];",
        "const open = XMLHttpRequest.prototype.open;",
        "XMLHttpRequest.prototype.open = function (method, url) {",
        "  this.__url = String(url);",
        "  return open.apply(this, arguments);",
        "};",
        "const send = XMLHttpRequest.prototype.send;",
        "XMLHttpRequest.prototype.send = function (body) {",
        "  this.addEventListener('loadend', () => {",
        "    if (this.status >= 400) window.__failedRequests.push(this.status + ' ' + this.responseURL + ' ' + this.responseText);",
        "  });",
        "  if (this.__url && this.__url.endsWith('/submit-form')) {",
        "    try { window.__submittedVariables.push(Object.keys(JSON.parse(body).variables || {}).sort()); } catch (e) {}",
        "  }",
        "  return send.call(this, body);",
        "};"));
  }

  protected static void settle() {
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  protected WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  protected WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  protected void screenshot(String name) throws IOException {
    var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
