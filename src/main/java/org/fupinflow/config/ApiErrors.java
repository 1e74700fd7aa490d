package org.fupinflow.config;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.fupinflow.errors.ApiError;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.errors.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of a Spring MVC request ({@code /api}, the public boards, anything not found) as an {@link ApiError}, in
 * Chinese and English and naming the field or parameter, instead of Spring's English problem details. Applies to
 * every handler, also when Spring has not chosen one yet (a wrong Content-Type, an unknown address).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** Bodies of {@code /api} (a notice, a project) and upload files: what {@code spring.servlet.multipart} allows. */
  static final String UPLOAD_LIMIT = "10 MB";

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ApiError> invalid(InvalidRequestException e) {
    return answer(400, e.getMessage());
  }

  /** A rule of a capability refused the request (e.g. the ledger, a notice, a project): its own 400. */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<ApiError> refused(BadUserRequestException e) {
    return answer(400, e.getMessage());
  }

  /** 403, 404 or 409 of a capability. */
  @ExceptionHandler(ApiRefusal.class)
  ResponseEntity<ApiError> refusal(ApiRefusal e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.answer());
  }

  /** A capability's or the engine's refusal of the caller (e.g. an objection by another role): 403 with its message. */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> denied(AuthorizationException e) {
    return answer(403, e.getMessage());
  }

  /** {@code @PreAuthorize} refusals and a capability's {@code NotYourDistrict} (whose message is bilingual). */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> accessDenied(AccessDeniedException e) {
    return answer(403, e.getMessage() != null && e.getMessage().contains(" / ") ? e.getMessage() : ApiError.generalMessage(403));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
    return answer(401, ApiError.generalMessage(401));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> malformed(MethodArgumentTypeMismatchException e) {
    var value = String.valueOf(e.getValue());
    var shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    var known = "";
    if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
      known = java.util.Arrays.stream(e.getRequiredType().getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
      return answer(400, "参数 " + e.getName() + " 的取值 " + shown + " 未知，可用：" + known + " / Parameter " + e.getName()
          + " has an unknown value " + shown + "; known values: " + known);
    }
    return answer(400, "参数 " + e.getName() + " 格式错误：" + shown + " / Parameter " + e.getName() + " is malformed: " + shown);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return answer(400, "缺少参数 " + e.getParameterName() + " / Missing parameter " + e.getParameterName());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return answer(400, "缺少上传文件（表单字段 " + e.getRequestPartName() + "） / Missing the uploaded file (form field "
        + e.getRequestPartName() + ")");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return answer(413, "上传文件过大：最多 " + UPLOAD_LIMIT + " / The upload is too large: at most " + UPLOAD_LIMIT);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> multipart(MultipartException e) {
    return answer(400, "上传请求无法解析：应为 multipart/form-data，文件放在字段 file / The upload cannot be read: send "
        + "multipart/form-data with the file in the field file");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupported(HttpMediaTypeNotSupportedException e) {
    var supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
    var sent = e.getContentType() == null ? "（无）" : e.getContentType().toString();
    return answer(415, "不支持的请求体类型 Content-Type：" + sent + "，应为 " + supported + " / Unsupported Content-Type "
        + (e.getContentType() == null ? "(none)" : sent) + "; use " + supported);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return ResponseEntity.status(406).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(406, ApiError.generalMessage(406)));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    var allowed = e.getSupportedMethods() == null ? "" : String.join(", ", e.getSupportedMethods());
    return answer(405, "此地址不支持 " + e.getMethod() + " 请求，可用：" + allowed + " / This address does not support "
        + e.getMethod() + "; allowed: " + allowed);
  }

  @ExceptionHandler({NoResourceFoundException.class, MissingPathVariableException.class})
  ResponseEntity<ApiError> notFound(Exception e) {
    return answer(404, ApiError.generalMessage(404));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return answer(400, ApiError.unreadableJson(e.getCause()));
  }

  /**
   * Any other Spring MVC error with a status of its own (e.g. a conversion error): that status, general words; else
   * not the caller's mistake: 500 without details (they are in the log).
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> failed(Exception e) {
    var status = e instanceof ErrorResponse response ? response.getStatusCode().value() : 500;
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    return answer(status, ApiError.generalMessage(status));
  }

  private static ResponseEntity<ApiError> answer(int status, String message) {
    return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(status, message));
  }
}
