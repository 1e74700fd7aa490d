package org.fupinflow.durability;

import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.RiskReports;

/**
 * Officials at work over HTTP, several at once, each client thread case after case: 周杰 registers a notice giving
 * 道里区 100.00 yuan on the thread's fund line (every other one matched 1:1), 陈静 proposes the 100.00 yuan for the
 * thread's project, 赵磊 arranges the matching and disburses; 张伟 reports a category A household, verifies it, 陈静
 * approves it. Each 2xx answer is recorded in {@link Acknowledged} the moment it arrives. A client stops when the
 * application stops answering (it was killed) or when told to.
 */
final class Workload {

  static final String NOTICE_AMOUNT = "100.00";

  private final Http http;
  private final Acknowledged acknowledged;
  private final int cycle;
  private final String prefix;
  private final List<Thread> clients = new ArrayList<>();
  private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
  private final AtomicInteger operations = new AtomicInteger();
  private final AtomicInteger casesFinished = new AtomicInteger();
  private volatile boolean stopping;
  private long started;
  private long stopped;

  /** What the clients did: acknowledged operations, cases run to their end, and the seconds they worked. */
  record Result(int operations, int casesFinished, double seconds, List<String> unexpected) {

    double operationsPerSecond() {
      return operations / seconds;
    }

    double casesPerSecond() {
      return casesFinished / seconds;
    }
  }

  /** {@code prefix} makes this cycle's document numbers and fund lines its own, e.g. {@code R3f2C1}. */
  Workload(Http http, Acknowledged acknowledged, int cycle, String prefix) {
    this.http = http;
    this.acknowledged = acknowledged;
    this.cycle = cycle;
    this.prefix = prefix;
  }

  static String documentNumberPrefix(String prefix) {
    return "哈财指（农）〔" + prefix + "〕";
  }

