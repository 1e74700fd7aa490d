package org.fupinflow.security;

import java.sql.Timestamp;
import org.fupinflow.calendar.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upgrade step {@code task-readers-without-task-rows}: open tasks created before {@link TaskAuthorizationProvider}
 * left {@code READ} out of the per-task row of a candidate group or assignee that reads every task of its districts
 * lose that redundant bit once, at the first start of this version (the row keeps {@code TASK_WORK}). Only rows holding exactly
 * Camunda's default {@code READ} + {@code TASK_WORK} (16386) are touched; the step's row first, in the same
 * transaction, so a second node starting at the same moment waits and then skips.
 */
@Component
class TaskReadersWithoutTaskRows implements ApplicationRunner {

  static final String STEP = "task-readers-without-task-rows";
  private static final Logger log = LoggerFactory.getLogger(TaskReadersWithoutTaskRows.class);
  private static final int READ_AND_TASK_WORK = 2 | 16384;
  private static final int TASK_WORK = 16384;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  TaskReadersWithoutTaskRows(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      int rows = transaction.execute(status -> withdrawRedundantRead());
      if (rows > 0) {
        log.info("Upgrade step {}: READ left out of {} per-task rows of groups that read every task", STEP, rows);
      }
    } catch (DuplicateKeyException doneByAnotherNode) {
      log.debug("Upgrade step {} done already", STEP);
    }
  }

  int withdrawRedundantRead() {
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM upgrade_step WHERE name = ?", Integer.class, STEP);
    if (done != null && done > 0) {
      return 0;
    }
    jdbc.update("INSERT INTO upgrade_step (name, done_at) VALUES (?, ?)", STEP, new Timestamp(ChinaTime.now().getTime()));
    // Resource type 7 = task; grant (type 1) on * with the READ bit (2), to a group or to a user.
    var readers = "SELECT R.GROUP_ID_ FROM ACT_RU_AUTHORIZATION R WHERE R.TYPE_ = 1 AND R.RESOURCE_TYPE_ = 7"
        + " AND R.RESOURCE_ID_ = '*' AND R.GROUP_ID_ IS NOT NULL AND MOD(R.PERMS_ / 2, 2) = 1";
    var readingUsers = "SELECT R.USER_ID_ FROM ACT_RU_AUTHORIZATION R WHERE R.TYPE_ = 1 AND R.RESOURCE_TYPE_ = 7"
        + " AND R.RESOURCE_ID_ = '*' AND R.USER_ID_ IS NOT NULL AND MOD(R.PERMS_ / 2, 2) = 1";
    return jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = ?, REV_ = REV_ + 1"
        + " WHERE TYPE_ = 1 AND RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ <> '*' AND PERMS_ = ? AND (GROUP_ID_ IN (" + readers
        + ") OR USER_ID_ IN (SELECT M.USER_ID_ FROM ACT_ID_MEMBERSHIP M WHERE M.GROUP_ID_ IN (" + readers + "))"
        + " OR USER_ID_ IN (" + readingUsers + "))", TASK_WORK, READ_AND_TASK_WORK);
  }
}
