package org.fupinflow.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request for another district's records than the official's own: 403 naming the district, on every {@code /api}
 * resource that filters by district (answered by {@link SecurityErrors}).
 */
public class NotYourDistrict extends AccessDeniedException {

  public NotYourDistrict(String district) {
    super("您不属于区县 " + district + "，不能查看其记录 / You are not an official of district " + district
        + " and cannot see its records");
  }

  /** Refuses a district outside {@code official}'s tenants (administrators and city roles belong to all). */
  public static void check(FupinPrincipal official, String district) {
    if (district != null && !official.isMemberOf(Roles.ADMINS) && !official.tenantIds().contains(district)) {
      throw new NotYourDistrict(district);
    }
  }
}
