package org.fupinflow.relief;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupinflow.fundledger.FundLevel;

/**
 * A district's premiums for a year, in fen: insured people × premium per person is the need; the upper-level funds
 * received (省级, 市级) cover part, the district matches the rest. Upper-level funds beyond the need leave nothing to
 * match and a surplus.
 */
record PremiumNeed(int insuredPeople, Premium premium, Map<FundLevel, Long> upperLevelFen) {

  /** 001: the province and the city subsidise the premiums; the district matches what they leave. */
  static final List<FundLevel> UPPER_LEVELS = List.of(FundLevel.PROVINCE, FundLevel.CITY);

  PremiumNeed {
    if (insuredPeople < 0) {
      throw new IllegalArgumentException("insured people must not be negative: " + insuredPeople);
    }
    var levels = new EnumMap<FundLevel, Long>(FundLevel.class);
    for (var level : UPPER_LEVELS) {
      levels.put(level, upperLevelFen.getOrDefault(level, 0L));
    }
    if (!UPPER_LEVELS.containsAll(upperLevelFen.keySet())) {
      throw new IllegalArgumentException("upper-level funds are provincial or city funds: " + upperLevelFen.keySet());
    }
    upperLevelFen = Map.copyOf(levels);
  }

  long needFen() {
    return Math.multiplyExact(premium.totalFen(), insuredPeople);
  }

  long upperLevelTotalFen() {
    return upperLevelFen.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
  }

  /** need − upper-level funds, never below zero. */
  long districtMatchingFen() {
    return Math.max(0L, needFen() - upperLevelTotalFen());
  }

  /**
   * What each upper level pays of the premium: its funds received, in the order of {@link #UPPER_LEVELS} (province
   * first), up to the need; their sum and {@link #districtMatchingFen()} make the need.
   */
  Map<FundLevel, Long> upperLevelPartsFen() {
    var parts = new EnumMap<FundLevel, Long>(FundLevel.class);
    long left = needFen();
    for (var level : UPPER_LEVELS) {
      long part = Math.min(left, upperLevelFen.get(level));
      parts.put(level, part);
      left -= part;
    }
    return parts;
  }

  /** What the upper-level funds exceed the need by; zero when the district has to match. */
  long surplusFen() {
    return Math.max(0L, upperLevelTotalFen() - needFen());
  }
}
