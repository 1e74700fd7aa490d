package org.fupinflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * A plain HTTP client against the running application. Demo users' passwords equal their ids.
 */
@TestComponent
public class Http {

  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  private final Environment environment;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final ObjectMapper json = new ObjectMapper();

  public Http(Environment environment) {
    this.environment = environment;
  }

  public String baseUrl() {
    return "http://localhost:" + environment.getProperty("local.server.port");
  }

  public Reply get(String user, String path) {
    return send(user, user, HttpRequest.newBuilder(uri(path)).GET());
  }

  public Reply getAnonymous(String path) {
    return send(null, null, HttpRequest.newBuilder(uri(path)).GET());
  }

  public Reply post(String user, String path, Object body) {
    return postAs(user, user, path, body);
  }

  public Reply postAs(String user, String password, String path, Object body) {
    return send(user, password, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  public Reply put(String user, String path, Object body) {
    return send(user, user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  public Reply send(String user, String password, HttpRequest.Builder request) {
    var response = exchange(user, password, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.body(), response.headers());
  }

  /** A GET whose answer is a file (a spreadsheet): the body as bytes. */
  public HttpResponse<byte[]> download(String user, String path) {
    return exchange(user, user, HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> exchange(String user, String password, HttpRequest.Builder request,
      HttpResponse.BodyHandler<T> body) {
    if (user != null) {
      var token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A multipart form as a browser posts a file upload: the fields, then {@code file}. */
  public Reply postFile(String user, String path, Map<String, String> fields, String fileName, byte[] content) {
    var boundary = "----fupin" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  /** Camunda REST variables: {"name": {"value": v}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    var variables = new java.util.LinkedHashMap<String, Object>();
    values.forEach((name, value) -> variables.put(name, value instanceof Typed typed
        ? Map.of("value", typed.value(), "type", typed.type()) : Map.of("value", value)));
    return variables;
  }

  /** A variable with an explicit engine type, e.g. {@code Json} with the JSON text as value. */
  public record Typed(String type, Object value) {
  }

  /** A Json variable as Tasklist submits a form's list or group: type Json, the JSON text as value. */
  public static Typed json(Object value) {
    try {
      return new Typed("Json", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String write(Object body) {
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
