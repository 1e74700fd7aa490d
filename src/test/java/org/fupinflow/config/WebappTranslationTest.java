package org.fupinflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese translation of Camunda's webapps (our zh.json beside the webjar's en.json) stays complete: the
 * same keys as the Camunda version on the classpath, and the same {{ interpolations }}. A Camunda upgrade that
 * adds labels fails here instead of showing officials English fragments.
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern INTERPOLATION = Pattern.compile("\\{\\{\\s*([^}|\\s]+)");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseHasEveryLabelOfCamundasEnglishWithTheSamePlaceholders(String app) throws IOException {
    var english = leaves(read(app, "en"));
    var chinese = leaves(read(app, "zh"));
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    english.forEach((key, value) -> assertThat(placeholders(chinese.get(key))).as(app + " " + key)
        .isEqualTo(placeholders(value)));
    var translated = chinese.values().stream()
        .filter(label -> label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
        .count();
    assertThat(translated).as("labels in Chinese").isGreaterThan(english.size() * 8L / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsTheDefaultForEveryWebapp(String app) throws IOException {
    try (InputStream in = resource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' }");
    }
  }

  private JsonNode read(String app, String locale) throws IOException {
    try (InputStream in = resource(LOCALES.formatted(app, locale))) {
      var text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  private static InputStream resource(String path) {
    var in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  private static Map<String, String> leaves(JsonNode node) {
    var leaves = new TreeMap<String, String>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isContainerNode()) {
      var names = new ArrayList<String>();
      node.fieldNames().forEachRemaining(names::add);
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collect(path + "[" + i + "]", node.get(i), leaves);
        }
      }
      names.forEach(name -> collect(path.isEmpty() ? name : path + "." + name, node.get(name), leaves));
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    var found = new ArrayList<String>();
    var matcher = INTERPOLATION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    found.sort(null);
    return found;
  }
}
