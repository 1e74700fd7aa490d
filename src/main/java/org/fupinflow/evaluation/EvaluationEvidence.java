package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The evidence-scored items entered for a district and year (V16 {@code evaluation_evidence}), and the counties. */
@Repository
class EvaluationEvidence {

  record Entry(String item, BigDecimal points, String reference, String enteredBy, OffsetDateTime enteredAt) {
  }

  private final JdbcTemplate jdbc;

  EvaluationEvidence(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Enters or replaces the item's points and reference, with who and when. */
  @Transactional
  void enter(String district, int year, String item, BigDecimal points, String reference, String enteredBy,
      Date enteredAt) {
    var at = new Timestamp(enteredAt.getTime());
    int updated = jdbc.update("UPDATE evaluation_evidence SET points = ?, evidence_reference = ?, entered_by = ?,"
        + " entered_at = ? WHERE district = ? AND evaluation_year = ? AND item_code = ?", points, reference, enteredBy,
        at, district, year, item);
    if (updated == 0) {
      try {
        jdbc.update("INSERT INTO evaluation_evidence (district, evaluation_year, item_code, points, evidence_reference,"
            + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", district, year, item, points, reference,
            enteredBy, at);
      } catch (DuplicateKeyException enteredConcurrently) {
        throw ApiRefusal.conflict("评价项 " + item + "（item）刚由他人同时录入，请刷新后重试 / item " + item
            + " was entered by someone else at the same moment; reload and try again");
      }
    }
  }

  List<Entry> of(String district, int year) {
    return jdbc.query("SELECT item_code, points, evidence_reference, entered_by, entered_at FROM evaluation_evidence"
        + " WHERE district = ? AND evaluation_year = ?", (rs, row) -> new Entry(rs.getString("item_code"),
            rs.getBigDecimal("points").setScale(2), rs.getString("evidence_reference"), rs.getString("entered_by"),
            rs.getTimestamp("entered_at").toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime()), district, year);
  }

  /** Whether the district is one of the national poverty counties; a district without a row is not. */
  boolean nationalPovertyCounty(String district) {
    return jdbc.queryForList("SELECT national_poverty_county FROM evaluation_county WHERE district = ?",
        Boolean.class, district).stream().anyMatch(Boolean.TRUE::equals);
  }
}
