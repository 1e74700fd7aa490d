package org.fupinflow.household;

/** Where a household stands in the national system (全国扶贫开发信息系统), as 威扶贫组发〔2020〕4号 names it. */
public enum HouseholdStatus {
  GENERAL("一般农户"),
  OUT_OF_POVERTY_WITH_POLICY("脱贫享受政策户"),
  OUT_OF_POVERTY_WITHOUT_POLICY("脱贫不再享受政策户"),
  /** Category A after district review. */
  MONITORED("脱贫监测户"),
  /** Category B after the public notice: 边缘户 module, managed like out-of-poverty households from recognition. */
  INSTANT_ASSISTANCE("即时帮扶人口");

  private final String label;

  HouseholdStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
