package org.fupinflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.support.Http;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.TestProfiles;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist at city scale: fills the database to {@code fupin.benchmark.openTasks} open household tasks (10,000 by
 * default) through the engine's Java API, in batches, then asks what the officials ask over HTTP — Tasklist's four
 * filters (list and count, with Tasklist's own request body) and {@code /engine-rest/task} with a candidate group —
 * as a township officer (zhangwei, 新农镇: half of all cases), a district poverty office (chenjing, 道里区) and a
 * supervisor (wuqiang, city-wide), and on request ({@code fupin.benchmark.officials}) the officer of a smaller township
 * (liuyang, 太平镇: a tenth). One {@code BENCHMARK} line per figure: p50/p95/p99 over {@code fupin.benchmark.calls} calls (200)
 * after 20 warm-up calls, or fewer (at least one) when warm-up or calls exceed {@code fupin.benchmark.secondsPerFigure}
 * (60 s) each; the line says over how many calls.
 *
 * <p>The cases: half in 道里区 新农镇 (zhangwei's township), a tenth in 道里区 太平镇, the rest in 呼兰区 石人镇; of each
 * township's cases a fifth wait at the district review (区县审核, candidate group district-poverty-office), the others
 * at the township step. Reports run back 0–9 days, so about a third of the steps are overdue and some fall due within
 * a working day; 2% of the tasks are assigned (新农镇's to zhangwei, 道里区's reviews to chenjing). The database keeps
 * what it holds: a later run with the same or a smaller size only measures. H2 runs on a file under
 * {@code target/benchmark-h2} for the same reason.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=TasklistScaleBenchmarkTest -Dfupin.benchmark.openTasks=100000}, on
 * PostgreSQL with {@code -Dfupin.test.database=postgres} and {@code FUPIN_DB_URL}, {@code FUPIN_DB_USER},
 * {@code FUPIN_DB_PASSWORD}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(Http.class)
@Tag("benchmark")
class TasklistScaleBenchmarkTest {

  private static final Logger log = LoggerFactory.getLogger(TasklistScaleBenchmarkTest.class);
  private static final int OPEN_TASKS = Integer.getInteger("fupin.benchmark.openTasks", 10_000);
  private static final int CALLS = Integer.getInteger("fupin.benchmark.calls", 200);
  private static final int WARM_UP = Integer.getInteger("fupin.benchmark.warmUp", 20);
  private static final long SECONDS_PER_FIGURE = Long.getLong("fupin.benchmark.secondsPerFigure", 60);
  private static final int BATCH = 250;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** First resident-ID sequence of the benchmark's households: born 1930 on, apart from the tests' (1960 on). */
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);

  private record Township(String district, String code, String village, int percent) {
  }

  private static final List<Township> TOWNSHIPS = List.of(
      new Township("daoli", "xinnong", "民主村", 50),
      new Township("daoli", "taiping", "永兴村", 10),
      new Township("hulan", "shiren", "石人村", 40));

  private record Official(String user, String candidateGroup) {
  }

  private static final List<Official> OFFICIALS = List.of(
      new Official("zhangwei", "township-daoli-xinnong"),
      new Official("liuyang", "township-daoli-taiping"),
      new Official("chenjing", "district-poverty-office"),
      new Official("wuqiang", "district-poverty-office"));

  /** {@code -Dfupin.benchmark.officials=chenjing,wuqiang} measures only these. */
  private static final List<String> MEASURED = List.of(
      System.getProperty("fupin.benchmark.officials", "zhangwei,chenjing,wuqiang").split(","));

  private static final List<String> FILTERS = List.of("我的待办", "我组的待办", "即将到期", "已超期");

  @DynamicPropertySource
  static void reusableH2(DynamicPropertyRegistry registry) {
    if (!"postgres".equals(System.getProperty("fupin.test.database"))) {
      var file = Path.of("target", "benchmark-h2", "fupinflow").toAbsolutePath();
      registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
    }
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Http http;

  @Test
  void tasklistAtCityScale() throws Exception {
    fill();
    var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    long open = openTasks();
    log.info("BENCHMARK tasklist on {}: {} open household tasks, {} rows in ACT_RU_AUTHORIZATION ({} on tasks), "
            + "{} candidate identity links", database, open, count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION"),
        count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7"),
        count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate'"));
    for (Official official : OFFICIALS) {
      if (!MEASURED.contains(official.user())) {
        continue;
      }
      var session = new WebappSession(http);
      session.logIn(official.user(), official.user());
      for (String filter : FILTERS) {
        var id = filterService.createFilterQuery().filterName(filter).singleResult().getId();
        var base = "/camunda/api/engine/engine/default/filter/" + id;
        measure(database, open, official.user(), filter + " list", () -> session.send(
            HttpRequest.newBuilder(http.uri(base + "/list?firstResult=0&maxResults=15"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json, application/json; q=0.5")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_LIST_BODY))));
        measure(database, open, official.user(), filter + " count", () -> session.send(
            HttpRequest.newBuilder(http.uri(base + "/count"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_COUNT_BODY))));
      }
      var group = URLEncoder.encode(official.candidateGroup(), StandardCharsets.UTF_8);
      measure(database, open, official.user(), "GET /engine-rest/task?candidateGroup=" + official.candidateGroup(),
          () -> http.get(official.user(), "/engine-rest/task?candidateGroup=" + group
              + "&sortBy=dueDate&sortOrder=asc&maxResults=15"));
      measure(database, open, official.user(), "GET /engine-rest/task/count?candidateGroup=" + official.candidateGroup(),
          () -> http.get(official.user(), "/engine-rest/task/count?candidateGroup=" + group));
    }
    measure(database, open, "zhangwei", "GET /engine-rest/version (floor)",
        () -> http.get("zhangwei", "/engine-rest/version"));
  }

  /** What Tasklist posts for the first page of a filter (taskListQuery: sorting by created, desc, unless chosen). */
  private static final String TASKLIST_LIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
      "sorting":[{"sortOrder":"desc","sortBy":"created"}],"active":true}""";
  private static final String TASKLIST_COUNT_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"active":true}""";

  private void measure(String database, long open, String user, String what, Supplier<Http.Reply> call) {
    long warmUpEnd = System.nanoTime() + SECONDS_PER_FIGURE * 1_000_000_000L;
    for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() < warmUpEnd); i++) {
      var reply = call.get();
      assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(200);
      if (i == 0) {
        log.info("BENCHMARK   {} {} answers {}", user, what, shorten(reply.body()));
      }
    }
    var nanos = new ArrayList<Long>();
    long deadline = System.nanoTime() + SECONDS_PER_FIGURE * 1_000_000_000L;
    while (nanos.isEmpty() || nanos.size() < CALLS && System.nanoTime() < deadline) {
      long start = System.nanoTime();
      var reply = call.get();
      nanos.add(System.nanoTime() - start);
      assertThat(reply.status()).isEqualTo(200);
    }
    nanos.sort(null);
    log.info("BENCHMARK {} {} open, {}, {}: p50 {} ms, p95 {} ms, p99 {} ms over {} calls", database, open, user, what,
        ms(nanos, 50), ms(nanos, 95), ms(nanos, 99), nanos.size());
  }

  private static String ms(List<Long> sorted, int percentile) {
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1);
    return "%.1f".formatted(sorted.get(Math.max(0, index)) / 1e6);
  }

  private static String shorten(String body) {
    var matcher = java.util.regex.Pattern.compile("\"count\":\\d+").matcher(body);
    var count = matcher.find() ? matcher.group() : "";
    return count + (body.length() > 160 ? " " + body.substring(0, 160) + "…" : " " + body);
  }

  private long openTasks() {
    return count("SELECT COUNT(*) FROM ACT_RU_TASK T JOIN ACT_RE_PROCDEF D ON T.PROC_DEF_ID_ = D.ID_ WHERE D.KEY_ = '"
        + HouseholdIdentificationProcess.KEY + "'");
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  /** Starts cases until {@link #OPEN_TASKS} household tasks are open: one thread per district, batches of 250. */
  private void fill() throws Exception {
    long missing = OPEN_TASKS - openTasks();
    if (missing <= 0) {
      return;
    }
    long first = count("SELECT COUNT(*) FROM household");
    long started = System.nanoTime();
    var pool = Executors.newFixedThreadPool(2);
    try {
      var plans = new ArrayList<Future<?>>();
      long offset = first;
      // One thread per district: a district's case numbers come one after the other anyway (its counter row).
      for (var district : List.of("daoli", "hulan")) {
        var work = new ArrayList<Runnable>();
        for (var township : TOWNSHIPS.stream().filter(t -> t.district().equals(district)).toList()) {
          long cases = missing * township.percent() / 100;
          long from = offset;
          offset += cases;
          work.add(() -> startCases(township, from, cases));
        }
        plans.add(pool.submit(() -> work.forEach(Runnable::run)));
      }
      for (var plan : plans) {
        plan.get();
      }
    } finally {
      pool.shutdown();
    }
    log.info("BENCHMARK filled {} open household tasks in {} s", openTasks(),
        (System.nanoTime() - started) / 1_000_000_000);
    // What autovacuum would do a while after a bulk load: the measured plans are those of a settled database.
    if ("postgres".equals(System.getProperty("fupin.test.database"))) {
      jdbc.execute("ANALYZE");
    }
  }

  private void startCases(Township township, long from, long cases) {
    var today = LocalDate.now(CHINA);
    for (long done = 0; done < cases; done += BATCH) {
      long batchStart = from + done;
      long batchEnd = Math.min(from + cases, batchStart + BATCH);
      transactions.executeWithoutResult(status -> {
        for (long n = batchStart; n < batchEnd; n++) {
          startCase(township, n, today);
        }
      });
    }
  }

  private void startCase(Township township, long n, LocalDate today) {
    var reportedOn = today.minusDays(n % 10);
    var variables = new HashMap<String, Object>();
    variables.put("districtCode", township.district());
    variables.put("townshipCode", township.code());
    variables.put("villageName", township.village());
    variables.put("category", "A");
    variables.put("reportedOn", reportedOn.toString());
    variables.put("headName", "王建国");
    variables.put("headIdNumber", HouseholdData.residentId(FIRST_BIRTH.plusDays(n / 1000), (int) (n % 1000)));
    variables.put("riskReason1", "illness");
    boolean atReview = n % 5 == 0;
    String processInstanceId;
    if (atReview) {
      variables.put(HouseholdIdentificationProcess.Variables.TOWNSHIP_COMPLETED_ON, reportedOn.plusDays(1).toString());
      processInstanceId = runtimeService.createProcessInstanceByKey(HouseholdIdentificationProcess.KEY)
          .setVariables(variables)
          .startBeforeActivity(HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD)
          .execute().getId();
    } else {
      processInstanceId = runtimeService.startProcessInstanceByKey(HouseholdIdentificationProcess.KEY, variables).getId();
    }
    if (n % 50 < 2 && township.district().equals("daoli")) {
      var assignee = atReview ? "chenjing" : township.code().equals("xinnong") ? "zhangwei" : null;
      if (assignee != null) {
        var task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.setAssignee(task.getId(), assignee);
      }
    }
  }
}
