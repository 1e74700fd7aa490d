package org.fupinflow.fundledger;

/**
 * One fund line of one district: money issued for it is spent on it only (专款专用). {@code district} is the
 * district's tenant id (e.g. {@code daoli}); the codes are 功能科目, 政府经济科目 and 部门经济科目.
 */
public record FundLineKey(String district, String fundLine, FundLevel level, String functionCode,
    String governmentEconomicCode, String departmentEconomicCode) {

  /** How officials name the line in messages: 道里 daoli / 扶贫特惠保险补助 / 市级 / 2130599-50299-30299. */
  @Override
  public String toString() {
    return district + " / " + fundLine + " / " + (level == null ? null : level.label()) + " / " + functionCode + "-"
        + governmentEconomicCode + "-" + departmentEconomicCode;
  }
}
