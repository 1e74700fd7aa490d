package org.fupinflow.household;

/** Resident ID numbers as other capabilities may show them: masked, never whole. */
public final class IdNumbers {

  private IdNumbers() {
  }

  /** The ID number for a role that does not need it whole: {@code 2301**********1234}. */
  public static String mask(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return "****";
    }
    return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
  }
}
