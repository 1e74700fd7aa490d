package org.fupinflow.errors;

/** A request to our API that cannot be served as sent: 400 with this message (Chinese, then English). */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }

  /** The refusal of one field: {@code 区县（district）未知：x / district: unknown district: x}. */
  public static InvalidRequestException invalidField(String field, String chineseName, String chinese, String english) {
    return new InvalidRequestException(chineseName + "（" + field + "）" + chinese + " / " + field + ": " + english);
  }
}
