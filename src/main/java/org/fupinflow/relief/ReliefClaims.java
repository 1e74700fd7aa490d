package org.fupinflow.relief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.relief.ReliefClaim.Figures;
import org.fupinflow.relief.ReliefClaim.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table {@code relief_claim}: written in the engine's transaction by the claim's steps. */
@Component
class ReliefClaims {

  private final JdbcTemplate jdbc;

  ReliefClaims(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record NewClaim(String caseNumber, String processInstanceId, String district, String township, String householdId,
      String personName, String personIdNumber, EventType eventType, Integer disabilityLevel, LocalDate eventDate,
      LocalDate reportedOn, String reportedBy, Figures reported, Date startedAt) {
  }

  void insert(NewClaim claim) {
    var figures = claim.reported();
    jdbc.update("""
        INSERT INTO relief_claim (case_number, process_instance_id, district, township, household_id, person_name,
          person_id_number, event_type, disability_level, event_date, reported_on, reported_by, compliant_costs,
          basic_insurance_paid, critical_illness_paid, hospital_waivers, medical_aid_paid, started_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        claim.caseNumber(), claim.processInstanceId(), claim.district(), claim.township(), claim.householdId(),
        claim.personName(), claim.personIdNumber(), claim.eventType().code(), claim.disabilityLevel(), claim.eventDate(),
        claim.reportedOn(), claim.reportedBy(), figures.compliantCostsFen(), figures.basicInsuranceFen(),
        figures.criticalIllnessFen(), figures.hospitalWaiversFen(), figures.medicalAidFen(),
        new Timestamp(claim.startedAt().getTime()));
  }

  Optional<ReliefClaim> find(String caseNumber) {
    return jdbc.query("SELECT * FROM relief_claim WHERE case_number = ?", ReliefClaims::map, caseNumber).stream()
        .findFirst();
  }

  ReliefClaim get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new IllegalStateException("no relief claim " + caseNumber));
  }

  /**
   * Locks the household's row until the transaction ends, so that claims of one household are filed and computed one
   * after the other (a second report of the same event waits and then finds the first).
   */
  void lockHousehold(String householdId) {
    jdbc.queryForList("SELECT id FROM household WHERE id = ? FOR UPDATE", String.class, householdId);
  }

  /** A claim of the same person for the same event that is running or has ended otherwise than 不予受理. */
  Optional<String> sameEvent(String personIdNumber, EventType type, LocalDate eventDate) {
    return jdbc.queryForList("""
        SELECT case_number FROM relief_claim WHERE person_id_number = ? AND event_type = ? AND event_date = ?
          AND (outcome IS NULL OR outcome <> 'REJECTED') ORDER BY started_at""", String.class,
        personIdNumber, type.code(), eventDate).stream().findFirst();
  }

  /**
   * The person's other claims of the same kind in the same year (by event date) whose payout is settled — computed
   * and paid or about to be — locking the household's row first so that two claims of one household are computed
   * one after the other.
   */
  List<ReliefClaim> settledThisYear(ReliefClaim claim) {
    lockHousehold(claim.householdId());
    var year = claim.eventDate().getYear();
    return jdbc.query("""
        SELECT * FROM relief_claim WHERE person_id_number = ? AND event_type = ? AND case_number <> ?
          AND event_date >= ? AND event_date <= ? AND payout IS NOT NULL AND (outcome IS NULL OR outcome = 'PAID')""",
        ReliefClaims::map, claim.personIdNumber(), claim.eventType().code(), claim.caseNumber(),
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  void checkRequested(String caseNumber, LocalDate requestedOn, LocalDate dueOn) {
    update("UPDATE relief_claim SET check_requested_on = ?, payment_due_on = ? WHERE case_number = ?",
        requestedOn, dueOn, caseNumber);
  }

  void checked(String caseNumber, Figures verified, Integer level, LocalDate checkedOn, String note) {
    update("""
        UPDATE relief_claim SET verified_compliant_costs = ?, verified_basic_insurance = ?,
          verified_critical_illness = ?, verified_hospital_waivers = ?, verified_medical_aid = ?,
          verified_disability_level = ?, checked_on = ?, check_note = ? WHERE case_number = ?""",
        verified.compliantCostsFen(), verified.basicInsuranceFen(), verified.criticalIllnessFen(),
        verified.hospitalWaiversFen(), verified.medicalAidFen(), level, checkedOn, note, caseNumber);
  }

  void payoutComputed(String caseNumber, long payoutFen, String rule) {
    update("UPDATE relief_claim SET payout = ?, payout_rule = ? WHERE case_number = ?", payoutFen, rule, caseNumber);
  }

  void paid(String caseNumber, LocalDate paidOn, long amountFen) {
    update("UPDATE relief_claim SET paid_on = ?, paid_amount = ? WHERE case_number = ?", paidOn, amountFen, caseNumber);
  }

  void outcome(String caseNumber, Outcome outcome, String reason, LocalDate on) {
    update("UPDATE relief_claim SET outcome = ?, outcome_reason = ?, outcome_on = ? WHERE case_number = ?",
        outcome.name(), reason, on, caseNumber);
  }

  void informed(String caseNumber, LocalDate informedOn) {
    update("UPDATE relief_claim SET informed_on = ? WHERE case_number = ?", informedOn, caseNumber);
  }

  void ended(String processInstanceId, Date at) {
    jdbc.update("UPDATE relief_claim SET ended_at = ? WHERE process_instance_id = ? AND ended_at IS NULL",
        new Timestamp(at.getTime()), processInstanceId);
  }

  /** Claims of the given districts (null: all), filtered; newest report first. */
  List<ReliefClaim> find(Collection<String> districts, String district, String township, String householdId,
      Boolean open) {
    var sql = new StringBuilder("SELECT * FROM relief_claim WHERE 1 = 1");
    var args = new ArrayList<Object>();
    if (districts != null) {
      if (districts.isEmpty()) {
        return List.of();
      }
      sql.append(" AND district IN (").append("?,".repeat(districts.size() - 1)).append("?)");
      args.addAll(districts);
    }
    if (district != null) {
      sql.append(" AND district = ?");
      args.add(district);
    }
    if (township != null) {
      sql.append(" AND township = ?");
      args.add(township);
    }
    if (householdId != null) {
      sql.append(" AND household_id = ?");
      args.add(householdId);
    }
    if (open != null) {
      sql.append(open ? " AND ended_at IS NULL" : " AND ended_at IS NOT NULL");
    }
    sql.append(" ORDER BY reported_on DESC, case_number DESC");
    return jdbc.query(sql.toString(), ReliefClaims::map, args.toArray());
  }

  /** Paid claims, for the public board: newest payment first. */
  List<ReliefClaim> paid(String district) {
    return jdbc.query("SELECT * FROM relief_claim WHERE outcome = 'PAID'" + (district == null ? "" : " AND district = ?")
        + " ORDER BY paid_on DESC, case_number DESC", ReliefClaims::map,
        district == null ? new Object[0] : new Object[] {district});
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException("relief claim " + args[args.length - 1] + " not found");
    }
  }

  private static ReliefClaim map(ResultSet rs, int row) throws SQLException {
    var verified = rs.getObject("verified_compliant_costs") == null ? null
        : new Figures(rs.getLong("verified_compliant_costs"), rs.getLong("verified_basic_insurance"),
            rs.getLong("verified_critical_illness"), rs.getLong("verified_hospital_waivers"),
            rs.getLong("verified_medical_aid"));
    var outcome = rs.getString("outcome");
    return new ReliefClaim(rs.getString("case_number"), rs.getString("process_instance_id"), rs.getString("district"),
        rs.getString("township"), rs.getString("household_id"), rs.getString("person_name"),
        rs.getString("person_id_number"), EventType.ofCode(rs.getString("event_type")).orElseThrow(),
        rs.getObject("disability_level", Integer.class), rs.getObject("event_date", LocalDate.class),
        rs.getObject("reported_on", LocalDate.class), rs.getString("reported_by"),
        new Figures(rs.getLong("compliant_costs"), rs.getLong("basic_insurance_paid"),
            rs.getLong("critical_illness_paid"), rs.getLong("hospital_waivers"), rs.getLong("medical_aid_paid")),
        rs.getObject("check_requested_on", LocalDate.class), rs.getObject("payment_due_on", LocalDate.class),
        verified, rs.getObject("verified_disability_level", Integer.class), rs.getObject("checked_on", LocalDate.class),
        rs.getString("check_note"), rs.getObject("payout", Long.class), rs.getString("payout_rule"),
        rs.getObject("paid_on", LocalDate.class), rs.getObject("paid_amount", Long.class),
        outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_reason"),
        rs.getObject("outcome_on", LocalDate.class), rs.getObject("informed_on", LocalDate.class),
        time(rs, "started_at"), time(rs, "ended_at"));
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    var value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
