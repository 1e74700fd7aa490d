package org.fupinflow.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema names without their package: springdoc names schemas by fully qualified class ({@code springdoc.use-fqn}),
 * because several capabilities have a nested record of the same simple name (a {@code FundLine} of the monthly
 * statistics and one of the evaluation) and simple names would let one silently replace the other. Here
 * {@code org.fupinflow.projects.MonthlyReport.FundLine} becomes {@code MonthlyReport.FundLine}, and every reference
 * follows.
 */
final class SchemaNames {

  static final String REFS = "#/components/schemas/";

  private SchemaNames() {
  }

  /** From the first segment that starts with a capital (the top-level class): packages are lower case. */
  static String shortName(String qualified) {
    var segments = qualified.replace('$', '.').split("\\.");
    for (int i = 0; i < segments.length; i++) {
      if (!segments[i].isEmpty() && Character.isUpperCase(segments[i].charAt(0))) {
        return String.join(".", java.util.Arrays.copyOfRange(segments, i, segments.length));
      }
    }
    return qualified;
  }

  @SuppressWarnings("rawtypes")
  static void shorten(OpenAPI openApi) {
    var schemas = openApi.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    var names = new LinkedHashMap<String, String>();
    var renamed = new LinkedHashMap<String, Schema>();
    schemas.forEach((name, schema) -> {
      var shortName = shortName(name);
      if (renamed.containsKey(shortName)) {
        throw new IllegalStateException("two schemas named " + shortName + ": rename one of the classes (" + name + ")");
      }
      names.put(name, shortName);
      renamed.put(shortName, schema);
    });
    renamed.values().forEach(schema -> follow(schema, names));
    openApi.getComponents().setSchemas(renamed);
    if (openApi.getPaths() != null) {
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        if (operation.getParameters() != null) {
          operation.getParameters().forEach(parameter -> follow(parameter.getSchema(), names));
        }
        if (operation.getRequestBody() != null) {
          follow(operation.getRequestBody().getContent(), names);
        }
        if (operation.getResponses() != null) {
          operation.getResponses().values().forEach(response -> follow(response.getContent(), names));
        }
      }));
    }
  }

  private static void follow(Content content, Map<String, String> names) {
    if (content != null) {
      content.values().forEach(media -> follow(media.getSchema(), names));
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void follow(Schema schema, Map<String, String> names) {
    if (schema == null) {
      return;
    }
    var ref = schema.get$ref();
    if (ref != null && ref.startsWith(REFS) && names.containsKey(ref.substring(REFS.length()))) {
      schema.set$ref(REFS + names.get(ref.substring(REFS.length())));
    }
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> follow(property, names));
    }
    follow(schema.getItems(), names);
    if (schema.getAdditionalProperties() instanceof Schema additional) {
      follow(additional, names);
    }
    for (List<Schema> combined : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
      if (combined != null) {
        combined.forEach(part -> follow(part, names));
      }
    }
    follow(schema.getNot(), names);
  }
}
