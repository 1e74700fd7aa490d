package org.fupinflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.RiskReports;
import org.fupinflow.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole category B case — report, information collection with 3 members, district approval, village notice,
 * end of the period, recognition — through the engine's Java API as each official (authorization and tenant
 * checks on), case after case on one thread. Not a pass/fail test: it reports cases per second and the history
 * rows a case leaves. Run: {@code ./mvnw test -Pbenchmark} (H2) or add {@code -Dfupin.test.database=postgres}
 * with {@code FUPIN_DB_URL}.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("benchmark")
class CategoryBCaseBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(CategoryBCaseBenchmarkTest.class);
  private static final int WARM_UP = 20;
  private static final int CASES = Integer.getInteger("fupin.benchmark.cases", 200);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void categoryBCasesEndToEnd() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    for (int i = 0; i < WARM_UP; i++) {
      runOneCase();
    }
    long historyBefore = historyRows();
    stepNanos.clear();
    var durations = new ArrayList<Long>();
    long start = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      long caseStart = System.nanoTime();
      runOneCase();
      durations.add(System.nanoTime() - caseStart);
    }
    var elapsed = Duration.ofNanos(System.nanoTime() - start);
    durations.sort(null);
    double perSecond = CASES / (elapsed.toNanos() / 1e9);
    log.info("BENCHMARK category B case end to end on {}: {} cases in {} ms = {} cases/s; per case p50 {} ms, p95 {} ms; "
            + "{} history rows per case", database(),
        CASES, elapsed.toMillis(), "%.1f".formatted(perSecond), durations.get(CASES / 2) / 1_000_000,
        durations.get(CASES * 95 / 100) / 1_000_000, (historyRows() - historyBefore) / CASES);
    stepNanos.forEach((name, nanos) -> log.info("BENCHMARK   step {}: {} ms per case on average", name,
        "%.1f".formatted(nanos / 1e6 / CASES)));
    assertThat(perSecond).isPositive();
  }

  private final Map<String, Long> stepNanos = new java.util.LinkedHashMap<>();

  private <T> T step(String name, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      stepNanos.merge(name, System.nanoTime() - start, Long::sum);
    }
  }

  private void runOneCase() {
    var report = RiskReports.aCategoryBReport();
    as("zhangwei", List.of("township-officers", "township-daoli-xinnong"));
    var instance = step("start", () -> runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY,
        report.variables()));
    var collect = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    var values = new java.util.HashMap<String, Object>();
    values.put("collectedOn", "2020-09-29");
    values.put("members", SpinValues.jsonValue(json(HouseholdData.family(report.headIdNumber()))).create());
    values.put("household", SpinValues.jsonValue(json(HouseholdData.contact())).create());
    values.put("riskReason1", "illness");
    values.put("appraisedOn", "2020-09-29");
    values.put("appraisalPassed", true);
    values.put("appraisalNote", "同意");
    step("collect", () -> {
      taskService.complete(collect.getId(), values);
      return null;
    });

    as("chenjing", List.of("district-poverty-office"));
    var review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    step("review", () -> {
      taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));
      return null;
    });

    as("lina", List.of("village-committees"));
    var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    var post = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult();
    step("post", () -> {
      taskService.complete(post.getId(), Map.of(PublicNoticeProcess.Variables.POSTED_ON, "2020-09-29"));
      return null;
    });

    identityService.clearAuthentication();
    var periodEnd = managementService.createJobQuery().processInstanceId(notice.getId())
        .activityId(PublicNoticeProcess.Elements.NOTICE_PERIOD_ENDED).singleResult();
    step("noticeEnds", () -> {
      managementService.executeJob(periodEnd.getId());
      return null;
    });
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo(HouseholdIdentificationProcess.Elements.END_INSTANT_ASSISTANCE_RECOGNIZED);
  }

  private void as(String user, List<String> groups) {
    identityService.setAuthentication(user, groups, List.of("daoli"));
  }

  private long historyRows() {
    long rows = 0;
    for (var table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
        "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG")) {
      rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
    return rows;
  }

  private String database() {
    return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
