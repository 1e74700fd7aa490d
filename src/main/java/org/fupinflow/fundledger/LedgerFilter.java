package org.fupinflow.fundledger;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which lines and entries to show. {@code visibleDistricts}: the districts the reader may see, {@code null} for
 * all; the other fields are optional filters ({@code null} = any). With {@code from} or {@code to} (business
 * dates, inclusive) the journal is cut to that period and balances become the period's movements.
 */
public record LedgerFilter(Set<String> visibleDistricts, String district, String fundLine, FundLevel level,
    String functionCode, String governmentEconomicCode, String departmentEconomicCode, LocalDate from, LocalDate to) {

  public LedgerFilter {
    visibleDistricts = visibleDistricts == null ? null : Set.copyOf(visibleDistricts);
  }

  /** Everything. */
  public static LedgerFilter all() {
    return new LedgerFilter(null, null, null, null, null, null, null, null, null);
  }

  /** Exactly one fund line. */
  public static LedgerFilter of(FundLineKey line) {
    return new LedgerFilter(null, line.district(), line.fundLine(), line.level(), line.functionCode(),
        line.governmentEconomicCode(), line.departmentEconomicCode(), null, null);
  }

  boolean hasPeriod() {
    return from != null || to != null;
  }
}
