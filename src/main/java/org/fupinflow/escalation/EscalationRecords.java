package org.fupinflow.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The escalation table; written in the engine's transaction. */
@Component
class EscalationRecords {

  private final JdbcTemplate jdbc;

  EscalationRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String taskId, int level) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM escalation_record WHERE task_id = ? AND escalation_level = ?",
        Integer.class, taskId, level);
    return count != null && count > 0;
  }

  void insert(EscalationRecord record) {
    jdbc.update("""
        INSERT INTO escalation_record (id, case_key, process_instance_id, task_id, step_id, step_name, district,
          responsible_group, deadline, escalation_level, escalated_at, supervising_group, incident_id, supervision_task_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        record.id(), record.caseKey(), record.processInstanceId(), record.taskId(), record.stepId(), record.stepName(),
        record.district(), record.responsibleGroup(), timestamp(record.deadline()), record.level(),
        timestamp(record.escalatedAt()), record.supervisingGroup(), record.incidentId(), record.supervisionTaskId());
  }

  List<EscalationRecord> openFor(String taskId) {
    return jdbc.query("SELECT * FROM escalation_record WHERE task_id = ? AND completed_at IS NULL ORDER BY escalation_level",
        EscalationRecords::map, taskId);
  }

  List<EscalationRecord> openFor(String processInstanceId, String stepId) {
    return jdbc.query("""
        SELECT * FROM escalation_record WHERE process_instance_id = ? AND step_id = ? AND completed_at IS NULL
        ORDER BY escalation_level""", EscalationRecords::map, processInstanceId, stepId);
  }

  void complete(String id, Date completedAt, int lateWorkingDays) {
    jdbc.update("UPDATE escalation_record SET completed_at = ?, late_working_days = ? WHERE id = ?",
        new Timestamp(completedAt.getTime()), lateWorkingDays, id);
  }

  /** Records of the given districts (null: all), newest first. */
  List<EscalationRecord> find(Collection<String> districts, String district, String step, Boolean open, LocalDate from,
      LocalDate to) {
    var sql = new StringBuilder("SELECT * FROM escalation_record WHERE 1 = 1");
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
    if (step != null) {
      sql.append(" AND step_id = ?");
      args.add(step);
    }
    if (open != null) {
      sql.append(open ? " AND completed_at IS NULL" : " AND completed_at IS NOT NULL");
    }
    if (from != null) {
      sql.append(" AND escalated_at >= ?");
      args.add(new Timestamp(from.atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli()));
    }
    if (to != null) {
      sql.append(" AND escalated_at < ?");
      args.add(new Timestamp(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli()));
    }
    sql.append(" ORDER BY escalated_at DESC, escalation_level DESC");
    return jdbc.query(sql.toString(), EscalationRecords::map, args.toArray());
  }

  /** Records of these districts escalated or completed at or after {@code since}: the board's weekly trend. */
  List<EscalationRecord> touchedSince(Collection<String> districts, Date since) {
    if (districts.isEmpty()) {
      return List.of();
    }
    var at = new Timestamp(since.getTime());
    var args = new ArrayList<Object>(districts);
    args.add(at);
    args.add(at);
    return jdbc.query("SELECT * FROM escalation_record WHERE district IN (" + "?,".repeat(districts.size() - 1)
        + "?) AND (escalated_at >= ? OR completed_at >= ?)", EscalationRecords::map, args.toArray());
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  private static Timestamp timestamp(OffsetDateTime time) {
    return time == null ? null : Timestamp.from(time.toInstant());
  }

  private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
    var value = row.getTimestamp(column);
    return value == null ? null : value.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }

  private static EscalationRecord map(ResultSet row, int number) throws SQLException {
    return new EscalationRecord(row.getString("id"), row.getString("case_key"), row.getString("process_instance_id"),
        row.getString("task_id"), row.getString("step_id"), row.getString("step_name"), row.getString("district"),
        row.getString("responsible_group"), time(row, "deadline"), row.getInt("escalation_level"),
        time(row, "escalated_at"), row.getString("supervising_group"), row.getString("incident_id"),
        row.getString("supervision_task_id"), time(row, "completed_at"),
        row.getObject("late_working_days", Integer.class));
  }
}
