package org.fupinflow.household;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fupinflow.validation.InvalidSubmission;

/**
 * A resident identity number of GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence and a
 * MOD 11-2 check character (0–9 or X). Personal information: shown whole only to roles that need it, masked
 * ({@code 2301**********1234}) everywhere else, never logged ({@link #toString()} is masked).
 */
record ResidentId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{5}\\d{8}\\d{3}[0-9X]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
  private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  /** Nobody monitored today was born earlier; an older date is a typing error. */
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * Validates format, birth date (a real day, not after {@code today}) and check character; a lower-case x is
   * accepted as X.
   */
  static ResidentId parse(String text, LocalDate today) {
    var value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("身份证号码应为18位：17位数字加1位校验码（0–9或X） / "
          + "a resident ID has 18 characters: 17 digits and a check character (0–9 or X)");
    }
    LocalDate birth;
    try {
      birth = LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("身份证号码中的出生日期无效 / the birth date in the resident ID is not a real date");
    }
    if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
      throw new IllegalArgumentException("身份证号码中的出生日期不合理 / the birth date in the resident ID is out of range");
    }
    if (checkCharacter(value) != value.charAt(17)) {
      throw new IllegalArgumentException("身份证号码校验码错误 / the check character of the resident ID is wrong");
    }
    return new ResidentId(value);
  }

  /**
   * {@link #parse} for a submitted field: a refusal is a 400 naming {@code field}, its Chinese reason after
   * {@code chinesePrefix}, the English one as it is.
   */
  static ResidentId submitted(String text, LocalDate today, String field, String chinesePrefix) {
    try {
      return parse(text, today);
    } catch (IllegalArgumentException e) {
      var reason = e.getMessage().split(" / ");
      throw new InvalidSubmission(field, chinesePrefix + reason[0], reason[1]);
    }
  }

  /** The MOD 11-2 check character of the first 17 digits. */
  static char checkCharacter(String digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  LocalDate birthDate() {
    return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
  }

  /** First four and last four characters: {@code 2301**********1234}. */
  String masked() {
    return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
  }

  @Override
  public String toString() {
    return masked();
  }
}
