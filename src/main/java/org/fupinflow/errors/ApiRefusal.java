package org.fupinflow.errors;

/**
 * A refusal of a capability that is not a plain 400 (those are {@link InvalidRequestException} and
 * {@link org.fupinflow.validation.InvalidSubmission}): 403, 404 or 409 with its message (Chinese, then English).
 * Answered as an {@link ApiError} wherever it is thrown.
 */
public class ApiRefusal extends RuntimeException {

  private final int status;

  protected ApiRefusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static ApiRefusal forbidden(String message) {
    return new ApiRefusal(403, message);
  }

  public static ApiRefusal notFound(String message) {
    return new ApiRefusal(404, message);
  }

  public static ApiRefusal conflict(String message) {
    return new ApiRefusal(409, message);
  }

  public int status() {
    return status;
  }

  public ApiError answer() {
    return ApiError.of(status, getMessage());
  }
}
