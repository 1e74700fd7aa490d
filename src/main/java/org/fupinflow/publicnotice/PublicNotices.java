package org.fupinflow.publicnotice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables {@code public_notice} and {@code public_notice_objection}, written in the engine's transaction (the
 * engine and this template share the data source and Spring's transaction).
 */
@Component
class PublicNotices {

  /** A notice as posted; nothing personal but the masked name. */
  record Notice(String id, String processInstanceId, String caseNumber, String district, String kind, String title,
                String village, String person, String categoryLabel, String reason, LocalDate postedOn,
                LocalDate endsOn, NoticeStatus status, OffsetDateTime finishedAt) {
  }

  record Objection(String id, String noticeId, OffsetDateTime raisedAt, String raisedBy, String content,
                   Boolean upheld, String decisionReason, String decidedBy, OffsetDateTime decidedAt) {
  }

  private final JdbcTemplate jdbc;

  PublicNotices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Notice notice) {
    jdbc.update("""
        INSERT INTO public_notice (id, process_instance_id, case_number, district, kind, title, village, person,
          category_label, reason, posted_on, ends_on, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        notice.id(), notice.processInstanceId(), notice.caseNumber(), notice.district(), notice.kind(), notice.title(),
        notice.village(), notice.person(), notice.categoryLabel(), notice.reason(), java.sql.Date.valueOf(notice.postedOn()),
        java.sql.Date.valueOf(notice.endsOn()), notice.status().name());
  }

  Optional<Notice> ofProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT * FROM public_notice WHERE process_instance_id = ?", PublicNotices::notice, processInstanceId)
        .stream().findFirst();
  }

  Notice require(String processInstanceId) {
    return ofProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "公示记录不存在 / no public notice for process instance " + processInstanceId));
  }

  void finish(String processInstanceId, NoticeStatus status, Date at) {
    jdbc.update("UPDATE public_notice SET status = ?, finished_at = ? WHERE process_instance_id = ?",
        status.name(), new Timestamp(at.getTime()), processInstanceId);
  }

  /** What the public board shows: running notices and those finished since the given moment, newest first. */
  List<Notice> onBoard(Date finishedSince) {
    return jdbc.query("""
        SELECT * FROM public_notice WHERE status = ? OR finished_at >= ?
        ORDER BY posted_on DESC, ends_on DESC, village, id""",
        PublicNotices::notice, NoticeStatus.RUNNING.name(), new Timestamp(finishedSince.getTime()));
  }

  void insertObjection(String noticeId, Date raisedAt, String raisedBy, String content) {
    jdbc.update("INSERT INTO public_notice_objection (id, notice_id, raised_at, raised_by, content) VALUES (?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), noticeId, new Timestamp(raisedAt.getTime()), raisedBy, content);
  }

  /** Decides the notice's undecided objection; the process lets at most one wait at a time. */
  int decideOpenObjection(String noticeId, boolean upheld, String reason, String decidedBy, Date decidedAt) {
    return jdbc.update("""
        UPDATE public_notice_objection SET upheld = ?, decision_reason = ?, decided_by = ?, decided_at = ?
        WHERE notice_id = ? AND decided_at IS NULL""",
        upheld, reason, decidedBy, new Timestamp(decidedAt.getTime()), noticeId);
  }

  List<Objection> objections(String noticeId) {
    return jdbc.query("SELECT * FROM public_notice_objection WHERE notice_id = ? ORDER BY raised_at, id",
        PublicNotices::objection, noticeId);
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
    var value = row.getTimestamp(column);
    return value == null ? null : value.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }

  private static Notice notice(ResultSet row, int number) throws SQLException {
    return new Notice(row.getString("id"), row.getString("process_instance_id"), row.getString("case_number"),
        row.getString("district"), row.getString("kind"), row.getString("title"), row.getString("village"),
        row.getString("person"), row.getString("category_label"), row.getString("reason"),
        row.getDate("posted_on").toLocalDate(), row.getDate("ends_on").toLocalDate(),
        NoticeStatus.valueOf(row.getString("status")), time(row, "finished_at"));
  }

  private static Objection objection(ResultSet row, int number) throws SQLException {
    return new Objection(row.getString("id"), row.getString("notice_id"), time(row, "raised_at"),
        row.getString("raised_by"), row.getString("content"), row.getObject("upheld", Boolean.class),
        row.getString("decision_reason"), row.getString("decided_by"), time(row, "decided_at"));
  }
}
