package org.fupinflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects any engine REST request that carries an expression parameter ({@code assigneeExpression},
 * {@code dueBeforeExpression}, …) in its query string or anywhere in its JSON body.
 *
 * <p>The engine refuses expressions in ad-hoc query parameters but, in 7.24, evaluates them inside
 * {@code orQueries} of {@code POST /task}: any logged-in user could run code on the server. Expressions
 * stay allowed in stored filters, which only administrators create.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

  static final String EXPRESSION_SUFFIX = "Expression";

  private final ObjectMapper json;
  private final SecurityErrors errors;

  QueryExpressionGuard(ObjectMapper json, SecurityErrors errors) {
    this.json = json;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var fromParameters = queryParameterNames(request.getQueryString()).filter(QueryExpressionGuard::isExpressionKey).findFirst();
    if (fromParameters.isPresent()) {
      reject(response, fromParameters.get());
      return;
    }
    if (!isJson(request)) {
      chain.doFilter(request, response);
      return;
    }
    var body = request.getInputStream().readAllBytes();
    var fromBody = expressionKeyIn(body);
    if (fromBody.isPresent()) {
      reject(response, fromBody.get());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Names in the query string only: reading the parameter map would consume form and multipart bodies. */
  private static Stream<String> queryParameterNames(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return Stream.empty();
    }
    return Arrays.stream(queryString.split("&"))
        .map(pair -> pair.split("=", 2)[0])
        .map(QueryExpressionGuard::decode);
  }

  private static String decode(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return name;
    }
  }

  /** The first object key naming an expression, at any depth of the JSON document. */
  Optional<String> expressionKeyIn(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return expressionKeyIn(json.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty(); // not our concern: the REST API answers malformed JSON with 400 itself
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> expressionKeyIn(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      for (var fields = node.fields(); fields.hasNext(); ) {
        var field = fields.next();
        if (isExpressionKey(field.getKey())) {
          return Optional.of(field.getKey());
        }
        var nested = expressionKeyIn(field.getValue());
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (var element : node) {
        var nested = expressionKeyIn(element);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExpressionKey(String key) {
    return key.endsWith(EXPRESSION_SUFFIX);
  }

  private static boolean isJson(HttpServletRequest request) {
    var contentType = request.getContentType();
    return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
  }

  private void reject(HttpServletResponse response, String key) throws IOException {
    errors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
        "查询中不允许使用表达式（" + key + "） / Expressions are not allowed in queries (" + key + ")");
  }
}
