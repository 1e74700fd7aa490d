package org.fupinflow.householdledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.fupinflow.household.HouseholdCategory;
import org.fupinflow.household.HouseholdStatus;
import org.fupinflow.household.RiskReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger of one district as it stood at the end of a ledger day, read from the household tables: each
 * household's status is its latest status change effective on or before that day (or its current status
 * when it has no recorded changes). Reads names, places, statuses, risks and measures only; never ID numbers,
 * phones, members or incomes.
 */
@Component
class HouseholdLedger {

  /** 001, Annex 2: the monitored households and the instant-assistance population. */
  static final List<HouseholdStatus> MONITORED_STATUSES =
      List.of(HouseholdStatus.MONITORED, HouseholdStatus.INSTANT_ASSISTANCE);

  record Ledger(List<LedgerRow> monitored, List<LedgerRow> policyRestored) {
  }

  private record Household(String id, String township, String village, String headName, String category,
      String status, LocalDate statusSince) {
  }

  private record StatusChange(String caseNumber, String category, String status, LocalDate effectiveOn) {
  }

  private record Case(String caseNumber, String householdId, List<String> risks, String assistanceMeasures) {
  }

  private final JdbcTemplate jdbc;

  HouseholdLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Sheet one: monitored and instant-assistance households. Sheet two: households restored to 脱贫享受政策户
   * through a category C case, which 001 has filed with the ledger too.
   */
  Ledger of(String district, LocalDate day) {
    var latestChange = latestStatusChanges(district, day);
    var cases = cases(district, day);
    var latestCase = new HashMap<String, Case>();
    cases.values().forEach(found -> latestCase.put(found.householdId(), found)); // ordered by report date
    var monitored = new ArrayList<LedgerRow>();
    var restored = new ArrayList<LedgerRow>();
    for (var household : households(district)) {
      var change = latestChange.get(household.id());
      if (change == null && household.statusSince().isAfter(day)) {
        continue; // not yet in this status on the ledger day, and no history to say what it was
      }
      var status = HouseholdStatus.valueOf(change != null ? change.status() : household.status());
      var category = HouseholdCategory.valueOf(change != null ? change.category() : household.category());
      var recognizedOn = change != null ? change.effectiveOn() : household.statusSince();
      var householdCase = change != null && change.caseNumber() != null && cases.containsKey(change.caseNumber())
          ? cases.get(change.caseNumber()) : latestCase.get(household.id());
      var row = new LedgerRow(household.township(), household.village(), household.headName(), category, status,
          recognizedOn, householdCase == null ? List.of() : householdCase.risks(),
          householdCase == null ? null : householdCase.assistanceMeasures(),
          householdCase == null ? null : householdCase.caseNumber());
      if (MONITORED_STATUSES.contains(status)) {
        monitored.add(row);
      } else if (status == HouseholdStatus.OUT_OF_POVERTY_WITH_POLICY && category == HouseholdCategory.C) {
        restored.add(row);
      }
    }
    var order = Comparator.comparing(LedgerRow::township).thenComparing(LedgerRow::village)
        .thenComparing(LedgerRow::recognizedOn).thenComparing(LedgerRow::headName);
    monitored.sort(order);
    restored.sort(order);
    return new Ledger(List.copyOf(monitored), List.copyOf(restored));
  }

  private List<Household> households(String district) {
    return jdbc.query("""
        SELECT id, township, village, head_name, category, status, status_since
        FROM household WHERE district = ?""",
        (rs, n) -> new Household(rs.getString("id"), rs.getString("township"), rs.getString("village"),
            rs.getString("head_name"), rs.getString("category"), rs.getString("status"),
            rs.getObject("status_since", LocalDate.class)),
        district);
  }

  /** Per household, its last status change effective on or before the day. */
  private Map<String, StatusChange> latestStatusChanges(String district, LocalDate day) {
    var latest = new HashMap<String, StatusChange>();
    jdbc.query("""
        SELECT c.household_id, c.case_number, c.category, c.status, c.effective_on
        FROM household_status_change c JOIN household h ON h.id = c.household_id
        WHERE h.district = ? AND c.effective_on <= ?
        ORDER BY c.household_id, c.effective_on, c.change_no""",
        rs -> {
          latest.put(rs.getString("household_id"), new StatusChange(rs.getString("case_number"),
              rs.getString("category"), rs.getString("status"), rs.getObject("effective_on", LocalDate.class)));
        },
        district, day);
    return latest;
  }

  /** The district's cases reported on or before the day, by case number, in the order they were reported. */
  private Map<String, Case> cases(String district, LocalDate day) {
    var cases = new LinkedHashMap<String, Case>();
    jdbc.query("""
        SELECT case_number, household_id, risk1, risk2, risk3, assistance_measures
        FROM household_case WHERE district = ? AND reported_on <= ?
        ORDER BY reported_on, started_at""",
        rs -> {
          var risks = Stream.of(rs.getString("risk1"), rs.getString("risk2"), rs.getString("risk3"))
              .filter(Objects::nonNull)
              .map(code -> RiskReason.ofCode(code).map(RiskReason::label).orElse(code))
              .toList();
          cases.put(rs.getString("case_number"), new Case(rs.getString("case_number"), rs.getString("household_id"),
              risks, rs.getString("assistance_measures")));
        },
        district, day);
    return cases;
  }
}
