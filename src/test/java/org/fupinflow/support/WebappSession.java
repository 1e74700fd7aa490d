package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser's session with Camunda's webapps: cookies, the webapps' CSRF token, and the Tasklist login.
 */
public class WebappSession {

  private final Http http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  public WebappSession(Http http) {
    this.http = http;
  }

  public void logIn(String user, String password) {
    var login = logInto("tasklist", user, password);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    // The login starts a new session; its CSRF token comes with the next request, as in the browser.
    var profile = send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/default")).GET());
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
  }

  /** The login form of one webapp (tasklist, cockpit, admin), as its page sends it. */
  public Http.Reply logInto(String app, String user, String password) {
    var page = send(HttpRequest.newBuilder(http.uri("/camunda/app/" + app + "/default/")).GET());
    assertThat(page.status()).isEqualTo(200);
    return send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
  }

  /** Tasklist's "Complete" on a task form: {@code POST …/task/{id}/submit-form} with the form's variables. */
  public Http.Reply submitForm(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
    try {
      var body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", variables));
      return send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
          .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Http.Reply send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    var reply = http.send(null, null, request);
    for (String header : reply.headers().allValues("Set-Cookie")) {
      var pair = header.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair[1]);
    }
    reply.headers().firstValue("X-XSRF-TOKEN").filter(token -> !"Required".equals(token)).ifPresent(token -> csrfToken = token);
    if (cookies.containsKey("XSRF-TOKEN")) {
      csrfToken = cookies.get("XSRF-TOKEN");
    }
    return reply;
  }
}
