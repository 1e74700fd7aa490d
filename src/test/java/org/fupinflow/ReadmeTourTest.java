package org.fupinflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README as a tour stays true: every model in processes/ has its picture in src/docs/images/processes/ (drawn by
 * the browser test {@code ProcessDiagramsInChromiumTest}) and the README shows it; no picture is left of a model that
 * is gone; every link of the README leads to a file of the repository or to one of its own headings (GitHub's
 * anchors), and nothing points outside the repository.
 */
class ReadmeTourTest {

  private static final Path README = Path.of("README.md");
  private static final Path PROCESSES = Path.of("processes");
  private static final Path PICTURES = Path.of("src", "docs", "images", "processes");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  /** A path that climbs out of the repository ({@code ../shared/…}), not an ellipsis before a tag end. */
  private static final Pattern OUTSIDE = Pattern.compile("(?<![.\\w])\\.\\./\\S*");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

  static Stream<String> processKeys() throws IOException {
    try (var files = Files.list(PROCESSES)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processKeys")
  void eachProcedureHasItsPictureInTheReadme(String key) throws IOException {
    var picture = PICTURES.resolve(key + ".png");
    assertThat(picture).as("picture of " + key + " (ProcessDiagramsInChromiumTest -Dfupin.docsScreenshots=true)")
        .isRegularFile();
    var image = ImageIO.read(picture.toFile());
    assertThat(image).as(picture + " is a PNG").isNotNull();
    assertThat(image.getWidth()).as(picture + " width").isBetween(100, 1600);
    assertThat(readme()).as("README shows " + picture)
        .contains("](src/docs/images/processes/" + key + ".png)");
  }

  @Test
  void noPictureIsLeftOfAModelThatIsGone() throws IOException {
    var keys = processKeys().collect(Collectors.toSet());
    try (var files = Files.list(PICTURES)) {
      assertThat(files.map(file -> file.getFileName().toString()).toList())
          .allSatisfy(name -> assertThat(keys).as("model of " + name).contains(name.replaceFirst("\\.png$", "")));
    }
  }

  @Test
  void everyLinkLeadsIntoTheRepositoryOrToAHeading() throws IOException {
    var readme = readme();
    assertThat(OUTSIDE.matcher(readme).results().map(match -> match.group())).as("paths outside the repository")
        .isEmpty();
    var text = withoutFencedCode(readme);
    var anchors = anchors(text);
    var links = LINK.matcher(text.replaceAll("`[^`\n]*`", "``")).results().map(match -> match.group(1)).toList();
    assertThat(links).as("links in the README").isNotEmpty();
    for (var link : links) {
      if (link.startsWith("http://localhost") || link.startsWith("https://")) {
        continue;
      }
      if (link.startsWith("#")) {
        assertThat(anchors).as("heading of the link " + link).contains(link.substring(1));
      } else {
        assertThat(link).as("a relative link").doesNotStartWith("/").doesNotContain("..");
        assertThat(Path.of(link.replaceFirst("#.*$", ""))).as("file of the link " + link).exists();
      }
    }
  }

  @Test
  void anchorsAreGitHubs() {
    assertThat(anchors("## Household identification (返贫致贫风险户识别认定) — the REST contract\n"
        + "### 绩效评价 / Province's evaluation (`/api/evaluation`)\n## Tests\n## Tests\n"))
        .containsExactlyInAnyOrder("household-identification-返贫致贫风险户识别认定--the-rest-contract",
            "绩效评价--provinces-evaluation-apievaluation", "tests", "tests-1");
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The README without fenced code blocks, where brackets and hashes are code, not links and headings. */
  private static String withoutFencedCode(String markdown) {
    var lines = new StringBuilder();
    var fenced = false;
    for (var line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        lines.append(line).append('\n');
      }
    }
    return lines.toString();
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  static Set<String> anchors(String markdown) {
    var seen = new HashMap<String, Integer>();
    var anchors = new HashSet<String>();
    for (var line : List.of(markdown.split("\n"))) {
      var heading = HEADING.matcher(line);
      if (!heading.matches()) {
        continue;
      }
      var slug = heading.group(1).strip().replace("`", "").toLowerCase().codePoints()
          .filter(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ' '
              || Character.getType(c) == Character.NON_SPACING_MARK)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
          .replace(' ', '-');
      var count = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(count == 0 ? slug : slug + "-" + count);
    }
    return anchors;
  }
}
