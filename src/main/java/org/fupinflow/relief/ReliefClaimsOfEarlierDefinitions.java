package org.fupinflow.relief;

import java.util.List;
import org.fupinflow.security.RetiredBindings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Upgrade step, at every start: claims filed under a version of {@code relief-claim.bpmn} that called the steps as
 * {@code ${reliefClaimSteps.…}} (a bean that no longer exists) move to the latest version, whose steps are classes of
 * their own ({@link RetiredBindings}); otherwise their next step would fail.
 */
@Component
class ReliefClaimsOfEarlierDefinitions implements ApplicationRunner {

  /** How the earlier models called the steps. */
  static final List<String> RETIRED_EXPRESSIONS = List.of("${reliefClaimSteps.");

  private final RetiredBindings retiredBindings;

  ReliefClaimsOfEarlierDefinitions(RetiredBindings retiredBindings) {
    this.retiredBindings = retiredBindings;
  }

  @Override
  public void run(ApplicationArguments args) {
    retiredBindings.moveToLatest(ReliefClaimProcess.KEY, RETIRED_EXPRESSIONS);
  }
}
