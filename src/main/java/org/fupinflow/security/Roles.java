package org.fupinflow.security;

import java.util.List;

/**
 * The role groups of Fupin Flow. Their ids are fixed (BPMN candidate groups and authorizations refer to
 * them); their names are what officials read in Camunda Admin.
 */
public enum Roles {
  TOWNSHIP_OFFICERS("township-officers", "乡镇扶贫干部"),
  VILLAGE_COMMITTEES("village-committees", "村两委"),
  DISTRICT_POVERTY_OFFICE("district-poverty-office", "区县扶贫办"),
  DISTRICT_FINANCE("district-finance", "区县财政局"),
  CITY_POVERTY_OFFICE("city-poverty-office", "市扶贫办"),
  CITY_FINANCE("city-finance", "市财政局"),
  SUPERVISORS("supervisors", "督查"),
  INSURERS("insurers", "保险承办机构"),
  ADMINS("camunda-admin", "系统管理员");

  /** Camunda group type of the role groups; townships use {@link Townships#GROUP_TYPE}. */
  public static final String GROUP_TYPE = "role";

  private final String groupId;
  private final String groupName;

  Roles(String groupId, String groupName) {
    this.groupId = groupId;
    this.groupName = groupName;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  /** The roles whose members act for a whole city: they belong to every district tenant of their city. */
  public static List<Roles> cityWide() {
    return List.of(CITY_POVERTY_OFFICE, CITY_FINANCE, SUPERVISORS, INSURERS, ADMINS);
  }
}
