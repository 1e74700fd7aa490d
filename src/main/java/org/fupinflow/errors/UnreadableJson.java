package org.fupinflow.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Why a JSON text a caller sent cannot be read, in Chinese and English, naming the field where Jackson knows it. */
final class UnreadableJson {

  private UnreadableJson() {
  }

  /** What is wrong with a JSON body, naming the field where Jackson knows it. */
  static String explain(Throwable cause) {
    if (cause instanceof RefusedJsonValue refused) {
      var field = field(refused);
      return field + "：" + refused.chinese() + " / " + field + ": " + refused.english();
    }
    if (cause instanceof StreamConstraintsException) {
      return "请求体超出 JSON 限制（嵌套或长度） / The JSON body exceeds the limits (nesting or length)";
    }
    if (cause instanceof JsonParseException parse) {
      if (parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
        var name = parse.getOriginalMessage().replaceFirst("Duplicate field '(.*)'", "$1");
        return "字段 " + name + " 出现了两次 / The field " + name + " is given twice";
      }
      var location = parse.getLocation();
      var where = location == null ? "" : "第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列";
      var whereEn = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      return "请求体不是有效的 JSON" + (where.isEmpty() ? "" : "（" + where + "）") + " / The body is not valid JSON" + whereEn;
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return "未知字段 " + field(unknown) + " / Unknown field " + field(unknown);
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      var field = field(mapping);
      var expected = mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
          ? expectedType(mapping) : null;
      return "字段 " + field + " 格式错误" + (expected == null ? "" : "，应为" + expected[0]) + " / Field " + field
          + " is malformed" + (expected == null ? "" : ": expected " + expected[1]);
    }
    if (cause instanceof MismatchedInputException) {
      return "请求体应为 JSON 对象 / The body must be a JSON object";
    }
    return "请求体为空或无法解析，应为 JSON / The body is empty or cannot be read; send JSON";
  }

  private static String[] expectedType(JsonMappingException mapping) {
    var type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (type == null) {
      return null;
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return new String[] {"数字", "a number"};
    }
    if (type == Boolean.class || type == boolean.class) {
      return new String[] {"true 或 false", "true or false"};
    }
    if (type == java.time.LocalDate.class) {
      return new String[] {"日期 yyyy-MM-dd", "a date yyyy-MM-dd"};
    }
    if (type.isEnum()) {
      var known = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
      return new String[] {"以下之一：" + known, "one of " + known};
    }
    if (type == String.class) {
      return new String[] {"文本", "a text"};
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return new String[] {"列表", "a list"};
    }
    return null;
  }

  /** {@code shares[1].amount}: the path of a mapping error. */
  static String field(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

}
