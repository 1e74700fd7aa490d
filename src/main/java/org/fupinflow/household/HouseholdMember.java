package org.fupinflow.household;

/** A member of a household (A1–A13 of Annex 1). {@link #toString()} masks the ID number. */
record HouseholdMember(int number, String name, String sex, String documentType, String idNumber, String relation,
                       String ethnicity, String politicalStatus, String education, String schoolingStatus,
                       String health, String workRegion, Integer monthsWorked) {

  static final String HEAD = "户主";
  static final String RESIDENT_ID = "居民身份证";
  static final String DISABILITY_CERTIFICATE = "残疾人证";

  boolean isHead() {
    return HEAD.equals(relation);
  }

  /** The ID number for a role that does not need it whole: {@code 2301**********1234}. */
  String maskedIdNumber() {
    return IdNumbers.mask(idNumber);
  }

  @Override
  public String toString() {
    return "HouseholdMember[" + number + ", " + relation + ", " + maskedIdNumber() + "]";
  }
}
