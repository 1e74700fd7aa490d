package org.fupinflow.household;

import java.util.Arrays;
import java.util.Optional;

/** The poverty risks A52a–c of the information collection form (Annex 1 of 威扶贫组发〔2020〕4号). */
public enum RiskReason {
  ILLNESS("illness", "因大病"),
  SCHOOLING("schooling", "因学"),
  DISASTER("disaster", "因灾"),
  DISABILITY("disability", "因残"),
  EMERGENCY("emergency", "因突发事件"),
  BUSINESS_FAILURE("business-failure", "因产业失败"),
  UNSTABLE_EMPLOYMENT("unstable-employment", "因就业不稳"),
  OTHER("other", "其他");

  private final String code;
  private final String label;

  RiskReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value in process variables, REST and forms. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<RiskReason> ofCode(Object code) {
    return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
  }
}
