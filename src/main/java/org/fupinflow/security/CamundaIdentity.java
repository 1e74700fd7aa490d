package org.fupinflow.security;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Camunda's identity store as the single source of users, groups and districts, for the web layer.
 * {@code checkPassword} applies the engine's login throttling ({@code login-max-attempts} and delays).
 */
@Component
public class CamundaIdentity {

  private final IdentityService identityService;

  CamundaIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  Optional<FupinPrincipal> authenticate(String userId, String password) {
    if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    if (!identityService.checkPassword(userId, password)) {
      return Optional.empty();
    }
    return Optional.of(principalOf(userId));
  }

  /** Groups and tenants as stored now, so a change in Camunda Admin applies to the next request. */
  public FupinPrincipal principalOf(String userId) {
    var groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    var tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return new FupinPrincipal(userId, groups, tenants);
  }

  /** Runs the rest of a request as this official, so Camunda authorization and tenant checks apply. */
  void runAs(FupinPrincipal principal, ThrowingRunnable work) throws Exception {
    identityService.setAuthentication(principal.userId(), principal.groupIds(), principal.tenantIds());
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Runs an engine call as this official and gives the thread back its previous engine authentication (the
   * request's, when a filter before has set one), so a lookup made by a filter never changes who the rest of the
   * request runs as.
   */
  public <T> T callAs(FupinPrincipal principal, java.util.function.Supplier<T> work) {
    var previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(principal.userId(), principal.groupIds(), principal.tenantIds());
    try {
      return work.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
