package org.fupinflow.relief;

import java.util.Arrays;
import java.util.Optional;

/** The events 扶贫特惠保 covers (seed 001), with the codes of {@code relief-payout.dmn}. */
enum EventType {
  INPATIENT_MEDICAL("inpatient-medical", "住院医疗"),
  ACCIDENT_DEATH("accident-death", "意外身故"),
  ACCIDENT_DISABILITY("accident-disability", "意外伤残"),
  ACCIDENT_MEDICAL("accident-medical", "意外伤害医疗");

  private final String code;
  private final String label;

  EventType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  /** Medical events carry costs the insurer checks; the others pay a fixed sum. */
  boolean medical() {
    return this == INPATIENT_MEDICAL || this == ACCIDENT_MEDICAL;
  }

  static Optional<EventType> ofCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  static String codes() {
    return String.join(", ", Arrays.stream(values()).map(EventType::code).toList());
  }
}
