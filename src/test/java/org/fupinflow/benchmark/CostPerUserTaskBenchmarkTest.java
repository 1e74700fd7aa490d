package org.fupinflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.Roles;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.RiskReports;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a user task of a household case costs against a trivial process of one user task, in the same JVM, with the
 * same officials, authorization and tenant checks: a category A case (report; 乡镇入户核实 by the township officer;
 * 区县审核 by the district office; recognised) per user task against a one-task process (start; find the task;
 * complete it) per case, once through the Java API and once over {@code /engine-rest} (basic authentication, as an
 * integrator calls it). Target of issue 12: at most 2×.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=CostPerUserTaskBenchmarkTest} (H2), with
 * {@code -Dfupin.test.database=postgres} and {@code FUPIN_DB_URL} on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Http.class, Cases.class, CostPerUserTaskBenchmarkTest.TrivialProcessPolicy.class})
@Tag("benchmark")
class CostPerUserTaskBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(CostPerUserTaskBenchmarkTest.class);
  static final String TRIVIAL = "benchmark-one-task";
  private static final String TRIVIAL_TASK = "UserTask_Work";
  private static final int WARM_UP = Integer.getInteger("fupin.benchmark.warm-up", 30);
  private static final int CASES = Integer.getInteger("fupin.benchmark.cases", 200);
  private static final String TOWNSHIP_GROUP = "township-daoli-xinnong";

  /**
   * The REST door accepts only declared processes: the trivial one is started by township officers (which also
   * grants them {@code CREATE_INSTANCE} on it, as for every declared process).
   */
  @TestConfiguration
  static class TrivialProcessPolicy {
    @Bean
    ProcessPolicy trivialProcessPolicy() {
      return ProcessPolicy.startedBy(TRIVIAL, Roles.TOWNSHIP_OFFICERS).startWith(ProcessPolicy.text("districtCode"));
    }
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Http http;
  @Autowired Cases cases;

  private AtomicLong households;

  @BeforeEach
  void deployTheTrivialProcess() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    households = new AtomicLong(BenchmarkCases.nextHeadNumber(jdbc));
    repositoryService.createDeployment().name(TRIVIAL).enableDuplicateFiltering(true)
        .addModelInstance(TRIVIAL + ".bpmn", Bpmn.createExecutableProcess(TRIVIAL).camundaHistoryTimeToLive(1)
            .startEvent().userTask(TRIVIAL_TASK).name("办理").camundaCandidateGroups(TOWNSHIP_GROUP).endEvent().done())
        .deploy();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aCategoryACasePerUserTaskAgainstATrivialProcess() {
    var database = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
    for (int i = 0; i < WARM_UP; i++) {
      trivialByJava();
      categoryAByJava();
      trivialByRest();
      categoryAByRest();
    }
    double trivialJava = millisPerCase(this::trivialByJava);
    double caseJava = millisPerCase(this::categoryAByJava);
    double trivialRest = millisPerCase(this::trivialByRest);
    double caseRest = millisPerCase(this::categoryAByRest);
    log.info("BENCHMARK cost per user task on {} ({} cases each, {} open tasks): Java API trivial {} ms/task, "
            + "category A {} ms/case = {} ms/task, ratio {}; REST trivial {} ms/task, category A {} ms/case = {} ms/task, "
            + "ratio {}", database, CASES, jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class),
        fmt(trivialJava), fmt(caseJava), fmt(caseJava / 2), fmt(caseJava / 2 / trivialJava), fmt(trivialRest),
        fmt(caseRest), fmt(caseRest / 2), fmt(caseRest / 2 / trivialRest));
    assertThat(caseJava).isPositive();
  }

  private double millisPerCase(Runnable oneCase) {
    long started = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      oneCase.run();
    }
    return (System.nanoTime() - started) / 1e6 / CASES;
  }

  private void trivialByJava() {
    as("zhangwei", List.of("township-officers", TOWNSHIP_GROUP));
    var instance = runtimeService.startProcessInstanceByKey(TRIVIAL, Map.of("districtCode", "daoli"));
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(task.getId());
    identityService.clearAuthentication();
  }

  private void categoryAByJava() {
    as("zhangwei", List.of("township-officers", TOWNSHIP_GROUP));
    var instance = runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY, report().variables());
    var verify = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(verify.getId(), Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true,
        "verificationNote", "已入户核实"));
    as("chenjing", List.of("district-poverty-office"));
    var review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));
    identityService.clearAuthentication();
    assertEnded(instance.getId());
  }

  private void trivialByRest() {
    var started = http.post("zhangwei", "/engine-rest/process-definition/key/" + TRIVIAL + "/start",
        Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var task = cases.taskOf("zhangwei", started.json().get("id").asText());
    var done = cases.complete("zhangwei", task.get("id").asText(), Map.of());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  private void categoryAByRest() {
    var instance = cases.start("zhangwei", report()).get("id").asText();
    var verify = cases.complete("zhangwei", cases.taskOf("zhangwei", instance).get("id").asText(),
        Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "已入户核实"));
    assertThat(verify.status()).as(verify.body()).isEqualTo(204);
    var review = cases.complete("chenjing", cases.taskOf("chenjing", instance).get("id").asText(),
        Map.of("reviewDecision", "approve"));
    assertThat(review.status()).as(review.body()).isEqualTo(204);
  }

  private RiskReports report() {
    long n = households.getAndIncrement();
    return RiskReports.aCategoryAReport().inTownship("daoli", "xinnong").with("reportedOn", "2020-09-28")
        .with("headIdNumber", BenchmarkCases.headIdNumber(n));
  }

  private void assertEnded(String instanceId) {
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getEndActivityId()).isEqualTo(HouseholdIdentificationProcess.Elements.END_HOUSEHOLD_MONITORED);
  }

  private void as(String user, List<String> groups) {
    identityService.setAuthentication(user, groups, List.of("daoli"));
  }

  private static String fmt(double value) {
    return "%.2f".formatted(value);
  }
}
