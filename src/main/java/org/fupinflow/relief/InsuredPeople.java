package org.fupinflow.relief;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import org.fupinflow.household.HouseholdIdentificationProcess.Outcomes;
import org.fupinflow.household.HouseholdStatus;
import org.fupinflow.household.IdNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is insured in a district's year, read from the household tables. 001: members of 脱贫享受政策户 and
 * 即时帮扶人口 households at the start of the year are insured from 1 January; a household recognised as 即时帮扶人口
 * during the year from that day ("自纳入之日起享受…截至 12 月 31 日"); cover ends on 31 December whatever happens
 * later in the year. A household's status on a day is its latest status change effective on or before it (its
 * current status, since {@code status_since}, when it has no changes); the changes of a case that ended 不予认定 (a
 * fast track reverted) do not count. The members are those last collected; a household without collected members is
 * its head alone.
 */
@Component
class InsuredPeople {

  /** 001: the households whose members the insurance year covers from 1 January. */
  static final Set<HouseholdStatus> INSURED_STATUSES =
      Set.of(HouseholdStatus.OUT_OF_POVERTY_WITH_POLICY, HouseholdStatus.INSTANT_ASSISTANCE);

  private record Household(String id, String township, String village, String headName, String headIdNumber,
      HouseholdStatus status, LocalDate statusSince) {
  }

  private record Change(HouseholdStatus status, LocalDate effectiveOn) {
  }

  private record Member(String name, String idNumber) {
  }

  private final JdbcTemplate jdbc;

  InsuredPeople(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The insured people of the district's year, by township, village, household and member. */
  List<InsuredPerson> of(String district, Year year, Map<String, String> townshipNames) {
    var changes = changes(district);
    var members = members(district);
    var insured = new ArrayList<InsuredPerson>();
    for (var household : households(district)) {
      var cover = cover(household, changes, year);
      if (cover == null) {
        continue;
      }
      var people = members.getOrDefault(household.id(), List.of(new Member(household.headName(), household.headIdNumber())));
      for (var member : people) {
        insured.add(new InsuredPerson(member.name(), IdNumbers.mask(member.idNumber()), household.township(),
            townshipNames.getOrDefault(household.township(), household.township()), household.village(),
            cover.status(), cover.status().label(), cover.from(), cover.to()));
      }
    }
    return List.copyOf(insured);
  }

  /** Who a person with this resident ID is in the district, and whether they were insured on {@code day}. */
  record Person(String householdId, String township, String village, String name, String idNumber, Cover cover) {
  }

  /** Insured from {@code from} to {@code to} by the household's {@code status}. */
  record Cover(HouseholdStatus status, LocalDate from, LocalDate to) {
    boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /**
   * The person of the district with this (checked) resident ID — a member as last collected, or the head of a
   * household without collected members — with their cover in the year of {@code day} (null: not insured that year).
   */
  Optional<Person> person(String district, String idNumber, LocalDate day) {
    var households = households(district).stream().collect(Collectors.toMap(Household::id, household -> household));
    var members = members(district);
    var changes = changes(district);
    for (var household : households.values()) {
      var people = members.getOrDefault(household.id(), List.of(new Member(household.headName(), household.headIdNumber())));
      for (var member : people) {
        if (member.idNumber().equalsIgnoreCase(idNumber)) {
          return Optional.of(new Person(household.id(), household.township(), household.village(), member.name(),
              member.idNumber(), cover(household, changes, Year.of(day.getYear()))));
        }
      }
    }
    return Optional.empty();
  }

  /** 001's rule for one household's year; null when the household is not insured in it. */
  private static Cover cover(Household household, Map<String, List<Change>> changes, Year year) {
    var firstDay = year.atDay(1);
    var lastDay = year.atMonthDay(MonthDay.of(12, 31));
    var history = changes.getOrDefault(household.id(), List.of(new Change(household.status(), household.statusSince())));
    var atStart = statusOn(history, firstDay);
    if (atStart != null && INSURED_STATUSES.contains(atStart)) {
      return new Cover(atStart, firstDay, lastDay);
    }
    return history.stream().filter(change -> change.status() == HouseholdStatus.INSTANT_ASSISTANCE
            && change.effectiveOn().isAfter(firstDay) && !change.effectiveOn().isAfter(lastDay)).findFirst()
        .map(recognised -> new Cover(HouseholdStatus.INSTANT_ASSISTANCE, recognised.effectiveOn(), lastDay))
        .orElse(null);
  }

  /** The status of the latest change effective on or before {@code day}; null when none was. */
  private static HouseholdStatus statusOn(List<Change> history, LocalDate day) {
    HouseholdStatus status = null;
    for (var change : history) { // ordered by effective date, then by the order of recording
      if (!change.effectiveOn().isAfter(day)) {
        status = change.status();
      }
    }
    return status;
  }

  private List<Household> households(String district) {
    return jdbc.query("""
        SELECT id, township, village, head_name, head_id_number, status, status_since FROM household WHERE district = ?
        ORDER BY township, village, head_name, id""",
        (rs, n) -> new Household(rs.getString("id"), rs.getString("township"), rs.getString("village"),
            rs.getString("head_name"), rs.getString("head_id_number"), HouseholdStatus.valueOf(rs.getString("status")),
            rs.getObject("status_since", LocalDate.class)), district);
  }

  /** Per household, its status changes that count, by effective date (a household without any has none here). */
  private Map<String, List<Change>> changes(String district) {
    var changes = new HashMap<String, List<Change>>();
    jdbc.query("""
        SELECT s.household_id, s.status, s.effective_on FROM household_status_change s
        JOIN household h ON h.id = s.household_id
        LEFT JOIN household_case c ON c.case_number = s.case_number
        WHERE h.district = ? AND (c.outcome IS NULL OR c.outcome <> ?)
        ORDER BY s.household_id, s.effective_on, s.change_no""",
        rs -> {
          changes.computeIfAbsent(rs.getString("household_id"), id -> new ArrayList<>()).add(new Change(
              HouseholdStatus.valueOf(rs.getString("status")), rs.getObject("effective_on", LocalDate.class)));
        }, district, Outcomes.NOT_RECOGNIZED);
    return changes;
  }

  private Map<String, List<Member>> members(String district) {
    var members = new HashMap<String, List<Member>>();
    jdbc.query("""
        SELECT m.household_id, m.name, m.id_number FROM household_member m JOIN household h ON h.id = m.household_id
        WHERE h.district = ? ORDER BY m.household_id, m.member_no""",
        rs -> {
          members.computeIfAbsent(rs.getString("household_id"), id -> new ArrayList<>())
              .add(new Member(rs.getString("name"), rs.getString("id_number")));
        }, district);
    return members;
  }
}
