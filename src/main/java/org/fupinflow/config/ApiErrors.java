package org.fupinflow.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
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
    return answer(400, unreadableBody(e.getCause()));
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

  /** What is wrong with a JSON body, naming the field where Jackson knows it. */
  static String unreadableBody(Throwable cause) {
    if (cause instanceof StrictJson.RefusedValue refused) {
      var field = field(refused);
      return field + "：" + refused.problem.chinese() + " / " + field + ": " + refused.problem.english();
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

  private static ResponseEntity<ApiError> answer(int status, String message) {
    return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(status, message));
  }
}
