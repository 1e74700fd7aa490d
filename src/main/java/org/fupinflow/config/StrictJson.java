package org.fupinflow.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.fupinflow.errors.RefusedJsonValue;
import org.fupinflow.validation.InputHygiene;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /api} reads JSON bodies: a key given twice is refused, and every text is held to {@link InputHygiene}'s
 * free-text rules (no control characters, no resident ID number: no {@code /api} body has a field for one). A refusal
 * names the field ({@link RefusedJsonValue}), which {@code ApiErrors} puts in its message.
 */
@Configuration
class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonBodies() {
    var texts = new SimpleModule("fupin-clean-texts");
    texts.addDeserializer(String.class, new CleanText());
    return builder -> builder
        .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .modulesToInstall(modules -> modules.add(texts));
  }

  private static final class CleanText extends StdScalarDeserializer<String> {
    CleanText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      var text = StringDeserializer.instance.deserialize(parser, context);
      var problem = InputHygiene.ofFreeText(text);
      if (problem != null) {
        throw new RefusedJsonValue(parser, problem.chinese(), problem.english());
      }
      return text;
    }
  }
}
