package org.fupinflow.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * The one error answer of the whole application, on {@code /api}, {@code /engine-rest}, Tasklist's engine API and
 * the public boards: {@code {"type": …, "message": …}}, the shape of Camunda's engine REST errors. The message is in
 * Chinese, then English after {@code " / "}, and names the field, parameter, row or variable at fault; it never holds
 * a Java class name, a stack trace, SQL or personal data. The {@code type} says what kind of refusal it is:
 *
 * <table>
 * <tr><th>status</th><th>type</th></tr>
 * <tr><td>400</td><td>{@code InvalidRequestException}</td></tr>
 * <tr><td>401</td><td>{@code AuthenticationException}</td></tr>
 * <tr><td>403</td><td>{@code AuthorizationException} (or {@code CsrfException})</td></tr>
 * <tr><td>404</td><td>{@code NotFoundException}</td></tr>
 * <tr><td>405, 406</td><td>{@code MethodNotAllowedException}, {@code NotAcceptableException}</td></tr>
 * <tr><td>409</td><td>{@code ConflictException}</td></tr>
 * <tr><td>413, 414, 415</td><td>{@code PayloadTooLargeException}, {@code UriTooLongException}, {@code UnsupportedMediaTypeException}</td></tr>
 * <tr><td>5xx</td><td>{@code ServerError}: not the caller's mistake; the details are in the server's log</td></tr>
 * </table>
 */
public record ApiError(String type, String message) {

  public static final String INVALID = "InvalidRequestException";
  public static final String FORBIDDEN = "AuthorizationException";
  public static final String NOT_FOUND = "NotFoundException";
  public static final String CONFLICT = "ConflictException";

  /** The type of an answer with {@code status} when nothing more specific is known. */
  public static String typeOf(int status) {
    return switch (status) {
      case 400 -> INVALID;
      case 401 -> "AuthenticationException";
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> "MethodNotAllowedException";
      case 406 -> "NotAcceptableException";
      case 409 -> CONFLICT;
      case 413 -> "PayloadTooLargeException";
      case 414 -> "UriTooLongException";
      case 415 -> "UnsupportedMediaTypeException";
      default -> status >= 500 ? "ServerError" : INVALID;
    };
  }

  /** The general words for {@code status}, for answers that have nothing more precise to say. */
  public static String generalMessage(int status) {
    return switch (status) {
      case 400 -> "请求无效 / The request is invalid";
      case 401 -> "需要登录 / Authentication required";
      case 403 -> "无权执行此操作 / You are not allowed to do this";
      case 404 -> "请求的地址或对象不存在 / Nothing exists at this address";
      case 405 -> "此地址不支持该请求方法 / This address does not support the request method";
      case 406 -> "无法按所要求的格式（Accept）答复 / No answer in the format asked for (Accept)";
      case 409 -> "与当前状态冲突，请刷新后重试 / Conflicts with the current state; reload and try again";
      case 413 -> "请求体过大 / The request body is too large";
      case 414 -> "请求地址过长（最多 8 KB） / The request address is too long (at most 8 KB)";
      case 415 -> "不支持的请求体类型（Content-Type） / Unsupported request body type (Content-Type)";
      case 503 -> "服务暂时不可用，请稍后重试 / The service is temporarily unavailable; try again later";
      default -> status >= 500 ? "服务器内部错误，已记录；请稍后重试或联系系统管理员 / Internal server error, logged; try again "
          + "later or contact the administrator" : "请求无效 / The request is invalid";
    };
  }

  /** What is wrong with a JSON text a caller sent, naming the field where known (Chinese / English). */
  public static String unreadableJson(Throwable failure) {
    return UnreadableJson.explain(failure);
  }

  public static ApiError of(int status, String message) {
    return new ApiError(typeOf(status), message);
  }

  /** Writes this answer with {@code status} as JSON (UTF-8), for filters and handlers outside Spring MVC. */
  public void write(HttpServletResponse response, int status, ObjectMapper json) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), this);
  }
}
