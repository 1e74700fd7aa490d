package org.fupinflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query's authorization check ({@code mapping/Task.xml}, on PostgreSQL; {@code -Ppostgres} runs this class
 * there) grants through each of the three ways Camunda's own does — a grant on the task, on its process definition's
 * key, on every task — and with a revoking authorization in the database the engine's own revoke-aware check still
 * takes over. On H2 the same expectations hold for Camunda's own check.
 */
@IntegrationTest
class TaskQueryAuthorizationCheckTest {

  @Autowired Http http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void engineQueriesTasksThroughOurMappingOnPostgresqlAndCamundasOnH2() {
    var statement = engineConfiguration.getSqlSessionFactory().getConfiguration()
        .getMappedStatement("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria");

    var expected = DbSqlSessionFactory.POSTGRES.equals(engineConfiguration.getDatabaseType())
        ? TaskQueryMapping.FUPIN_TASK_MAPPING : TaskQueryMapping.ENGINE_TASK_MAPPING;
    assertThat(statement.getResource()).contains(expected);
  }

  @Test
  void grantOnTheTaskItselfShowsItToItsTownshipOnly() {
    var task = aVerificationTaskInXinnong();

    assertThat(listedBy("zhangwei", task)).isTrue();
    assertThat(listedBy("liuyang", task)).isFalse();
    assertThat(listedBy("wangfang", task)).isFalse();
    assertThat(http.get("zhangwei", "/engine-rest/task/count?processInstanceId=" + processOf(task)).json()
        .path("count").asInt()).isEqualTo(1);
  }

  @Test
  void grantOnEveryTaskShowsItWithinTheDistrictOnly() {
    var task = aVerificationTaskInXinnong();

    assertThat(listedBy("chenjing", task)).isTrue();
    assertThat(listedBy("yangmin", task)).isFalse();
  }

  @Test
  void grantOnTheProcessDefinitionKeyShowsItsTasksWithinTheTenant() {
    var task = aVerificationTaskInXinnong();
    assertThat(listedBy("lina", task)).isFalse();

    var grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(HouseholdIdentificationProcess.KEY);
    grant.setUserId("lina");
    grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
    var saved = authorizationService.saveAuthorization(grant);
    try {
      assertThat(listedBy("lina", task)).isTrue();
    } finally {
      authorizationService.deleteAuthorization(saved.getId());
    }
    assertThat(listedBy("lina", task)).isFalse();
  }

  @Test
  void revokingAuthorizationIsHonouredByTheEnginesOwnCheck() {
    var task = aVerificationTaskInXinnong();
    var revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task);
    revoke.setUserId("zhangwei");
    revoke.removePermission(Permissions.READ);
    var saved = authorizationService.saveAuthorization(revoke);
    try {
      assertThat(listedBy("zhangwei", task)).isFalse();
      assertThat(listedBy("chenjing", task)).isTrue();
    } finally {
      authorizationService.deleteAuthorization(saved.getId());
    }
    assertThat(listedBy("zhangwei", task)).isTrue();
  }

  private String aVerificationTaskInXinnong() {
    var instance = runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY,
        RiskReports.aCategoryAReport().variables()).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String processOf(String task) {
    return taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
  }

  private boolean listedBy(String official, String task) {
    var listed = http.get(official, "/engine-rest/task?processInstanceId=" + processOf(task)).json();
    return listed.findValuesAsText("id").contains(task);
  }
}
