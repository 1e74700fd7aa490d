package org.fupinflow.calendar;

import java.time.LocalDate;

/**
 * The days a business date may fall on where a contract does not say otherwise: from the founding of the People's
 * Republic to a year from today (China time, engine clock). {@code validation.InputHygiene} refuses the others with
 * a message naming the field; the calendar's own API does the same for its parameters.
 */
public final class BusinessDates {

  public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

  private BusinessDates() {
  }

  /** A year from today in China. */
  public static LocalDate latest() {
    return ChinaTime.today().plusYears(1);
  }
}
