package org.fupinflow.durability;

import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.fupinflow.support.Http;

/**
 * What the restarted application holds, against what it acknowledged before it was killed, over HTTP as the
 * officials read it (the administrator {@code demo} for the engine's tasks and history):
 * <ul>
 *   <li>every acknowledged notice exists exactly once, and sending it again is refused as a duplicate;</li>
 *   <li>every acknowledged project and household case exists; every acknowledged completion left its task
 *       completed in history and not open, and sending it again finds no task;</li>
 *   <li>the fund ledger's journal adds up to its balances, line by line;</li>
 *   <li>each fund case of the cycle, acknowledged or not, holds exactly the postings of where it stands: one
 *       receipt; the matching once arranged; the allocation once proposed (and matched); the disbursement once
 *       past disbursement.</li>
 * </ul>
 */
final class AfterRestart {

  /** What went wrong, each entry naming the operation or case. */
  record Findings(int acknowledged, List<String> lost, List<String> doubled, List<String> inconsistent,
                  List<String> acceptedAgain) {

    boolean clean() {
      return lost.isEmpty() && doubled.isEmpty() && inconsistent.isEmpty() && acceptedAgain.isEmpty();
    }
  }

  private final Http http;
  private final Acknowledged acknowledged;
  private final List<String> lost = new ArrayList<>();
  private final List<String> doubled = new ArrayList<>();
  private final List<String> inconsistent = new ArrayList<>();
  private final List<String> acceptedAgain = new ArrayList<>();

  AfterRestart(Http http, Acknowledged acknowledged) {
    this.http = http;
    this.acknowledged = acknowledged;
  }

  /** Checks cycle {@code cycle}'s acknowledgements and cases in detail, every earlier notice and the whole ledger. */
  Findings check(int cycle, String prefix) {
    var notices = noticesByDocumentNumber();
    var ledger = read("zhoujie", "/api/ledger?district=daoli");
    var journal = StreamSupport.stream(ledger.get("journal").spliterator(), false).toList();

    checkNotices(notices);
    checkBalances(ledger.get("balances"), journal);
    notices.forEach((documentNumber, found) -> {
      if (documentNumber.startsWith(Workload.documentNumberPrefix(prefix))) {
        checkFundCase(documentNumber, found.get(0), journal);
      }
    });
    acknowledged.projects.stream().filter(p -> p.cycle() == cycle).forEach(project -> {
      if (http.get("chenjing", "/api/projects/daoli/" + project.code()).status() != 200) {
        lost.add("project " + project.code());
      }
    });
    acknowledged.householdCases.stream().filter(h -> h.cycle() == cycle).forEach(this::checkHouseholdCase);
    acknowledged.completions.stream().filter(c -> c.cycle() == cycle).forEach(this::checkCompletion);
    sendAgain(cycle);
    return new Findings(acknowledged.count(cycle), List.copyOf(lost), List.copyOf(doubled), List.copyOf(inconsistent),
        List.copyOf(acceptedAgain));
  }

  private Map<String, List<JsonNode>> noticesByDocumentNumber() {
    var list = read("zhoujie", "/api/fund-notices");
    return StreamSupport.stream(list.spliterator(), false)
        .collect(Collectors.groupingBy(notice -> notice.get("documentNumber").asText()));
  }

  private void checkNotices(Map<String, List<JsonNode>> notices) {
    for (var notice : acknowledged.notices) {
      int found = notices.getOrDefault(notice.documentNumber(), List.of()).size();
      if (found == 0) {
        lost.add("notice " + notice.documentNumber());
      }
    }
    notices.forEach((documentNumber, found) -> {
      if (found.size() > 1) {
        doubled.add("notice " + documentNumber + " registered " + found.size() + " times");
      }
    });
  }

  /** Per fund line, the journal's amounts by the column they move equal the balance's columns. */
  private void checkBalances(JsonNode balances, List<JsonNode> journal) {
    var sums = new HashMap<String, BigDecimal>();
    for (var entry : journal) {
      var moves = entry.hasNonNull("moves") ? entry.get("moves").asText() : entry.get("type").asText();
      sums.merge(line(entry) + "|" + moves, entry.get("amount").decimalValue(), BigDecimal::add);
    }
    for (var balance : balances) {
      var columns = Map.of("RECEIPT", "received", "MATCHING", "matched", "ALLOCATION", "allocated",
          "DISBURSEMENT", "disbursed");
      columns.forEach((moves, column) -> {
        var posted = sums.getOrDefault(line(balance) + "|" + moves, BigDecimal.ZERO);
        if (posted.compareTo(balance.get(column).decimalValue()) != 0) {
          inconsistent.add("fund line " + line(balance) + ": " + column + " " + balance.get(column).decimalValue()
              + " but the journal's " + moves + " entries add up to " + posted);
        }
      });
    }
  }

  private static String line(JsonNode node) {
    return String.join("/", node.get("district").asText(), node.get("fundLine").asText(), node.get("level").asText(),
        node.get("functionCode").asText(), node.get("governmentEconomicCode").asText(),
        node.get("departmentEconomicCode").asText());
  }

