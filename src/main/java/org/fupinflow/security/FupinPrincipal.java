package org.fupinflow.security;

import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated official as the engine sees them: user id, Camunda groups and district tenants.
 * Spring authorities are {@code ROLE_<group id>} and {@code TENANT_<tenant id>}.
 */
public record FupinPrincipal(String userId, List<String> groupIds, List<String> tenantIds) implements Principal {

  public FupinPrincipal {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }

  @Override
  public String getName() {
    return userId;
  }

  public boolean isMemberOf(Roles role) {
    return groupIds.contains(role.groupId());
  }

  List<GrantedAuthority> authorities() {
    return Stream.concat(
            groupIds.stream().map(group -> "ROLE_" + group),
            tenantIds.stream().map(tenant -> "TENANT_" + tenant))
        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
        .toList();
  }
}
