package org.fupinflow.validation;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.fupinflow.calendar.BusinessDates;
import org.fupinflow.errors.InvalidRequestException;

/**
 * What every text and date a caller sends must satisfy, on every door (the engine door's variables, {@code /api}
 * bodies and parameters, the listeners' own reading): no control characters, no resident ID number in free text,
 * and business dates between the founding of the People's Republic and a year from today.
 *
 * <p>An ID number in free text is refused rather than masked: a masked copy would still tie the comment to a
 * person in a field every reader of the case sees, and the official can always write 户主 or the name instead.
 */
public final class InputHygiene {

  /** The earliest business date any contract accepts where it does not say otherwise. */
  public static final LocalDate EARLIEST_DATE = BusinessDates.EARLIEST;

  /** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  /**
   * 18 characters of GB 11643 with a plausible birth date (18xx–20xx), not part of a longer run of digits: what a
   * free text must not hold, what the history filter keeps out and what masked views mask.
   */
  public static final Pattern RESIDENT_ID = Pattern.compile(
      "(?<!\\d)[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?!\\d)");

  private InputHygiene() {
  }

  /** A refusal of a text: why, in Chinese and English; {@code null} when the text is clean. */
  public record Problem(String chinese, String english) {
  }

  /** A text of any kind (names, codes, notes, ID numbers): no control characters. */
  public static Problem ofText(String text) {
    if (text != null && CONTROL.matcher(text).find()) {
      return new Problem("不能包含控制字符（如 NUL、响铃、ANSI 转义）",
          "must not contain control characters (such as NUL, bell or ANSI escapes)");
    }
    return null;
  }

  /** Free text (comments, notes, objections, names of projects): a text, and no resident ID number in it. */
  public static Problem ofFreeText(String text) {
    var problem = ofText(text);
    if (problem == null && containsResidentId(text)) {
      return new Problem("不能包含身份证号码，请删去号码（可写户主姓名）",
          "must not contain a resident ID number; leave the number out (the name will do)");
    }
    return problem;
  }

  public static boolean containsResidentId(String text) {
    return text != null && RESIDENT_ID.matcher(text).find();
  }

  /** A business date: between 1949-10-01 and a year from today (China time); {@code null} when it is. */
  public static Problem ofDate(LocalDate date) {
    var latest = BusinessDates.latest();
    if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(latest))) {
      return new Problem("应在 " + EARLIEST_DATE + " 至 " + latest + " 之间：" + date,
          "must lie between " + EARLIEST_DATE + " and " + latest + ": " + date);
    }
    return null;
  }

  /** {@code date} itself, after {@link #ofDate}: 400 naming {@code field} when out of range. */
  public static LocalDate date(String field, LocalDate date) {
    refuse(field, ofDate(date));
    return date;
  }

  /** {@code year} itself when it lies between 1949 and {@code latest}: otherwise 400 naming {@code year} (年度). */
  public static int year(int year, int latest) {
    var earliest = EARLIEST_DATE.getYear();
    if (year < earliest || year > latest) {
      throw InvalidRequestException.invalidField("year", "年度", "应在 " + earliest + " 至 " + latest + " 之间：" + year,
          "must lie between " + earliest + " and " + latest + ": " + year);
    }
    return year;
  }

  /** Throws {@link InvalidRequestException} naming {@code field} when {@code problem} is not null. */
  public static void refuse(String field, Problem problem) {
    if (problem != null) {
      throw new InvalidRequestException(field + "：" + problem.chinese() + " / " + field + ": " + problem.english());
    }
  }
}
