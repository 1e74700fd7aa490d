package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;

import java.util.Map;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.fupinflow.support.Http;

/** Claims as the officials send them over the engine REST API, and the insurer's worker as insurers build it. */
final class ReliefClaimsOverRest {

  static final String START = "/engine-rest/process-definition/key/relief-claim/start";

  private ReliefClaimsOverRest() {
  }

  /** A claim reported by 张伟 (新农镇) and forwarded to the insurer by 陈静; its process instance id. */
  static String forwarded(Http http, Map<String, Object> report) {
    var started = http.post("zhangwei", START, Map.of("variables", Http.variables(report)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    var task = http.get("chenjing", "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
        + TASK_CHECK_CLAIM).json().get(0);
    assertThat(http.post("chenjing", "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", Http.variables(Map.of("checkDecision", "forward")))).status()).isEqualTo(204);
    return instance;
  }

  /** The official client against the application, HTTP Basic as the insurer 徐斌, one poll after another. */
  static ExternalTaskClient insurerClient(Http http, String workerId) {
    return ExternalTaskClient.create()
        .baseUrl(http.baseUrl() + "/engine-rest")
        .workerId(workerId)
        .addInterceptor(new BasicAuthProvider("xubin", "xubin"))
        .maxTasks(10)
        .lockDuration(60_000)
        .disableBackoffStrategy()
        .build();
  }
}
