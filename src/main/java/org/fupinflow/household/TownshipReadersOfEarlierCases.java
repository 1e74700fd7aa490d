package org.fupinflow.household;

import java.sql.Timestamp;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.CaseReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upgrade step: cases filed before a township's officers read their own township's cases through a grant per case
 * get that grant, once, at the first start of this version (row {@code township-case-readers} of
 * {@code upgrade_step}), so an upgrade loses no township its cases' variables and history. One transaction: the
 * step's row first, so a second node starting at the same moment waits for it and then skips.
 */
@Component
class TownshipReadersOfEarlierCases implements ApplicationRunner {

  static final String STEP = "township-case-readers";
  private static final Logger log = LoggerFactory.getLogger(TownshipReadersOfEarlierCases.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final CaseReaders caseReaders;

  TownshipReadersOfEarlierCases(JdbcTemplate jdbc, TransactionTemplate transaction, CaseReaders caseReaders) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.caseReaders = caseReaders;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      int cases = transaction.execute(status -> grantEarlierCases());
      if (cases > 0) {
        log.info("Upgrade step {}: township readers granted to {} earlier household cases", STEP, cases);
      }
    } catch (DuplicateKeyException doneByAnotherNode) {
      log.debug("Upgrade step {} done already", STEP);
    }
  }

  /** Returns the number of cases the step reached (0 when it was done before). */
  int grantEarlierCases() {
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM upgrade_step WHERE name = ?", Integer.class, STEP);
    if (done != null && done > 0) {
      return 0;
    }
    jdbc.update("INSERT INTO upgrade_step (name, done_at) VALUES (?, ?)", STEP, new Timestamp(ChinaTime.now().getTime()));
    var cases = jdbc.queryForList("SELECT c.process_instance_id, h.district, h.township, c.ended_at"
        + " FROM household_case c JOIN household h ON h.id = c.household_id");
    for (var row : cases) {
      caseReaders.grantTownshipToEarlierCase((String) row.get("process_instance_id"), (String) row.get("district"),
          (String) row.get("township"), row.get("ended_at") == null);
    }
    return cases.size();
  }
}
