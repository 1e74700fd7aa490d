package org.fupinflow.relief;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupinflow.fundledger.Balance;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.LedgerFilter;
import org.springframework.stereotype.Component;

/**
 * A district's premium need for an insurance year, from our own tables: the insured people (household tables), the
 * year's premium per person (configuration) and the upper-level funds received on {@link #FUND_LINE} within the year
 * (fund ledger receipts by business date, all budget codes). What {@code /premiums} shows and what a premium case pays.
 */
@Component
class PremiumNeeds {

  /** The fund line on which the province and the city send their premium subsidies (资金名称). */
  static final String FUND_LINE = "扶贫特惠保险补助";

  private final InsuredPeople insuredPeople;
  private final InsuranceProperties properties;
  private final FundLedger ledger;

  PremiumNeeds(InsuredPeople insuredPeople, InsuranceProperties properties, FundLedger ledger) {
    this.insuredPeople = insuredPeople;
    this.properties = properties;
    this.ledger = ledger;
  }

  /** The need; empty when no premium is configured for the year. */
  Optional<PremiumNeed> of(String district, Year year) {
    return properties.premium(year.getValue()).map(premium -> {
      var received = new EnumMap<FundLevel, Long>(FundLevel.class);
      for (var level : PremiumNeed.UPPER_LEVELS) {
        received.put(level, receipts(district, level, year).stream().mapToLong(Balance::receivedFen)
            .reduce(0L, Math::addExact));
      }
      return new PremiumNeed(insuredPeople.of(district, year, Map.of()).size(), premium, received);
    });
  }

  /** The level's lines of {@link #FUND_LINE} in the district, each with what it received within the year. */
  List<Balance> receipts(String district, FundLevel level, Year year) {
    return ledger.balances(new LedgerFilter(null, district, FUND_LINE, level, null, null, null, year.atDay(1),
        year.atDay(year.length())));
  }
}
