package org.fupinflow.security;

import org.fupinflow.errors.ApiError;

/** A request the engine door answers itself, before the engine sees it: status, error type, Chinese and English. */
final class DoorRefusal extends RuntimeException {

  private final int status;
  private final String type;

  private DoorRefusal(int status, String type, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
  }

  static DoorRefusal badRequest(String message) {
    return new DoorRefusal(400, ApiError.INVALID, message);
  }

  static DoorRefusal forbidden(String message) {
    return new DoorRefusal(403, ApiError.FORBIDDEN, message);
  }

  static DoorRefusal notFound(String message) {
    return new DoorRefusal(404, ApiError.NOT_FOUND, message);
  }

  static DoorRefusal unsupportedMediaType(String message) {
    return new DoorRefusal(415, ApiError.typeOf(415), message);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }
}
