package org.fupinflow.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value refused while a JSON body is read (e.g. a text with control characters): why, in Chinese and English;
 * {@link #getPath()} says which field. {@link ApiError#unreadableJson} names the field and gives both reasons.
 */
public class RefusedJsonValue extends JsonMappingException {

  private final String chinese;
  private final String english;

  public RefusedJsonValue(JsonParser parser, String chinese, String english) {
    super(parser, english);
    this.chinese = chinese;
    this.english = english;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}
