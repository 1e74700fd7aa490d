package org.fupinflow.household;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of monitored household of 威扶贫组发〔2020〕4号 (seed 001). */
public enum HouseholdCategory {
  A("脱贫享受政策户，有返贫风险"),
  B("一般农户，有致贫风险"),
  C("脱贫不再享受政策户，有返贫风险");

  private final String label;

  HouseholdCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<HouseholdCategory> of(Object value) {
    return Arrays.stream(values()).filter(category -> category.name().equals(value)).findFirst();
  }
}
