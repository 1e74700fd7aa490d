package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the performance-evaluation case records (V19): the materials a district submitted ({@code evaluation_materials})
 * and the published grade ({@code evaluation_grade}), written in the engine's transaction.
 */
@Repository
class EvaluationResults {

  record Materials(String documents, String remark, String submittedBy, OffsetDateTime submittedAt) {
  }

  record Grade(String district, int year, BigDecimal total, BigDecimal rawTotal, int scale, String grade,
      OffsetDateTime publishedAt, String publishedBy) {
  }

  private final JdbcTemplate jdbc;

  EvaluationResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the district's materials; a second submission of the same year replaces the first. */
  void submitMaterials(String district, int year, String documents, String remark, String submittedBy, Date at) {
    var timestamp = new Timestamp(at.getTime());
    if (jdbc.update("UPDATE evaluation_materials SET documents = ?, remark = ?, submitted_by = ?, submitted_at = ?"
        + " WHERE district = ? AND evaluation_year = ?", documents, remark, submittedBy, timestamp, district, year) == 0) {
      jdbc.update("INSERT INTO evaluation_materials (district, evaluation_year, documents, remark, submitted_by,"
          + " submitted_at) VALUES (?, ?, ?, ?, ?, ?)", district, year, documents, remark, submittedBy, timestamp);
    }
  }

  Optional<Materials> materials(String district, int year) {
    return jdbc.query("SELECT documents, remark, submitted_by, submitted_at FROM evaluation_materials"
        + " WHERE district = ? AND evaluation_year = ?", (rs, row) -> new Materials(rs.getString("documents"),
            rs.getString("remark"), rs.getString("submitted_by"), offset(rs.getTimestamp("submitted_at"))),
        district, year).stream().findFirst();
  }

  /** Publishes the grade of a district and year; publishing again (a repeated case) replaces it. */
  void publish(Grade grade) {
    var at = Timestamp.from(grade.publishedAt().toInstant());
    if (jdbc.update("UPDATE evaluation_grade SET points = ?, raw_points = ?, scale = ?, grade = ?, published_at = ?,"
        + " published_by = ? WHERE district = ? AND evaluation_year = ?", grade.total(), grade.rawTotal(),
        grade.scale(), grade.grade(), at, grade.publishedBy(), grade.district(), grade.year()) == 0) {
      jdbc.update("INSERT INTO evaluation_grade (district, evaluation_year, points, raw_points, scale, grade,"
          + " published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", grade.district(), grade.year(),
          grade.total(), grade.rawTotal(), grade.scale(), grade.grade(), at, grade.publishedBy());
    }
  }

  Optional<Grade> grade(String district, int year) {
    return jdbc.query("SELECT * FROM evaluation_grade WHERE district = ? AND evaluation_year = ?",
        (rs, row) -> grade(rs), district, year).stream().findFirst();
  }

  /** The published grades, of one year or of all, newest year first, then by district. */
  List<Grade> published(Integer year) {
    return year == null
        ? jdbc.query("SELECT * FROM evaluation_grade ORDER BY evaluation_year DESC, district", (rs, row) -> grade(rs))
        : jdbc.query("SELECT * FROM evaluation_grade WHERE evaluation_year = ? ORDER BY district",
            (rs, row) -> grade(rs), year);
  }

  private static Grade grade(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Grade(rs.getString("district"), rs.getInt("evaluation_year"), rs.getBigDecimal("points").setScale(2),
        rs.getBigDecimal("raw_points").setScale(2), rs.getInt("scale"), rs.getString("grade"),
        offset(rs.getTimestamp("published_at")), rs.getString("published_by"));
  }

  private static OffsetDateTime offset(Timestamp timestamp) {
    return timestamp.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
