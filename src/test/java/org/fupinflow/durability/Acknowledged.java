package org.fupinflow.durability;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every change the application answered 2xx to, as the clients saw it: after that answer it must survive any crash.
 * A request that got no answer (the application died first) is not here: it may or may not have happened.
 */
final class Acknowledged {

  /** {@code POST /api/projects}: 陈静's project of 道里区's library on a fund line. */
  record Project(int cycle, String code, String fundLine) {
  }

  /** {@code POST /api/fund-notices} (201): 周杰's notice, with the body to send again. */
  record Notice(int cycle, String documentNumber, String fundLine, boolean matching, Map<String, Object> body) {
  }

  /** {@code …/household-identification/start} (200): 张伟's report, case {@code caseNumber}. */
  record HouseholdCase(int cycle, String processInstanceId, String caseNumber) {
  }

  /** {@code POST /engine-rest/task/{id}/complete} (204) of step {@code step}, with the body to send again. */
  record Completion(int cycle, String taskId, String step, String official, String caseNumber,
                    Map<String, Object> body) {
  }

  final Queue<Project> projects = new ConcurrentLinkedQueue<>();
  final Queue<Notice> notices = new ConcurrentLinkedQueue<>();
  final Queue<HouseholdCase> householdCases = new ConcurrentLinkedQueue<>();
  final Queue<Completion> completions = new ConcurrentLinkedQueue<>();

  int count(int cycle) {
    return (int) (projects.stream().filter(p -> p.cycle() == cycle).count()
        + notices.stream().filter(n -> n.cycle() == cycle).count()
        + householdCases.stream().filter(h -> h.cycle() == cycle).count()
        + completions.stream().filter(c -> c.cycle() == cycle).count());
  }

  List<Completion> completionsOf(String caseNumber) {
    return completions.stream().filter(c -> c.caseNumber().equals(caseNumber)).toList();
  }
}
