package org.fupinflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is to Fupin Flow, with their roles and districts in Chinese. Names are
 * kept family name first (Camunda's first name field), as the webapps show "first last".
 */
@RestController
class CurrentOfficial {

  record Named(String id, String name) {
  }

  record Official(String userId, String name, List<Named> groups, List<Named> districts) {
  }

  private final IdentityService identityService;

  CurrentOfficial(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  Official me(@AuthenticationPrincipal FupinPrincipal principal) {
    var user = identityService.createUserQuery().userId(principal.userId()).singleResult();
    var name = user == null ? principal.userId() : (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName()));
    List<Named> groups = principal.groupIds().isEmpty() ? List.of()
        : identityService.createGroupQuery().groupIdIn(principal.groupIds().toArray(String[]::new)).list().stream()
            .map((Group group) -> new Named(group.getId(), group.getName())).toList();
    List<Named> districts = principal.tenantIds().isEmpty() ? List.of()
        : identityService.createTenantQuery().tenantIdIn(principal.tenantIds().toArray(String[]::new)).list().stream()
            .map((Tenant tenant) -> new Named(tenant.getId(), tenant.getName())).toList();
    return new Official(principal.userId(), name, groups, districts);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