  /** The case of a notice holds exactly the postings of the steps it is past. */
  private void checkFundCase(String documentNumber, JsonNode notice, List<JsonNode> journal) {
    var entries = journal.stream().filter(e -> documentNumber.equals(e.path("documentNumber").asText())).toList();
    var receipts = entries.stream().filter(e -> "RECEIPT".equals(e.get("type").asText())).toList();
    if (receipts.size() != 1) {
      (receipts.isEmpty() ? inconsistent : doubled).add("notice " + documentNumber + " has " + receipts.size() + " receipts");
      return;
    }
    var caseNumber = receipts.get(0).get("caseNumber").asText();
    var instances = read("demo", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber);
    if (instances.size() != 1) {
      (instances.isEmpty() ? inconsistent : doubled).add("case " + caseNumber + " has " + instances.size() + " instances");
      return;
    }
    var open = new HashSet<String>();
    read("demo", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .forEach(task -> open.add(task.get("taskDefinitionKey").asText()));
    boolean matchingRequired = notice.hasNonNull("matchingRatio");
    var state = instances.get(0).get("state").asText();
    var expected = expectedPostings(state, open, matchingRequired);
    if (expected == null) {
      inconsistent.add("case " + caseNumber + " is " + state + " with open tasks " + open);
      return;
    }
    var posted = entries.stream().filter(e -> caseNumber.equals(e.get("caseNumber").asText()))
        .collect(Collectors.groupingBy(e -> e.get("type").asText(), Collectors.counting()));
    expected.forEach((type, count) -> {
      long actual = posted.getOrDefault(type, 0L);
      if (actual > count) {
        doubled.add("case " + caseNumber + " (" + state + ", open " + open + ") has " + actual + " " + type + " postings");
      } else if (actual < count) {
        inconsistent.add("case " + caseNumber + " (" + state + ", open " + open + ") has " + actual + " " + type
            + " postings, expected " + count);
      }
    });
  }

  /** RECEIPT, MATCHING, ALLOCATION, DISBURSEMENT counts for a case in that state; null if the state is impossible. */
  private static Map<String, Long> expectedPostings(String state, Set<String> open, boolean matchingRequired) {
    long matching = matchingRequired && !open.contains(TASK_ARRANGE_MATCHING) ? 1 : 0;
    if ("COMPLETED".equals(state) && open.isEmpty()) {
      return Map.of("RECEIPT", 1L, "MATCHING", matchingRequired ? 1L : 0L, "ALLOCATION", 1L, "DISBURSEMENT", 1L);
    }
    if (!"ACTIVE".equals(state) || open.isEmpty()) {
      return null;
    }
    if (open.contains(TASK_DISBURSE_FUNDS)) {
      return open.size() == 1 ? Map.of("RECEIPT", 1L, "MATCHING", matching, "ALLOCATION", 1L, "DISBURSEMENT", 0L) : null;
    }
    if (open.contains(TASK_PROPOSE_ALLOCATION) || open.contains(TASK_ARRANGE_MATCHING)) {
      return Map.of("RECEIPT", 1L, "MATCHING", matching, "ALLOCATION", 0L, "DISBURSEMENT", 0L);
    }
    return null;
  }

  private void checkHouseholdCase(Acknowledged.HouseholdCase householdCase) {
    var found = read("demo", "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + householdCase.caseNumber());
    if (found.isEmpty()) {
      lost.add("household case " + householdCase.caseNumber());
    } else if (found.size() > 1) {
      doubled.add("household case " + householdCase.caseNumber() + " started " + found.size() + " times");
    }
  }

  /** The completed task is in history, ended as completed, and not open again. */
  private void checkCompletion(Acknowledged.Completion completion) {
    var history = read("demo", "/engine-rest/history/task?taskId=" + completion.taskId());
    var open = http.get("demo", "/engine-rest/task/" + completion.taskId()).status() == 200;
    if (open || history.isEmpty() || !"completed".equals(history.get(0).path("deleteReason").asText())) {
      lost.add(completion.step() + " of " + completion.caseNumber() + " by " + completion.official()
          + (open ? " (the task is open again)" : " (no completed task " + completion.taskId() + ")"));
    }
  }

  /** The cycle's acknowledged registrations and completions, sent once more: each must be refused. */
  private void sendAgain(int cycle) {
    for (var notice : acknowledged.notices) {
      if (notice.cycle() == cycle) {
        var reply = http.post("zhoujie", "/api/fund-notices", notice.body());
        if (reply.status() / 100 == 2) {
          acceptedAgain.add("notice " + notice.documentNumber() + ": " + reply.status());
        } else if (reply.status() != 400 || !reply.body().contains("已登记")) {
          inconsistent.add("notice " + notice.documentNumber() + " sent again: " + reply.status() + " " + reply.body());
        }
      }
    }
    for (var completion : acknowledged.completions) {
      if (completion.cycle() == cycle) {
        var reply = http.post(completion.official(), "/engine-rest/task/" + completion.taskId() + "/complete",
            completion.body());
        if (reply.status() / 100 == 2) {
          acceptedAgain.add(completion.step() + " of " + completion.caseNumber() + ": " + reply.status());
        } else if (reply.status() != 404) {
          inconsistent.add(completion.step() + " of " + completion.caseNumber() + " sent again: " + reply.status()
              + " " + reply.body());
        }
      }
    }
  }

  private JsonNode read(String official, String path) {
    var reply = http.get(official, path);
    if (reply.status() != 200) {
      throw new AssertionError("GET " + path + " as " + official + ": " + reply.status() + " " + reply.body());
    }
    return reply.json();
  }
}
