package org.fupinflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** processes/ and forms/ are deployed together, and every form reference resolves. */
@IntegrationTest
class DeploymentAndFormsTest {

  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RepositoryService repositoryService;
  @Autowired ApplicationContext context;

  @Test
  void processesAndFormsAreDeployedInOneDeploymentWithoutTenant() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("household-identification")
        .latestVersion().singleResult();
    assertThat(definition.getTenantId()).isNull();
    assertThat(definition.getName()).isEqualTo("返贫致贫风险户识别认定");
    var names = repositoryService.getDeploymentResources(definition.getDeploymentId()).stream().map(Resource::getName).toList();
    assertThat(names).anyMatch(name -> name.endsWith("household-identification.bpmn"))
        .anyMatch(name -> name.endsWith("verify-household.form"))
        .anyMatch(name -> name.endsWith("report-household-risk.form"));
  }

  @Test
  void aUserTasksFormRefResolvesToItsCamundaForm() {
    var started = cases.start("zhangwei", aCategoryAReport());
    var task = cases.taskOf("zhangwei", started.get("id").asText());
    assertThat(task.get("camundaFormRef").get("key").asText()).isEqualTo("verify-household");

    var form = http.get("zhangwei", "/engine-rest/task/" + task.get("id").asText() + "/deployed-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("verify-household");
    assertThat(form.json().findValuesAsText("key")).contains("verifiedOn", "riskConfirmed", "verificationNote");
  }

  @Test
  void theStartFormResolvesToo() {
    var form = http.get("zhangwei", "/engine-rest/process-definition/key/household-identification/deployed-start-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("report-household-risk");
    assertThat(form.json().findValuesAsText("key")).contains("districtCode", "townshipCode", "category", "reportedOn");
  }

  @Test
  void everyDelegateExpressionNamesABean() {
    for (var definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      var xml = new String(readAll(repositoryService.getProcessModel(definition.getId())), java.nio.charset.StandardCharsets.UTF_8);
      var matcher = DELEGATE_EXPRESSION.matcher(xml);
      while (matcher.find()) {
        assertThat(context.containsBean(matcher.group(1))).as(definition.getKey() + " → " + matcher.group(1)).isTrue();
      }
    }
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
