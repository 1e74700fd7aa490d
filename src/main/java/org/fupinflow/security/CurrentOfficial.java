package org.fupinflow.security;

import io.swagger.v3.oas.annotations.Operation;
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

  @Operation(operationId = "getMe",
      summary = "当前用户：姓名、角色与区县 / The caller: name, roles and districts",
      description = "任何已登录的官员。groups 为其 Camunda 组（角色及乡镇组 township-<区县>-<乡镇>），districts 为其区县"
      + "（租户）。 / Any logged-in official. groups are their Camunda groups (roles, and township groups township-<dis"
      + "trict>-<township>), districts their districts (tenants).")
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
