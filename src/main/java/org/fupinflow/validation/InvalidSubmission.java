package org.fupinflow.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.fupinflow.calendar.ChinaTime;

/**
 * A form or REST submission the server refuses, whatever the browser checked: the engine REST
 * API answers 400 with this message (Chinese, then English, naming the field), and the transaction rolls back.
 */
public class InvalidSubmission extends BadUserRequestException {

  public InvalidSubmission(String field, String chinese, String english) {
    super(field + "：" + chinese + " / " + field + ": " + english);
  }

  /** A refusal that names several fields or rows itself. */
  protected InvalidSubmission(String message) {
    super(message);
  }

  /** A business date (yyyy-MM-dd), read as {@link ChinaTime} reads it. */
  public static LocalDate date(Object value, String field, String chineseName) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new InvalidSubmission(field, chineseName + "必填", "a date (yyyy-MM-dd) is required");
    }
    LocalDate date;
    try {
      date = ChinaTime.toDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmission(field, chineseName + "格式应为 yyyy-MM-dd：" + value, "expected yyyy-MM-dd: " + value);
    }
    var problem = InputHygiene.ofDate(date);
    if (problem != null) {
      throw new InvalidSubmission(field, chineseName + problem.chinese(), problem.english());
    }
    return date;
  }

  /**
   * A Json variable (what Tasklist submits for a form's group, and integrators send as type Json, or as JSON text) as
   * a JSON tree, read with {@code json} (Spring's {@code ObjectMapper}, as the engine door reads the same variable);
   * {@code null} when absent.
   */
  public static JsonNode json(ObjectMapper json, Object value, String field, String chineseName) {
    if (value == null || value instanceof JsonNode) {
      return (JsonNode) value;
    }
    var text = value instanceof SerializableValue serializable ? serializable.getValueSerialized() : value.toString();
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidSubmission(field, chineseName + "不是有效的JSON", "is not valid JSON");
    }
  }

  /** A required text of at most {@code maxLength} characters, trimmed. */
  public static String text(Object value, String field, String chineseName, int maxLength) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidSubmission(field, chineseName + "必填", "a text is required");
    }
    return maxLength(text.strip(), field, chineseName, maxLength);
  }

  /** An optional text: null when absent or blank. */
  public static String optionalText(Object value, String field, String chineseName, int maxLength) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidSubmission(field, chineseName + "应为文本", "a text is expected");
    }
    return maxLength(text.strip(), field, chineseName, maxLength);
  }

  /** Free text at most {@code maxLength} characters, clean ({@link InputHygiene#ofFreeText}). */
  private static String maxLength(String text, String field, String chineseName, int maxLength) {
    var problem = InputHygiene.ofFreeText(text);
    if (problem != null) {
      throw new InvalidSubmission(field, chineseName + problem.chinese(), problem.english());
    }
    if (text.length() > maxLength) {
      throw new InvalidSubmission(field, chineseName + "不能超过" + maxLength + "字", "at most " + maxLength + " characters");
    }
    return text;
  }
}
