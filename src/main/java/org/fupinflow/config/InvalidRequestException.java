package org.fupinflow.config;

/** A request to our API that cannot be served as sent: 400 with this message (Chinese, then English). */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
