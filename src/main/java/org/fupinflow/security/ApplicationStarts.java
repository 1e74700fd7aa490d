package org.fupinflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The application's own starts of the processes that no official may start (a district's fund case, the ledger
 * reports): code that starts one wraps the call in {@link #run}. The start then runs as the application, not as
 * the official whose request or task led to it — the case's business record was written by that same code, in the
 * same transaction — so the start policy lets it through and the engine checks no start permission (the engine
 * checks authorizations only for a logged-in user). Any other
 * start of such a process by a logged-in user, administrators included, is refused with a 403 whatever door it
 * comes through ({@code /engine-rest}, Tasklist, a restart or a modification).
 */
@Component
public class ApplicationStarts {

  private final IdentityService identityService;

  ApplicationStarts(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> start) {
    var official = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return start.get();
    } finally {
      if (official != null) {
        identityService.setAuthentication(official);
      }
    }
  }
}
