package org.fupinflow.casenumber;

import java.time.Instant;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable, unique case numbers such as {@code HI-daoli-2026-00042}: kind, district, year (China time) and a
 * counter per kind, district and year. The counter moves in the caller's transaction, so a case whose start
 * rolls back gives its number back; the row lock on the counter serialises engine nodes of a cluster.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(String kind, String districtCode, Instant at) {
    int year = at.atZone(ChinaTime.ZONE).getYear();
    ensureCounter(kind, districtCode, year);
    jdbc.update("UPDATE case_number_sequence SET last_value = last_value + 1"
        + " WHERE prefix = ? AND district = ? AND case_year = ?", kind, districtCode, year);
    Long value = jdbc.queryForObject("SELECT last_value FROM case_number_sequence"
        + " WHERE prefix = ? AND district = ? AND case_year = ?", Long.class, kind, districtCode, year);
    return "%s-%s-%d-%05d".formatted(kind, districtCode, year, value);
  }

  /**
   * Creates the year's counter in a transaction of its own: a concurrent creator's duplicate key then fails
   * only that small transaction, not the caller's (PostgreSQL aborts a transaction after any error).
   */
  private void ensureCounter(String kind, String districtCode, int year) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM case_number_sequence"
        + " WHERE prefix = ? AND district = ? AND case_year = ?", Integer.class, kind, districtCode, year);
    if (existing != null && existing > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO case_number_sequence"
          + " (prefix, district, case_year, last_value) VALUES (?, ?, ?, 0)", kind, districtCode, year));
    } catch (DuplicateKeyException createdConcurrently) {
      // another node created it first: fine
    }
  }
}
