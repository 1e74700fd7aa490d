package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payout decision as the application deploys it: shared by every district, evaluated by the engine only. */
@IntegrationTest
class ReliefPayoutDeployedTest {

  @Autowired RepositoryService repositoryService;
  @Autowired DecisionService decisionService;
  @Autowired Http http;

  @Test
  void theEngineDeploysTheDecisionForAllDistrictsAndEvaluatesItInFen() {
    var definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("relief-payout")
        .latestVersion().singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getTenantId()).as("one rule book for every district").isNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);

    var result = decisionService.evaluateDecisionTableByKey("relief-payout")
        .variables(Map.of("eventType", "accident-disability", "disabilityLevel", 3)).evaluate();

    assertThat(result.getSingleResult().<Long>getEntry("payoutFen")).as("40,000.00 yuan at level 3").isEqualTo(4_000_000L);
  }

  @Test
  void officialsCannotEvaluateItThemselvesOverRest() {
    var reply = http.post("chenjing", "/engine-rest/decision-definition/key/relief-payout/evaluate",
        Map.of("variables", Http.variables(Map.of("eventType", "accident-death"))));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("message").asText()).contains("仅限系统管理员");
  }
}
