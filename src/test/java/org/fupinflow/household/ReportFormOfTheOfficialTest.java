package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report form as Tasklist fetches it: 区县 and 乡镇 offer the official's own district and townships from the
 * identity store, preselected when there is one; a district office chooses among its district's townships. The
 * server still refuses another township's report.
 */
@IntegrationTest
class ReportFormOfTheOfficialTest {

  @Autowired Http http;
  @Autowired RepositoryService repositoryService;

  @Test
  void aTownshipOfficerIsOfferedTheirDistrictAndTownshipAlreadyChosen() throws Exception {
    var form = startFormAsTasklistFetchesIt("zhangwei");

    assertThat(options(form, "districtCode")).containsExactly("道里区=daoli");
    assertThat(field(form, "districtCode").path("defaultValue").asText()).isEqualTo("daoli");
    assertThat(options(form, "townshipCode")).containsExactly("新农镇=xinnong");
    assertThat(field(form, "townshipCode").path("defaultValue").asText()).isEqualTo("xinnong");
    assertThat(field(form, "townshipCode").path("type").asText()).isEqualTo("select");

    assertThat(options(startFormAsTasklistFetchesIt("wangfang"), "townshipCode")).containsExactly("石人镇=shiren");
  }

  @Test
  void aDistrictOfficeChoosesAmongItsDistrictsTownships() throws Exception {
    var form = startFormAsTasklistFetchesIt("chenjing");

    assertThat(options(form, "districtCode")).containsExactly("道里区=daoli");
    assertThat(options(form, "townshipCode")).contains("新农镇=xinnong", "太平镇=taiping").doesNotContain("石人镇=shiren");
    assertThat(field(form, "townshipCode").has("defaultValue")).as("nothing preselected among several").isFalse();
  }

  @Test
  void theFormItselfHoldsNoFixedListAndIntegratorsGetItUnchanged() throws Exception {
    var deploymentId = definition().getDeploymentId();
    var resource = repositoryService.getDeploymentResourceNames(deploymentId).stream()
        .filter(name -> name.endsWith("report-household-risk.form")).findFirst().orElseThrow();
    var deployed = new ObjectMapper().readTree(repositoryService.getResourceAsStream(deploymentId, resource));
    assertThat(field(deployed, "districtCode").path("values")).isEmpty();
    assertThat(field(deployed, "townshipCode").path("values")).isEmpty();

    var overBasic = http.get("zhangwei", "/engine-rest/process-definition/" + definition().getId() + "/deployed-start-form");
    assertThat(overBasic.status()).isEqualTo(200);
    assertThat(field(overBasic.json(), "townshipCode").path("values")).isEmpty();
  }

  @Test
  void otherStartFormsPassUntouched() throws Exception {
    var tasklist = new WebappSession(http);
    tasklist.logIn("chenjing", "chenjing");
    for (var other : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (other.getKey().equals(HouseholdIdentificationProcess.KEY)) {
        continue;
      }
      var path = "/process-definition/" + other.getId() + "/deployed-start-form";
      var viaTasklist = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default" + path)).GET());
      var viaRest = http.get("demo", "/engine-rest" + path);
      if (viaTasklist.status() == 200 && viaRest.status() == 200) {
        assertThat(viaTasklist.body()).as(other.getKey()).isEqualTo(viaRest.body());
      }
    }
  }

  private JsonNode startFormAsTasklistFetchesIt(String official) throws Exception {
    var tasklist = new WebappSession(http);
    tasklist.logIn(official, official);
    var reply = tasklist.send(HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/process-definition/"
        + definition().getId() + "/deployed-start-form")).GET());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(reply.json().path("id").asText()).isEqualTo(HouseholdIdentificationProcess.Forms.REPORT_HOUSEHOLD_RISK);
    return reply.json();
  }

  private org.camunda.bpm.engine.repository.ProcessDefinition definition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(HouseholdIdentificationProcess.KEY)
        .latestVersion().list().get(0);
  }

  private static JsonNode field(JsonNode form, String key) {
    for (var component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private static List<String> options(JsonNode form, String key) {
    var options = new ArrayList<String>();
    field(form, key).path("values").forEach(value -> options.add(value.path("label").asText() + "=" + value.path("value").asText()));
    return options;
  }
}
