package org.fupinflow.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /api} reads JSON bodies: a key given twice is refused, and every text is held to {@link InputHygiene}'s
 * free-text rules (no control characters, no resident ID number: no {@code /api} body has a field for one). A refusal
 * names the field, which {@code ApiErrors} puts in its message.
 */
@Configuration
class StrictJson {

  /** A value refused while reading a body; {@link #getPath()} says which field. */
  static final class RefusedValue extends JsonMappingException {
    final InputHygiene.Problem problem;

    RefusedValue(JsonParser parser, InputHygiene.Problem problem) {
      super(parser, problem.english());
      this.problem = problem;
    }
  }

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
        throw new RefusedValue(parser, problem);
      }
      return text;
    }
  }
}
