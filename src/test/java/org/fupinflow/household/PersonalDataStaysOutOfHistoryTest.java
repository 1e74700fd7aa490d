package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.END_INSTANT_ASSISTANCE_RECOGNIZED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.support.RiskReports.aCategoryBReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A category B case from the report to 即时帮扶人口, worked over the engine REST API by the official of each step
 * — the township officer (张伟) starts it and submits the information collection form the way Tasklist does
 * (members and incomes as Json variables), the district (陈静) approves, the village committee (李娜) posts the
 * notice — after which no ID number or income is anywhere in Camunda's history, its REST API or the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfHistoryTest {

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCategoryBCaseBecomesInstantAssistanceWithNoIdNumberInHistoryOrLogs(CapturedOutput output) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    var report = aCategoryBReport();
    var family = HouseholdData.family(report.headIdNumber());
    var idNumbers = family.stream().map(member -> (String) member.get("idNumber")).toList();
    var id = cases.start("zhangwei", report).get("id").asText();

    // Tasklist's submit-form, as the browser sends it
    var tasklist = new WebappSession(http);
    tasklist.logIn("zhangwei", "zhangwei");
    var collect = task(id, TASK_COLLECT_HOUSEHOLD_INFORMATION);
    var submitted = tasklist.submitForm(collect, Http.variables(HouseholdIdentificationPathsTest.collection(family, HouseholdData.contact())));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

    // an official who types an ID number into a free-text field is asked to leave it out; nothing is stored
    var review = task(id, TASK_REVIEW_HOUSEHOLD).getId();
    var withId = cases.complete("chenjing", review, Map.of("reviewDecision", "approve", "assistanceMeasures", "医疗救助、公益岗位",
        "reviewComment", "已与户主（身份证 " + idNumbers.get(0).toLowerCase() + "）电话核实"));
    assertThat(withId.status()).isEqualTo(400);
    assertThat(withId.json().get("message").asText()).contains("reviewComment").contains("不能包含身份证号码")
        .contains("must not contain a resident ID number").doesNotContain(idNumbers.get(0));
    assertThat(cases.complete("chenjing", review, Map.of("reviewDecision", "approve", "assistanceMeasures", "医疗救助、公益岗位",
        "reviewComment", "已与户主电话核实")).status()).isEqualTo(204);

    var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult();
    assertThat(notice).as("the village notice runs").isNotNull();
    var post = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult();
    assertThat(cases.complete("lina", post.getId(), Map.of("postedOn", "2020-09-29")).status()).isEqualTo(204);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-10-05T01:00:00Z")));
    var periodEnd = managementService.createJobQuery().processInstanceId(notice.getId()).timers().list().stream()
        .filter(job -> job.getDuedate().toInstant().equals(Instant.parse("2020-10-04T15:59:59Z"))).findFirst();
    assertThat(periodEnd).as("the notice ends at the end of 4 Oct 2020 (posted 29 Sep + 5 days)").isPresent();
    managementService.executeJob(periodEnd.get().getId());

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_INSTANT_ASSISTANCE_RECOGNIZED);
    var household = http.get("chenjing", "/api/households/" + historicVariable(id, "householdId")).json();
    assertThat(household.get("statusLabel").asText()).isEqualTo("即时帮扶人口");
    assertThat(household.get("statusSince").asText()).as("recognised the day after the notice").isEqualTo("2020-10-05");

    var secrets = new ArrayList<>(idNumbers);
    secrets.add("13904511234");
    for (var path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/variable-instance?processInstanceId=" + notice.getId(),
        "/engine-rest/history/detail?processInstanceId=" + id,
        "/engine-rest/history/detail?processInstanceId=" + notice.getId(),
        "/engine-rest/history/task?processInstanceId=" + id,
        "/engine-rest/history/activity-instance?processInstanceId=" + id,
        "/engine-rest/history/user-operation?processInstanceId=" + id,
        "/engine-rest/history/process-instance?processInstanceId=" + id,
        "/engine-rest/history/incident?processInstanceId=" + id,
        "/engine-rest/history/job-log?processInstanceId=" + id,
        "/engine-rest/variable-instance?processInstanceIdIn=" + id)) {
      var reply = http.get("demo", path);
      assertThat(reply.status()).as(path).isEqualTo(200);
      for (var secret : secrets) {
        assertThat(reply.body()).as(path).doesNotContain(secret);
      }
    }
    assertThat(http.get("demo", "/engine-rest/history/detail?processInstanceId=" + id + "&variableUpdates=true").json()
        .findValuesAsText("variableName")).doesNotContain("members", "household", "headIdNumber");
    // every history table and the byte arrays behind Json variables, searched directly
    for (var table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE UPPER(table_name) LIKE 'ACT_HI_%'"
        + " OR UPPER(table_name) IN ('ACT_GE_BYTEARRAY', 'ACT_RU_VARIABLE')", String.class)) {
      var rows = jdbc.queryForList("SELECT * FROM " + table).toString()
          + jdbc.query("SELECT * FROM " + table, (rs, n) -> {
            var text = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
              if (rs.getObject(column) instanceof byte[] bytes) {
                text.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
              }
            }
            return text.toString();
          });
      for (var secret : idNumbers) {
        assertThat(rows).as(table).doesNotContain(secret);
      }
    }
    for (var secret : secrets) {
      assertThat(output.getAll()).as("log").doesNotContain(secret);
    }
    // …while the household tables hold them for those who need them
    assertThat(jdbc.queryForList("SELECT id_number FROM household_member m JOIN household_case c ON c.household_id = m.household_id"
        + " WHERE c.process_instance_id = ? ORDER BY member_no", String.class, id)).containsExactlyElementsOf(idNumbers);
  }

  private Object historicVariable(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult().getValue();
  }

  private org.camunda.bpm.engine.task.Task task(String processInstanceId, String step) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    return task;
  }
}
