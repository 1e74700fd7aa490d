package org.fupinflow.config;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Malformed requests to our own API answered like the engine REST API ({@code type}, {@code message}), in
 * Chinese and English and naming the parameter, instead of Spring's English problem details.
 */
@RestControllerAdvice(basePackages = "org.fupinflow")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's problem-details handler
class ApiErrors {

  record ErrorAnswer(String type, String message) {
  }

  @ExceptionHandler(InvalidRequestException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer invalid(InvalidRequestException e) {
    return invalid(e.getMessage());
  }

  /** A rule of a capability refused the request (e.g. the ledger, a notice, a project): its own 400. */
  @ExceptionHandler(BadUserRequestException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer refused(BadUserRequestException e) {
    return new ErrorAnswer(e.getClass().getSimpleName(), e.getMessage());
  }

  /** A capability's or the engine's refusal of the caller (e.g. an objection by another role): 403 with its message. */
  @ExceptionHandler(AuthorizationException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ErrorAnswer denied(AuthorizationException e) {
    return new ErrorAnswer("AuthorizationException", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer malformed(MethodArgumentTypeMismatchException e) {
    return invalid("参数 " + e.getName() + " 格式错误：" + e.getValue() + " / Parameter " + e.getName() + " is malformed: "
        + e.getValue());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer missing(MissingServletRequestParameterException e) {
    return invalid("缺少参数 " + e.getParameterName() + " / Missing parameter " + e.getParameterName());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer unreadable(HttpMessageNotReadableException e) {
    return invalid("请求体无法解析 / The request body cannot be read");
  }

  private static ErrorAnswer invalid(String message) {
    return new ErrorAnswer("InvalidRequestException", message);
  }
}
