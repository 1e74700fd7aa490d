package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An upgrade keeps every township's view of its cases filed before townships read their cases through a grant. */
@IntegrationTest
class TownshipReadersOfEarlierCasesTest {

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuthorizationService authorizationService;
  @Autowired TownshipReadersOfEarlierCases upgrade;

  @Test
  void aCaseFiledBeforeTheUpgradeIsReadByItsOwnTownshipAgainAndByNoOther() {
    var caseId = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong")).get("id").asText();
    // As an earlier version left it: no grant for the township, the upgrade step not yet run.
    for (var resource : new Resources[] {Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE}) {
      authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(caseId).list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
    jdbc.update("DELETE FROM upgrade_step WHERE name = ?", TownshipReadersOfEarlierCases.STEP);
    assertThat(http.get("zhangwei", "/engine-rest/history/variable-instance?processInstanceId=" + caseId).json()).isEmpty();

    assertThat(upgrade.grantEarlierCases()).isPositive();

    assertThat(http.get("zhangwei", "/engine-rest/history/variable-instance?processInstanceId=" + caseId).json()).isNotEmpty();
    assertThat(http.get("zhangwei", "/engine-rest/process-instance/" + caseId + "/variables").status()).isEqualTo(200);
    assertThat(http.get("liuyang", "/engine-rest/history/variable-instance?processInstanceId=" + caseId).json()).isEmpty();
    assertThat(upgrade.grantEarlierCases()).as("once only").isZero();
  }
}
