package org.fupinflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.security.ProcessPolicy.Kind;

/**
 * Variables as the engine REST API takes them ({@code {"name": {"value", "type", "valueInfo"}}}), checked against
 * what a start or a step declares, before the engine sees them. A variable without {@code type} gets the type the
 * engine would infer from its JSON value (text: String, true/false: Boolean, number: Integer/Long/Double, null: Null),
 * which is what Tasklist's Camunda Forms send; form groups come as {@code Json}.
 */
final class SubmittedVariables {

  private static final Set<String> NUMBERS = Set.of("integer", "long", "short", "double");

  private final Map<String, Kind> declared;
  private final Where where;
  private final Function<String, Object> current;
  private final ObjectMapper json;

  /**
   * @param declared what may be submitted
   * @param where the step or process, for messages ({@code 「乡镇入户核实」/ step UserTask_VerifyHousehold})
   * @param current the variable's present value, for fields the form shows read-only
   * @param json reads a Json variable's text
   */
  SubmittedVariables(Map<String, Kind> declared, Where where, Function<String, Object> current, ObjectMapper json) {
    this.declared = declared;
    this.where = where;
    this.current = current;
    this.json = json;
  }

  /** @param variables the {@code variables} (or {@code modifications}) object of a request; null when absent */
  void check(JsonNode variables) {
    if (variables == null || variables.isNull()) {
      return;
    }
    if (!variables.isObject()) {
      throw DoorRefusal.badRequest("variables 应为 JSON 对象 / variables must be a JSON object");
    }
    for (var fields = variables.fields(); fields.hasNext(); ) {
      var field = fields.next();
      checkOne(field.getKey(), field.getValue());
    }
  }

  /** One variable of a {@code PUT …/variables/{name}} call. */
  void checkOne(String name, JsonNode variable) {
    var kind = requireDeclared(name);
    if (variable == null || !variable.isObject()) {
      throw DoorRefusal.badRequest("变量 " + name + " 应写作 {\"value\": …, \"type\": …} / The variable " + name
          + " must be given as {\"value\": …, \"type\": …}");
    }
    var value = variable.get("value");
    var type = typeOf(variable.get("type"), value);
    if (kind == Kind.SHOWN) {
      var submitted = value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
      if (!submitted.equals(Objects.toString(current.apply(name), ""))) {
        throw DoorRefusal.badRequest("变量 " + name + " 为只读，不能修改 / The variable " + name + " is read-only and cannot be changed");
      }
      return;
    }
    if (!accepts(kind, type, value)) {
      throw DoorRefusal.badRequest("变量 " + name + " 应为 " + kind.restType() + " 类型，而不是 " + type + " / The variable "
          + name + " must be of type " + kind.restType() + ", not " + type);
    }
    if (value == null || value.isNull()) {
      return;
    }
    if (kind == Kind.JSON) {
      var tree = readJson(name, type, value);
      if (tree != null) {
        refuseUnclean(name, tree);
      }
    } else if (value.isTextual()) {
      var text = value.asText();
      refuse(name, kind == Kind.TEXT ? InputHygiene.ofFreeText(text) : InputHygiene.ofText(text));
    }
  }

  /**
   * A Json variable's tree (its value is JSON text, which the engine reads: anything else would fail inside it, a 500);
   * {@code null} for a JSON-kind variable sent as plain text, which the step's listener reads.
   */
  private JsonNode readJson(String name, String type, JsonNode value) {
    if (!value.isTextual()) {
      throw DoorRefusal.badRequest("变量 " + name + " 的值应为 JSON 文本 / The value of the Json variable " + name
          + " must be JSON text");
    }
    try {
      return json.readTree(value.asText());
    } catch (JsonProcessingException e) {
      if (type.equals("json")) {
        throw DoorRefusal.badRequest("变量 " + name + " 的值应为 JSON 文本 / The value of the Json variable " + name
            + " must be JSON text");
      }
      return null;
    }
  }

  /** Every text inside a Json variable (member names, ID numbers, notes): no control characters. */
  private static void refuseUnclean(String name, JsonNode tree) {
    if (tree.isTextual()) {
      refuse(name, InputHygiene.ofText(tree.asText()));
    }
    for (var fields = tree.fields(); fields.hasNext(); ) {
      var field = fields.next();
      refuse(name + "." + field.getKey(), InputHygiene.ofText(field.getKey()));
      refuseUnclean(name + "." + field.getKey(), field.getValue());
    }
    if (tree.isArray()) {
      for (int i = 0; i < tree.size(); i++) {
        refuseUnclean(name + "[" + i + "]", tree.get(i));
      }
    }
  }

  private static void refuse(String name, InputHygiene.Problem problem) {
    if (problem != null) {
      throw DoorRefusal.badRequest("变量 " + name + " " + problem.chinese() + " / The variable " + name + " " + problem.english());
    }
  }

  /** A variable a call deletes must be one the step declares. */
  Kind requireDeclared(String name) {
    var kind = declared.get(name);
    if (kind == null) {
      throw DoorRefusal.badRequest("变量 " + name + " 不属于" + where.chinese() + "，不能提交 / The variable " + name
          + " is not part of " + where.english() + " and cannot be submitted");
    }
    return kind;
  }

  private static boolean accepts(Kind kind, String type, JsonNode value) {
    if (type.equals("null")) {
      return true;
    }
    return switch (kind) {
      case TEXT, RESIDENT_ID -> type.equals("string");
      case DATE -> type.equals("string") || type.equals("date");
      case BOOLEAN -> type.equals("boolean")
          || type.equals("string") && value != null && (value.asText().equals("true") || value.asText().equals("false"));
      case NUMBER -> NUMBERS.contains(type);
      case JSON -> type.equals("json") || type.equals("string");
      case SHOWN -> true;
    };
  }

  /** The engine's type name in lower case: given, or inferred from the JSON value as the REST API infers it. */
  private static String typeOf(JsonNode type, JsonNode value) {
    if (type != null && !type.isNull()) {
      return type.asText().toLowerCase(Locale.ROOT);
    }
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? "integer" : "long";
    }
    if (value.isNumber()) {
      return "double";
    }
    return "object";
  }

  /** What the variables were submitted to, in both languages. */
  record Where(String chinese, String english) {
  }
}
