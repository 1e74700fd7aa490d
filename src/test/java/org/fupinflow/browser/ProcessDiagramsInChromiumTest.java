package org.fupinflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The README's picture of each procedure: every model in processes/*.bpmn drawn by bpmn-js's viewer (a pinned copy
 * in src/test/resources/bpmn-js/, loaded from file://, no network) in headless Chromium, at scale 1 (smaller only
 * for a diagram wider than {@value #MAX_WIDTH} px), cut to the diagram with a margin. The model must import without
 * a warning and every picture is written to target/browser/processes/&lt;key&gt;.png; with
 * {@code -Dfupin.docsScreenshots=true} also to src/docs/images/processes/&lt;key&gt;.png, which the README shows.
 * No application is started. Run with
 * {@code ./mvnw -B -ntp test -Pbrowser -Dtest=ProcessDiagramsInChromiumTest -Dfupin.docsScreenshots=true}.
 */
@Tag("browser")
class ProcessDiagramsInChromiumTest {

  static final int MAX_WIDTH = 1600;
  static final Path PROCESSES = Path.of("processes");
  static final Path SCREENSHOTS = Path.of("target", "browser", "processes");
  static final Path DOCS = Path.of("src", "docs", "images", "processes");
  private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

  private static ChromeDriver browser;

  static Stream<Path> models() throws IOException {
    try (var files = Files.list(PROCESSES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  /** The process's key: the id of the model's one executable process. */
  static String keyOf(String xml) {
    var ids = PROCESS_ID.matcher(xml).results().map(m -> m.group(1)).toList();
    assertThat(ids).as("processes in the model").hasSize(1);
    return ids.get(0);
  }

  @BeforeAll
  static void openChromium() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--allow-file-access-from-files", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--font-render-hinting=none", "--window-size=1800,1400", "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void eachProcedureIsDrawnFromItsModel(Path model) throws IOException {
    var xml = Files.readString(model, StandardCharsets.UTF_8);
    var key = keyOf(xml);
    var page = Path.of("src", "test", "resources", "bpmn-js", "render.html").toAbsolutePath().toUri().toString();
    browser.manage().window().setSize(new Dimension(1800, 1400));
    browser.get(page);
    @SuppressWarnings("unchecked")
    var drawn = (Map<String, Object>) browser.executeAsyncScript(
        "window.render(arguments[0], arguments[1], arguments[arguments.length - 1])", xml, MAX_WIDTH);
    assertThat(drawn).as(model + " imported").doesNotContainKey("error");
    assertThat((List<?>) drawn.get("warnings")).as(model + " import warnings").isEmpty();
    assertThat(((Number) drawn.get("shapes")).intValue()).as(model + " elements drawn").isGreaterThan(3);
    int width = ((Number) drawn.get("width")).intValue();
    int height = ((Number) drawn.get("height")).intValue();
    assertThat(width).as(model + " picture width").isLessThanOrEqualTo(MAX_WIDTH);
    // the whole canvas inside the viewport, so the element's screenshot is not cut
    browser.manage().window().setSize(new Dimension(Math.max(800, width + 200), Math.max(600, height + 300)));
    var png = browser.findElement(By.id("canvas")).getScreenshotAs(OutputType.BYTES);
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).as(model + " screenshot width").isEqualTo(width);
    assertThat(image.getHeight()).as(model + " screenshot height").isEqualTo(height);
    var file = SCREENSHOTS.resolve(key + ".png");
    Files.write(file, png);
    if (Boolean.getBoolean("fupin.docsScreenshots")) {
      Files.createDirectories(DOCS);
      Files.copy(file, DOCS.resolve(key + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
