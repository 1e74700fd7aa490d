package org.fupinflow.security;

import org.camunda.bpm.engine.IdentityService;

/**
 * Who a step's record names as having acted: the official the engine runs the command as, or {@code system} when the
 * application itself acts (a timer, a job, the application's own start).
 */
public final class ActingOfficial {

  public static final String SYSTEM = "system";

  private ActingOfficial() {
  }

  public static String userId(IdentityService identityService) {
    var authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
  }
}
