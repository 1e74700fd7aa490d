package org.fupinflow.projects;

/**
 * How a project entered its district's library. Only a project re-reviewed by the city may be paid from city-level
 * special funds (003: 需要市级专项资金的项目 乡申报、县审核、市复核).
 */
public enum EntryRoute {
  /** 区县直接入库: the district poverty office entered it through {@code /api/projects}; never city-level funds. */
  DIRECT("区县直接入库"),
  /** 乡申报、县审核: a township applied, the district approved it; no city-level funds asked for. */
  DISTRICT_REVIEWED("乡申报、县审核"),
  /** 乡申报、县审核、市复核: a township applied for city-level funds, the district and the city approved it. */
  CITY_REVIEWED("乡申报、县审核、市复核");

  private final String label;

  EntryRoute(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
