package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;

/** Starts and works household identification cases over the engine REST API, as a given official. */
@TestComponent
public class Cases {

  public static final String START = "/engine-rest/process-definition/key/household-identification/start";

  private final Http http;

  public Cases(Http http) {
    this.http = http;
  }

  /** Starts a case and returns the process instance (id, businessKey, tenantId). */
  public JsonNode start(String official, RiskReports report) {
    var reply = http.post(official, START, report.startRequest());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  public JsonNode taskOf(String official, String processInstanceId) {
    var reply = http.get(official, "/engine-rest/task?processInstanceId=" + processInstanceId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json()).as("tasks of %s visible to %s", processInstanceId, official).hasSize(1);
    return reply.json().get(0);
  }

  public Http.Reply complete(String official, String taskId, Map<String, Object> values) {
    return http.post(official, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Http.variables(values)));
  }
}
