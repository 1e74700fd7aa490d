package org.fupinflow.household;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of monitored household of 威扶贫组发〔2020〕4号 (seed 001). */
enum HouseholdCategory {
  /** 脱贫享受政策户，有返贫风险. */
  A,
  /** 一般农户，有致贫风险. */
  B,
  /** 脱贫不再享受政策户，有返贫风险. */
  C;

  static Optional<HouseholdCategory> of(Object value) {
    return Arrays.stream(values()).filter(category -> category.name().equals(value)).findFirst();
  }
}
