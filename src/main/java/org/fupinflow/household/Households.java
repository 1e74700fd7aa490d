package org.fupinflow.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The household tables: households, members, cases and the append-only status history. Called from engine
 * listeners, so every write joins the engine's transaction: a refused step leaves no row behind.
 */
@Repository
class Households {

  private final JdbcTemplate jdbc;

  Households(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Household(String id, String district, String township, String village, String naturalVillage,
                   String headName, String headIdNumber, String phone, HouseholdCategory category,
                   HouseholdStatus status, LocalDate statusSince) {

    @Override
    public String toString() {
      return "Household[" + id + ", " + district + ", " + IdNumbers.mask(headIdNumber) + "]";
    }
  }

  record StatusChange(String caseNumber, HouseholdCategory category, HouseholdStatus status, LocalDate effectiveOn,
                      boolean fastTrack, String meetingRecord, String note, Instant recordedAt) {
  }

  record CaseRecord(String caseNumber, String processInstanceId, HouseholdCategory category, LocalDate reportedOn,
                    List<RiskReason> risks, boolean fastTrack, String meetingRecord, LocalDate collectedOn,
                    Map<HouseholdInformation.Income, Long> incomesInFen, String hardship, String assistanceMeasures,
                    String outcome, String outcomeReason, Instant startedAt, Instant endedAt) {
  }

  /** The household of a head's resident ID in a district, created with its status before the case if new. */
  Household findOrCreate(RiskReport report, Instant now) {
    var existing = findByHead(report.districtCode(), report.headIdNumber().value());
    if (existing.isPresent()) {
      jdbc.update("UPDATE household SET township = ?, village = ?, head_name = ?, category = ?, updated_at = ? WHERE id = ?",
          report.townshipCode(), report.villageName(), report.headName(), report.category().name(), Timestamp.from(now),
          existing.get().id());
      return find(existing.get().id()).orElseThrow();
    }
    var id = UUID.randomUUID().toString();
    var status = report.category().statusBefore();
    jdbc.update("INSERT INTO household (id, district, township, village, head_name, head_id_number, category, status,"
            + " status_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, report.districtCode(), report.townshipCode(), report.villageName(), report.headName(),
        report.headIdNumber().value(), report.category().name(), status.name(), report.reportedOn(),
        Timestamp.from(now), Timestamp.from(now));
    return find(id).orElseThrow();
  }

  Optional<Household> find(String id) {
    return jdbc.query("SELECT * FROM household WHERE id = ?", (rs, row) -> new Household(rs.getString("id"),
        rs.getString("district"), rs.getString("township"), rs.getString("village"), rs.getString("natural_village"),
        rs.getString("head_name"), rs.getString("head_id_number"), rs.getString("phone"),
        HouseholdCategory.valueOf(rs.getString("category")), HouseholdStatus.valueOf(rs.getString("status")),
        rs.getObject("status_since", LocalDate.class)), id).stream().findFirst();
  }

  private Optional<Household> findByHead(String district, String headIdNumber) {
    return jdbc.queryForList("SELECT id FROM household WHERE district = ? AND head_id_number = ?", String.class,
        district, headIdNumber).stream().findFirst().flatMap(this::find);
  }

  /** The number of the household's case still running, if any. */
  Optional<String> openCase(String householdId) {
    return jdbc.queryForList("SELECT case_number FROM household_case WHERE household_id = ? AND outcome IS NULL",
        String.class, householdId).stream().findFirst();
  }

  void openCase(String caseNumber, String householdId, String processInstanceId, RiskReport report, Instant now) {
    var risks = report.risks();
    jdbc.update("INSERT INTO household_case (case_number, household_id, process_instance_id, district, category,"
            + " reported_on, risk1, risk2, risk3, fast_track, meeting_record, started_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseNumber, householdId, processInstanceId, report.districtCode(), report.category().name(),
        report.reportedOn(), risks.get(0).code(), risks.size() > 1 ? risks.get(1).code() : null,
        risks.size() > 2 ? risks.get(2).code() : null, report.fastTrack(), report.meetingRecordNumber(),
        Timestamp.from(now));
  }

  String householdIdOf(String caseNumber) {
    return jdbc.queryForObject("SELECT household_id FROM household_case WHERE case_number = ?", String.class, caseNumber);
  }

  /** The household a case was opened for, by case number: the case's identity, whatever its variables say. */
  Household ofCase(String caseNumber) {
    return find(householdIdOf(caseNumber)).orElseThrow();
  }

  void updateRisks(String caseNumber, List<RiskReason> risks) {
    jdbc.update("UPDATE household_case SET risk1 = ?, risk2 = ?, risk3 = ? WHERE case_number = ?", risks.get(0).code(),
        risks.size() > 1 ? risks.get(1).code() : null, risks.size() > 2 ? risks.get(2).code() : null, caseNumber);
  }

  /** Replaces the household's members and records the collection on the case (a returned case collects again). */
  void saveInformation(String householdId, String caseNumber, LocalDate collectedOn, HouseholdInformation information,
                       Instant now) {
    jdbc.update("DELETE FROM household_member WHERE household_id = ?", householdId);
    for (var member : information.members()) {
      jdbc.update("INSERT INTO household_member (household_id, member_no, name, sex, document_type, id_number, relation,"
              + " ethnicity, political_status, education, schooling_status, health, work_region, months_worked)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          householdId, member.number(), member.name(), member.sex(), member.documentType(), member.idNumber(),
          member.relation(), member.ethnicity(), member.politicalStatus(), member.education(), member.schoolingStatus(),
          member.health(), member.workRegion(), member.monthsWorked());
    }
    var head = information.head();
    jdbc.update("UPDATE household SET natural_village = ?, phone = ?, head_name = ?, updated_at = ? WHERE id = ?",
        information.naturalVillage(), information.phone(), head.name(), Timestamp.from(now), householdId);
    var columns = new StringBuilder();
    var values = new java.util.ArrayList<Object>();
    values.add(collectedOn);
    for (var income : HouseholdInformation.Income.values()) {
      columns.append(", ").append(income.column).append(" = ?");
      values.add(information.incomesInFen().get(income));
    }
    values.add(information.hardship());
    values.add(caseNumber);
    jdbc.update("UPDATE household_case SET collected_on = ?" + columns + ", hardship = ? WHERE case_number = ?",
        values.toArray());
  }

  void recordAssistanceMeasures(String caseNumber, String measures) {
    jdbc.update("UPDATE household_case SET assistance_measures = ? WHERE case_number = ?", measures, caseNumber);
  }

  /** Appends a status change and makes it the household's current status. */
  void changeStatus(String householdId, String caseNumber, HouseholdCategory category, HouseholdStatus status,
                    LocalDate effectiveOn, boolean fastTrack, String meetingRecord, String note, Instant now) {
    jdbc.update("INSERT INTO household_status_change (id, household_id, change_no, case_number, category, status,"
            + " effective_on, fast_track, meeting_record, note, recorded_at) VALUES (?, ?, (SELECT COALESCE(MAX(change_no), 0) + 1"
            + " FROM household_status_change WHERE household_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), householdId, householdId, caseNumber, category.name(), status.name(), effectiveOn, fastTrack,
        meetingRecord, note, Timestamp.from(now));
    jdbc.update("UPDATE household SET status = ?, status_since = ?, updated_at = ? WHERE id = ?", status.name(),
        effectiveOn, Timestamp.from(now), householdId);
  }

  void closeCase(String caseNumber, String outcome, String reason, Instant now) {
    jdbc.update("UPDATE household_case SET outcome = ?, outcome_reason = ?, ended_at = ? WHERE case_number = ?",
        outcome, reason, Timestamp.from(now), caseNumber);
  }

  List<HouseholdMember> members(String householdId) {
    return jdbc.query("SELECT * FROM household_member WHERE household_id = ? ORDER BY member_no", (rs, row) ->
        new HouseholdMember(rs.getInt("member_no"), rs.getString("name"), rs.getString("sex"),
            rs.getString("document_type"), rs.getString("id_number"), rs.getString("relation"), rs.getString("ethnicity"),
            rs.getString("political_status"), rs.getString("education"), rs.getString("schooling_status"),
            rs.getString("health"), rs.getString("work_region"), (Integer) rs.getObject("months_worked")), householdId);
  }

  List<StatusChange> statusHistory(String householdId) {
    return jdbc.query("SELECT * FROM household_status_change WHERE household_id = ? ORDER BY change_no",
        (rs, row) -> new StatusChange(rs.getString("case_number"), HouseholdCategory.valueOf(rs.getString("category")),
            HouseholdStatus.valueOf(rs.getString("status")), rs.getObject("effective_on", LocalDate.class),
            rs.getBoolean("fast_track"), rs.getString("meeting_record"), rs.getString("note"),
            rs.getTimestamp("recorded_at").toInstant()), householdId);
  }

  Optional<CaseRecord> caseRecord(String caseNumber) {
    return cases("case_number", caseNumber).stream().findFirst();
  }

  List<CaseRecord> cases(String householdId) {
    return cases("household_id", householdId);
  }

  private List<CaseRecord> cases(String column, String value) {
    return jdbc.query("SELECT * FROM household_case WHERE " + column + " = ? ORDER BY started_at", (rs, row) -> {
      var risks = new java.util.ArrayList<RiskReason>();
      for (var riskColumn : List.of("risk1", "risk2", "risk3")) {
        RiskReason.ofCode(rs.getString(riskColumn)).ifPresent(risks::add);
      }
      var incomes = new java.util.EnumMap<HouseholdInformation.Income, Long>(HouseholdInformation.Income.class);
      for (var income : HouseholdInformation.Income.values()) {
        var fen = rs.getObject(income.column);
        if (fen != null) {
          incomes.put(income, ((Number) fen).longValue());
        }
      }
      var ended = rs.getTimestamp("ended_at");
      return new CaseRecord(rs.getString("case_number"), rs.getString("process_instance_id"),
          HouseholdCategory.valueOf(rs.getString("category")), rs.getObject("reported_on", LocalDate.class),
          List.copyOf(risks), rs.getBoolean("fast_track"), rs.getString("meeting_record"),
          rs.getObject("collected_on", LocalDate.class), incomes, rs.getString("hardship"),
          rs.getString("assistance_measures"), rs.getString("outcome"), rs.getString("outcome_reason"),
          rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant());
    }, value);
  }
}
