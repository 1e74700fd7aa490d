package org.fupinflow.householdledger;

import java.time.LocalDate;

/**
 * When ledgers are due. 001 (威扶贫组发〔2020〕4号): district poverty offices send the ledger to the city on the
 * 15th and 29th of each month. February of a common year has no 29th: its second ledger is due on the 28th,
 * the month's last day, so that no half-month goes unreported.
 */
final class LedgerCadence {

  static final int FIRST_LEDGER_DAY = 15;
  static final int SECOND_LEDGER_DAY = 29;

  private LedgerCadence() {
  }

  /**
   * The ledger day a schedule run on {@code day} files: that day, or the last one before it when the timer
   * fired late (the job executor was down) — then the report is created late and overdue, not skipped.
   */
  static LocalDate latestOnOrBefore(LocalDate day) {
    if (!day.isBefore(second(day))) {
      return second(day);
    }
    if (!day.isBefore(first(day))) {
      return first(day);
    }
    return second(day.minusMonths(1));
  }

  private static LocalDate first(LocalDate day) {
    return day.withDayOfMonth(FIRST_LEDGER_DAY);
  }

  private static LocalDate second(LocalDate day) {
    return day.withDayOfMonth(Math.min(SECOND_LEDGER_DAY, day.lengthOfMonth()));
  }
}
