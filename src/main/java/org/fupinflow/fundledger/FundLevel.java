package org.fupinflow.fundledger;

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
}
