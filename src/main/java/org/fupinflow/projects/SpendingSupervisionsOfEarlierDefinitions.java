package org.fupinflow.projects;

import java.util.List;
import org.fupinflow.security.RetiredBindings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Upgrade step, at every start: spending supervision cases started under a version of {@code spending-supervision.bpmn}
 * that called its steps as {@code ${spendingSupervision.raise|issued|caughtUp(…)}} (methods that no longer exist: the
 * bean only reads the deadline now) move to the latest version, whose steps are classes of their own
 * ({@link RetiredBindings}); otherwise 下达督办意见 and the catch-up would fail.
 */
@Component
class SpendingSupervisionsOfEarlierDefinitions implements ApplicationRunner {

  /** How the earlier models called the steps. */
  static final List<String> RETIRED_EXPRESSIONS = List.of("${spendingSupervision.raise(",
      "${spendingSupervision.issued(", "${spendingSupervision.caughtUp(");

  private final RetiredBindings retiredBindings;

  SpendingSupervisionsOfEarlierDefinitions(RetiredBindings retiredBindings) {
    this.retiredBindings = retiredBindings;
  }

  @Override
  public void run(ApplicationArguments args) {
    retiredBindings.moveToLatest(SpendingSupervisionProcess.KEY, RETIRED_EXPRESSIONS);
  }
}
