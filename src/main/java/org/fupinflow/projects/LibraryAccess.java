package org.fupinflow.projects;

import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Whose district library an official may read or keep: their own districts' (administrators any district's). The
 * one rule of {@code /api/projects} and of its spending figures.
 */
@Component
class LibraryAccess {

  private static final class OtherDistrict extends ApiRefusal {
    OtherDistrict(String district) {
      super(403, "无权访问其他区县的项目库：" + district + " / The project library of district " + district
          + " belongs to another district");
    }
  }

  private final Districts districts;

  LibraryAccess(Districts districts) {
    this.districts = districts;
  }

  /**
   * The district a report is asked for, once the official may read it: {@code district} when given, else the
   * official's one district (city-wide roles and officials of several districts must name it).
   */
  String readable(FupinPrincipal official, String district) {
    var wanted = Districts.requestedOrOwn(official, district);
    requireDistrict(official, wanted);
    return wanted;
  }

  /** Officials act on their own district's library only; an unknown district is a bad request, not a 403. */
  void requireDistrict(FupinPrincipal official, String district) {
    if (!official.isMemberOf(Roles.ADMINS) && !official.tenantIds().contains(district)) {
      throw new OtherDistrict(district);
    }
    districts.nameOfRequested(district);
  }
}
