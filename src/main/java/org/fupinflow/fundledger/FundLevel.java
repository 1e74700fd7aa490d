package org.fupinflow.fundledger;

import java.util.Optional;

/** The level of government that issued the funds (资金级次). */
public enum FundLevel {
  CENTRAL("中央"), PROVINCE("省级"), CITY("市级"), DISTRICT("区级");

  private final String label;

  FundLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level an official wrote: its name (CITY, any case) or its label (市级); 县级 is 区级. */
  public static Optional<FundLevel> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    var text = value.strip();
    if (text.equals("县级")) {
      return Optional.of(DISTRICT);
    }
    for (FundLevel level : values()) {
      if (level.name().equalsIgnoreCase(text) || level.label().equals(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
