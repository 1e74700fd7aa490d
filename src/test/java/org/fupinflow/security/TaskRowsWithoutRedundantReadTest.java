package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-task row of a candidate group or assignee that reads every task of its districts carries {@code TASK_WORK} only, a
 * township's keeps {@code READ}; the officials see and work exactly the tasks they did.
 */
@IntegrationTest
class TaskRowsWithoutRedundantReadTest {

  @Autowired Http http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void districtOfficeAndItsAssigneeHoldTaskWorkOnlyAndStillListClaimAndSeeNoOtherDistrict() {
    var daoli = startAtReview(RiskReports.aCategoryAReport());
    var hulan = startAtReview(RiskReports.aCategoryAReport().inTownship("hulan", "shiren"));
    var review = taskService.createTaskQuery().processInstanceId(daoli).singleResult();

    var row = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(review.getId())
        .groupIdIn("district-poverty-office").singleResult();
    assertThat(row.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(row.isPermissionGranted(Permissions.READ)).isFalse();

    var listed = http.get("chenjing", "/engine-rest/task?candidateGroup=district-poverty-office&maxResults=1000").json();
    var ids = listed.findValuesAsText("processInstanceId");
    assertThat(ids).contains(daoli).doesNotContain(hulan);
    assertThat(http.post("chenjing", "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "chenjing"))
        .status()).isEqualTo(204);
    var assigneeRow = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(review.getId()).userIdIn("chenjing").singleResult();
    assertThat(assigneeRow.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(assigneeRow.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(http.get("chenjing", "/engine-rest/task?assignee=chenjing&maxResults=1000").json()
        .findValuesAsText("id")).contains(review.getId());
    var hulanReview = taskService.createTaskQuery().processInstanceId(hulan).singleResult();
    assertThat(http.get("chenjing", "/engine-rest/task/" + hulanReview.getId()).status()).isEqualTo(404);
  }

  @Test
  void townshipRowKeepsReadAndAnotherTownshipSeesNothing() {
    var xinnong = runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY,
        RiskReports.aCategoryAReport().variables()).getId();
    var verify = taskService.createTaskQuery().processInstanceId(xinnong).singleResult();
    var row = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(verify.getId())
        .groupIdIn("township-daoli-xinnong").singleResult();
    assertThat(row.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(http.get("liuyang", "/engine-rest/task/" + verify.getId()).status()).isEqualTo(404);
    assertThat(http.get("zhangwei", "/engine-rest/task/" + verify.getId()).status()).isEqualTo(200);
  }

  private String startAtReview(RiskReports report) {
    var variables = new java.util.HashMap<>(report.variables());
    variables.put(HouseholdIdentificationProcess.Variables.TOWNSHIP_COMPLETED_ON, "2020-09-29");
    return runtimeService.createProcessInstanceByKey(HouseholdIdentificationProcess.KEY).setVariables(variables)
        .startBeforeActivity(HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD).execute().getId();
  }
}