  void start(int threads) {
    started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int client = t;
      var thread = new Thread(() -> work(client), "official-" + prefix + "-" + t);
      clients.add(thread);
      thread.start();
    }
  }

  int operations() {
    return operations.get();
  }

  /** Waits until the clients have had {@code count} operations acknowledged, at most {@code timeout}. */
  void awaitOperations(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (operations.get() < count && System.nanoTime() < deadline && clients.stream().anyMatch(Thread::isAlive)) {
      ApplicationProcess.sleep(50);
    }
  }

  /** Lets the clients finish their requests under way (unanswered ones fail at once when the application is dead). */
  Result stop() {
    if (!stopping) {
      stopping();
    }
    for (var client : clients) {
      try {
        client.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return new Result(operations.get(), casesFinished.get(), (stopped - started) / 1e9, List.copyOf(unexpected));
  }

  /** Marks the moment the application is about to die: answers that fail from here on are expected to. */
  void stopping() {
    stopping = true;
    stopped = System.nanoTime();
  }

  private void work(int client) {
    try {
      var fundLine = "农村人口精准防贫机制市级补助资金-" + prefix + "T" + client;
      var project = new DaoliFundShares(http, null).aProject(fundLine);
      acknowledged.projects.add(new Acknowledged.Project(cycle, project, fundLine));
      operations.incrementAndGet();
      for (int n = 0; !stopping; n++) {
        try {
          fundCase(fundLine, project, client, n);
          householdCase();
        } catch (Unexpected | AssertionError e) {
          if (!stopping) {
            unexpected.add(Thread.currentThread().getName() + ": " + e.getMessage());
          }
        }
      }
    } catch (UncheckedIOException e) {
      if (!stopping) {
        unexpected.add(Thread.currentThread().getName() + ": no answer while the application was up: " + e.getMessage());
      }
    } catch (AssertionError e) {
      if (!stopping) {
        unexpected.add(Thread.currentThread().getName() + ": " + e.getMessage());
      }
    }
  }

  private void fundCase(String fundLine, String project, int client, int n) {
    boolean matching = n % 2 == 0;
    var documentNumber = documentNumberPrefix(prefix) + "T" + client + "N" + n + "号";
    var body = notice(documentNumber, fundLine, matching);
    expect(http.post("zhoujie", "/api/fund-notices", body), 201, "register " + documentNumber);
    acknowledged.notices.add(new Acknowledged.Notice(cycle, documentNumber, fundLine, matching, body));
    operations.incrementAndGet();

    var instance = fundCaseOf(documentNumber);
    var id = instance.get("id").asText();
    var caseNumber = instance.get("businessKey").asText();
    complete("chenjing", caseNumber, id, TASK_PROPOSE_ALLOCATION, Map.of("allocation1",
        Http.json(Map.of("projectCode", project, "amount", Double.parseDouble(NOTICE_AMOUNT), "use", "防贫保险保费"))));
    if (matching) {
      complete("zhaolei", caseNumber, id, TASK_ARRANGE_MATCHING, Map.of("matchingArrangedOn", today(),
          "matchingSource", "区本级预算"));
    }
    complete("zhaolei", caseNumber, id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse",
        "disbursedOn", today()));
    casesFinished.incrementAndGet();
  }

  private void householdCase() {
    var reply = http.post("zhangwei", Cases.START, RiskReports.aCategoryAReport().with("reportedOn", today()).startRequest());
    expect(reply, 200, "report a household");
    var id = reply.json().get("id").asText();
    var caseNumber = reply.json().get("businessKey").asText();
    acknowledged.householdCases.add(new Acknowledged.HouseholdCase(cycle, id, caseNumber));
    operations.incrementAndGet();
    complete("zhangwei", caseNumber, id, TASK_VERIFY_HOUSEHOLD, Map.of("verifiedOn", today(), "riskConfirmed", true,
        "verificationNote", "已入户核实，风险属实"));
    complete("chenjing", caseNumber, id, TASK_REVIEW_HOUSEHOLD, Map.of("reviewDecision", "approve"));
    casesFinished.incrementAndGet();
  }

  static Map<String, Object> notice(String documentNumber, String fundLine, boolean matching) {
    var body = new LinkedHashMap<String, Object>();
    body.put("documentNumber", documentNumber);
    body.put("issuedOn", today());
    body.put("level", "市级");
    body.put("fundLine", fundLine);
    body.put("functionCode", DaoliFundShares.FUNCTION_CODE);
    body.put("governmentEconomicCode", DaoliFundShares.GOVERNMENT_ECONOMIC_CODE);
    body.put("departmentEconomicCode", DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    body.put("matchingRatio", matching ? "1:1" : "");
    body.put("shares", List.of(Map.of("district", "daoli", "amount", NOTICE_AMOUNT)));
    return body;
  }

  /** The fund-disbursement case of a notice's 道里区 share, as an administrator finds it. */
  private JsonNode fundCaseOf(String documentNumber) {
    var reply = http.get("demo", "/engine-rest/process-instance?variables="
        + URLEncoder.encode("documentNumber_eq_" + documentNumber, StandardCharsets.UTF_8));
    expect(reply, 200, "find the case of " + documentNumber);
    if (reply.json().size() != 1) {
      throw new Unexpected("not one case for " + documentNumber + ": " + reply.body());
    }
    return reply.json().get(0);
  }

  private void complete(String official, String caseNumber, String processInstanceId, String step,
      Map<String, Object> values) {
    var tasks = http.get(official, "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + step);
    expect(tasks, 200, "find " + step + " of " + caseNumber);
    if (tasks.json().size() != 1) {
      throw new Unexpected("not one open " + step + " of " + caseNumber + " for " + official + ": " + tasks.body());
    }
    var taskId = tasks.json().get(0).get("id").asText();
    var body = Map.<String, Object>of("variables", Http.variables(values));
    expect(http.post(official, "/engine-rest/task/" + taskId + "/complete", body), 204, step + " of " + caseNumber);
    acknowledged.completions.add(new Acknowledged.Completion(cycle, taskId, step, official, caseNumber, body));
    operations.incrementAndGet();
  }

  static String today() {
    return LocalDate.now(ChinaTime.ZONE).toString();
  }

  private static void expect(Http.Reply reply, int status, String what) {
    if (reply.status() != status) {
      throw new Unexpected(what + ": " + reply.status() + " " + reply.body());
    }
  }

  static final class Unexpected extends RuntimeException {
    Unexpected(String message) {
      super(message);
    }
  }
}
