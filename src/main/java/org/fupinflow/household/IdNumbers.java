package org.fupinflow.household;

import org.fupinflow.validation.InputHygiene;

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

  /**
   * A submitted resident ID number checked as the household forms check it (format, birth date, check character),
   * upper-case; else a 400 naming {@code field}, the Chinese reason after {@code chinesePrefix}.
   */
  public static String checked(String text, java.time.LocalDate today, String field, String chinesePrefix) {
    return ResidentId.submitted(text, today, field, chinesePrefix).value();
  }

  /** 张三丰 → 张**: a name as public boards show it (the family name stays, the length of the rest is not told). */
  public static String maskName(String name) {
    return HouseholdNotice.mask(name);
  }

  /** {@code text} with every resident ID number in it masked ({@link #mask}); null stays null. */
  public static String maskWithin(String text) {
    return text == null ? null : InputHygiene.RESIDENT_ID.matcher(text).replaceAll(found -> mask(found.group()));
  }
}
