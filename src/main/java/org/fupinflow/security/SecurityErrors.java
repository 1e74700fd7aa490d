package org.fupinflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fupinflow.errors.ApiError;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as the application's one error answer ({@link ApiError}), in Chinese and English.
 */
class SecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String BAD_CREDENTIALS = "用户名或密码错误 / Wrong user name or password";
  static final String AUTHENTICATION_REQUIRED =
      "需要登录：请用用户名和密码（HTTP Basic）访问 / Authentication required: use your user name and password (HTTP Basic)";
  static final String ACCESS_DENIED = "无权执行此操作 / You are not allowed to do this";
  static final String CSRF_REJECTED =
      "缺少或错误的 X-XSRF-TOKEN 请求头 / Missing or wrong X-XSRF-TOKEN header for a request with the browser session";

  private final ObjectMapper json;

  SecurityErrors(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Fupin Flow\", charset=\"UTF-8\"");
    var message = e.getMessage() != null && e.getMessage().equals(BAD_CREDENTIALS) ? BAD_CREDENTIALS : AUTHENTICATION_REQUIRED;
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", message);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
        e instanceof NotYourDistrict ? e.getMessage() : ACCESS_DENIED);
  }

  void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    new ApiError(type, message).write(response, status, json);
  }
}
