package org.fupinflow.relief;

/** The premiums per person and year in fen: supplementary medical (补充医疗保险) and accident (意外伤害保险). */
record Premium(long medicalFen, long accidentFen) {

  Premium {
    if (medicalFen < 0 || accidentFen < 0) {
      throw new IllegalArgumentException("premiums must not be negative");
    }
  }

  long totalFen() {
    return Math.addExact(medicalFen, accidentFen);
  }
}
