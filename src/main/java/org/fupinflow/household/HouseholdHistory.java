package org.fupinflow.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cases of other procedures about a household (a relief claim for one of its members), for its history in
 * {@code GET /api/households/{id}}: each capability that files such cases contributes them as a bean.
 */
public interface HouseholdHistory {

  /**
   * One case: its number, what kind of case it is ({@code relief-claim}, in Chinese in {@code kindLabel}), the
   * member concerned (a name), the day it was filed, its state as officials read it, and an amount paid when there
   * is one.
   */
  record Entry(String caseNumber, String kind, String kindLabel, String person, LocalDate filedOn, String state,
      BigDecimal amount) {
  }

  List<Entry> of(String householdId);
}
