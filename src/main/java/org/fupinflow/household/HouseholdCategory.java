package org.fupinflow.household;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of monitored household of 威扶贫组发〔2020〕4号 (seed 001). */
public enum HouseholdCategory {
  A("脱贫享受政策户，有返贫风险", HouseholdStatus.OUT_OF_POVERTY_WITH_POLICY, HouseholdStatus.MONITORED),
  B("一般农户，有致贫风险", HouseholdStatus.GENERAL, HouseholdStatus.INSTANT_ASSISTANCE),
  C("脱贫不再享受政策户，有返贫风险", HouseholdStatus.OUT_OF_POVERTY_WITHOUT_POLICY, HouseholdStatus.OUT_OF_POVERTY_WITH_POLICY);

  private final String label;
  private final HouseholdStatus before;
  private final HouseholdStatus recognized;

  HouseholdCategory(String label, HouseholdStatus before, HouseholdStatus recognized) {
    this.label = label;
    this.before = before;
    this.recognized = recognized;
  }

  public String label() {
    return label;
  }

  /** The household's status when its risk is reported. */
  public HouseholdStatus statusBefore() {
    return before;
  }

  /** The status the procedure ends in when the household is recognised. */
  public HouseholdStatus statusRecognized() {
    return recognized;
  }

  public static Optional<HouseholdCategory> of(Object value) {
    return Arrays.stream(values()).filter(category -> category.name().equals(value)).findFirst();
  }
}
