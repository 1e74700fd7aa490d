package org.fupinflow.projects;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.ApplicationStarts;
import org.fupinflow.security.DistrictTenantIdProvider;
import org.fupinflow.security.Districts;
import org.fupinflow.validation.InvalidSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Projects behind their spending plan (项目支出进度落后, issue 13): after each checkpoint, one
 * {@link SpendingSupervisionProcess} case per project of a district whose disbursements by the checkpoint fell short of
 * the plan's cumulative percent × budget and that has not caught up since; after each disbursement posting, the cases
 * of the district whose project has caught up get {@link SpendingSupervisionProcess#MESSAGE_CAUGHT_UP}. Each case's
 * identity and amounts are a row of {@code spending_supervision}, written in the transaction that starts the case.
 *
 * <p>Caught up means: DISBURSEMENT entries with the project's code in the district, net of reversals, by business
 * date from 1 January of the checkpoint's year to today (China time, engine clock), reach the checkpoint's planned
 * amount. Disbursements made after the checkpoint count: that is catching up.
 */
@Service
public class SpendingSupervisions {

  private static final Logger log = LoggerFactory.getLogger(SpendingSupervisions.class);
  /** The longest 督办意见 the city may issue. */
  static final int MAX_OPINION = 1000;

  /** A case's row: who, which checkpoint, planned and disbursed by it (fen), and the city's 督办 once issued. */
  record Row(String businessKey, String district, String projectCode, LocalDate checkpointDate,
      BigDecimal plannedPercent, long plannedFen, long disbursedFen, String processInstanceId,
      OffsetDateTime detectedAt, String opinion, LocalDate catchUpBy, String issuedBy, OffsetDateTime issuedAt) {

    long shortfallFen() {
      return plannedFen - disbursedFen;
    }
  }

  private static final String DISBURSED_TO_DATE = "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e"
      + " JOIN fund_line_balance b ON b.id = e.balance_id WHERE b.district = ? AND e.moves = 'DISBURSEMENT'"
      + " AND e.project_code = ? AND e.occurred_on >= ? AND e.occurred_on <= ?";

  private final SpendingAgainstPlan spending;
  private final ProjectLibrary library;
  private final Districts districts;
  private final RuntimeService runtimeService;
  private final ApplicationStarts applicationStarts;
  private final JdbcTemplate jdbc;

  SpendingSupervisions(SpendingAgainstPlan spending, ProjectLibrary library, Districts districts,
      RuntimeService runtimeService, ApplicationStarts applicationStarts, JdbcTemplate jdbc) {
    this.spending = spending;
    this.library = library;
    this.districts = districts;
    this.runtimeService = runtimeService;
    this.applicationStarts = applicationStarts;
    this.jdbc = jdbc;
  }

  /** The latest checkpoint strictly before {@code today}: 30 June on 1 July (and on a late run in July). */
  static LocalDate checkpointBefore(LocalDate today) {
    var yesterday = today.minusDays(1);
    return Checkpoint.latestBy(yesterday).map(checkpoint -> checkpoint.in(yesterday.getYear()))
        .orElseGet(() -> Checkpoint.DECEMBER.in(yesterday.getYear() - 1));
  }

  /** A run of the checkpoint schedule: the checkpoint it checked and how many cases it started. */
  record Detection(LocalDate checkpointDate, int casesStarted) {
  }

  /** The behind-plan incident of a case: its configuration (the business key) and its message. */
  record BehindPlanIncident(String configuration, String message) {
  }

  /**
   * 检查各项目支出进度: the checkpoint is the latest one before today in China (engine clock), whatever zone the cron
   * timer fired in and however late the run; every project behind plan then without a case gets one.
   */
  Detection detectAtLatestCheckpoint() {
    var checkpoint = checkpointBefore(ChinaTime.today());
    return new Detection(checkpoint, detect(checkpoint));
  }

  /**
   * Starts a case for every project of every district behind its plan at {@code checkpointDate} that has no case for
   * it yet and has not caught up by today; returns how many cases it started. Runs as the application.
   */
  int detect(LocalDate checkpointDate) {
    var checkpoint = checkpointAt(checkpointDate);
    var today = ChinaTime.today();
    int started = 0;
    for (var district : districts.names().keySet()) {
      for (var project : spending.of(district, checkpointDate.getYear(), checkpointDate).projects()) {
        var atCheckpoint = project.checkpoints().get(checkpoint.ordinal());
        if (atCheckpoint.status() != SpendingStatus.BEHIND_PLAN) {
          continue;
        }
        var businessKey = SpendingSupervisionProcess.businessKey(district, project.code(), checkpointDate);
        if (find(businessKey).isPresent()) {
          continue; // a retried or repeated run
        }
        var plannedFen = Yuan.toFen(atCheckpoint.plannedYuan());
        if (disbursedToDate(district, project.code(), checkpointDate, today) >= plannedFen) {
          continue; // caught up between the checkpoint and the run
        }
        var disbursedFen = Yuan.toFen(atCheckpoint.disbursedYuan());
        jdbc.update("INSERT INTO spending_supervision (business_key, district, project_code, checkpoint_date,"
                + " planned_percent, planned_fen, disbursed_fen, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            businessKey, district, project.code(), Date.valueOf(checkpointDate), atCheckpoint.plannedPercent(),
            plannedFen, disbursedFen, new Timestamp(ChinaTime.now().getTime()));
        var instance = applicationStarts.run(() -> runtimeService
            .createProcessInstanceByKey(SpendingSupervisionProcess.KEY)
            .businessKey(businessKey)
            .setVariable(DistrictTenantIdProvider.DISTRICT_VARIABLE, district)
            .setVariables(Map.of(
                SpendingSupervisionProcess.Variables.PROJECT_CODE, project.code(),
                SpendingSupervisionProcess.Variables.PROJECT_NAME, project.name(),
                SpendingSupervisionProcess.Variables.CHECKPOINT_DATE, checkpointDate.toString(),
                SpendingSupervisionProcess.Variables.PLANNED_PERCENT, atCheckpoint.plannedPercent().toPlainString(),
                SpendingSupervisionProcess.Variables.PLANNED_YUAN, Yuan.format(plannedFen),
                SpendingSupervisionProcess.Variables.DISBURSED_YUAN, Yuan.format(disbursedFen),
                SpendingSupervisionProcess.Variables.SHORTFALL_YUAN, Yuan.format(plannedFen - disbursedFen)))
            .execute());
        jdbc.update("UPDATE spending_supervision SET process_instance_id = ? WHERE business_key = ?",
            instance.getId(), businessKey);
        started++;
      }
    }
    log.info("Checkpoint {}: started {} spending-supervision cases", checkpointDate, started);
    return started;
  }

  /**
   * After a disbursement posting in {@code district}, in its transaction: every open case of the district whose
   * project has now disbursed the checkpoint's planned amount gets {@link SpendingSupervisionProcess#MESSAGE_CAUGHT_UP},
   * which resolves its incident and ends it (an open 督办 task is cancelled). Runs as the application: the official
   * who disbursed may not see the city's case.
   */
  public void afterDisbursement(String district) {
    var today = ChinaTime.today();
    for (var row : openRows(district)) {
      if (row.processInstanceId() != null
          && disbursedToDate(district, row.projectCode(), row.checkpointDate(), today) >= row.plannedFen()) {
        applicationStarts.run(() -> runtimeService.createMessageCorrelation(SpendingSupervisionProcess.MESSAGE_CAUGHT_UP)
            .processInstanceId(row.processInstanceId())
            .correlateAllWithResult());
      }
    }
  }

  /** The row of a case, which must be of the case's own district ({@code tenantId}). */
  Row require(String businessKey, String tenantId) {
    return find(businessKey).filter(row -> row.district().equals(tenantId))
        .orElseThrow(() -> new BadUserRequestException("业务键 " + businessKey + " 不是区县 " + tenantId
            + " 的支出进度督办案件 / business key " + businessKey + " is not a spending supervision case of district "
            + tenantId));
  }

  /**
   * 登记支出进度落后: the {@code spendingBehindPlan} incident of the case (of the district {@code tenantId}), which
   * Cockpit lists on it.
   */
  BehindPlanIncident behindPlanIncident(String businessKey, String tenantId) {
    var row = require(businessKey, tenantId);
    return new BehindPlanIncident(row.businessKey(), incidentMessage(row));
  }

  /** The Chinese and English incident message: project, checkpoint, planned and disbursed amounts, the shortfall. */
  private String incidentMessage(Row row) {
    var districtName = districts.name(row.district()).orElse(row.district());
    var projectName = library.find(row.district(), row.projectCode()).map(Project::name).orElse("");
    return ("项目支出进度落后于计划：%s 项目 %s「%s」截至 %s 计划累计支出 %s%%，计划 %s 元，实际拨付 %s 元，差额 %s 元"
        + " / Spending behind plan: project %s of %s by %s: planned %s%% = %s yuan, disbursed %s yuan,"
        + " shortfall %s yuan").formatted(districtName, row.projectCode(), projectName, row.checkpointDate(),
        row.plannedPercent().toPlainString(), Yuan.format(row.plannedFen()), Yuan.format(row.disbursedFen()),
        Yuan.format(row.shortfallFen()), row.projectCode(), row.district(), row.checkpointDate(),
        row.plannedPercent().toPlainString(), Yuan.format(row.plannedFen()), Yuan.format(row.disbursedFen()),
        Yuan.format(row.shortfallFen()));
  }

  /**
   * 下达督办意见 as submitted: a 督办意见 (required, at most 1000 characters) and a catch-up date after today and within
   * a year, checked (400 naming the field, nothing recorded), then recorded on the case's row.
   */
  void issue(String businessKey, String district, Object opinionGiven, Object catchUpByGiven, String issuedBy) {
    var opinion = InvalidSubmission.text(opinionGiven, SpendingSupervisionProcess.Variables.SUPERVISION_OPINION, "督办意见",
        MAX_OPINION);
    var catchUpBy = catchUpBy(catchUpByGiven, ChinaTime.today());
    recordIssued(require(businessKey, district).businessKey(), opinion, catchUpBy, issuedBy);
  }

  /** The catch-up date as submitted: after {@code today}, and no later than a year after it. */
  static LocalDate catchUpBy(Object given, LocalDate today) {
    var field = SpendingSupervisionProcess.Variables.CATCH_UP_BY;
    var catchUpBy = InvalidSubmission.date(given, field, "限期追赶日期");
    if (!catchUpBy.isAfter(today)) {
      throw new InvalidSubmission(field, "限期追赶日期应晚于今天（" + today + "）",
          "the catch-up date must lie after today (" + today + ")");
    }
    if (catchUpBy.isAfter(today.plusYears(1))) {
      throw new InvalidSubmission(field, "限期追赶日期不能晚于一年后（" + today.plusYears(1) + "）",
          "the catch-up date must lie within a year (by " + today.plusYears(1) + ")");
    }
    return catchUpBy;
  }

  private void recordIssued(String businessKey, String opinion, LocalDate catchUpBy, String issuedBy) {
    jdbc.update("UPDATE spending_supervision SET opinion = ?, catch_up_by = ?, issued_by = ?, issued_at = ?"
        + " WHERE business_key = ?", opinion, Date.valueOf(catchUpBy), issuedBy,
        new Timestamp(ChinaTime.now().getTime()), businessKey);
  }

  /**
   * 解除支出进度落后: the project of the case (of the district {@code tenantId}) caught up; the case's behind-plan
   * incidents are resolved and the row records when, and what was disbursed by then.
   */
  void caughtUp(String businessKey, String tenantId, String processInstanceId) {
    var row = require(businessKey, tenantId);
    for (Incident incident : runtimeService.createIncidentQuery().processInstanceId(processInstanceId)
        .incidentType(SpendingSupervisionProcess.INCIDENT_TYPE).list()) {
      runtimeService.resolveIncident(incident.getId());
    }
    recordCaughtUp(row);
  }

  private void recordCaughtUp(Row row) {
    jdbc.update("UPDATE spending_supervision SET caught_up_at = ?, caught_up_fen = ? WHERE business_key = ?",
        new Timestamp(ChinaTime.now().getTime()),
        disbursedToDate(row.district(), row.projectCode(), row.checkpointDate(), ChinaTime.today()),
        row.businessKey());
  }

  /** The district's cases whose project has not caught up yet, by checkpoint then project. */
  List<Row> openRows(String district) {
    return jdbc.query("SELECT * FROM spending_supervision WHERE district = ? AND caught_up_at IS NULL"
        + " ORDER BY checkpoint_date, project_code", SpendingSupervisions::row, district);
  }

  Optional<Row> find(String businessKey) {
    return jdbc.query("SELECT * FROM spending_supervision WHERE business_key = ?", SpendingSupervisions::row,
        businessKey).stream().findFirst();
  }

  /** Disbursed with the project's code, net of reversals, from 1 January of the checkpoint's year to {@code until}. */
  long disbursedToDate(String district, String projectCode, LocalDate checkpointDate, LocalDate until) {
    var sum = jdbc.queryForObject(DISBURSED_TO_DATE, Long.class, district, projectCode,
        LocalDate.of(checkpointDate.getYear(), 1, 1), until);
    return sum == null ? 0 : sum;
  }

  private static Checkpoint checkpointAt(LocalDate date) {
    for (var checkpoint : Checkpoint.values()) {
      if (checkpoint.in(date.getYear()).equals(date)) {
        return checkpoint;
      }
    }
    throw new IllegalArgumentException("not a checkpoint of the spending plan: " + date);
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    var catchUpBy = rs.getDate("catch_up_by");
    return new Row(rs.getString("business_key"), rs.getString("district"), rs.getString("project_code"),
        rs.getDate("checkpoint_date").toLocalDate(), rs.getBigDecimal("planned_percent"), rs.getLong("planned_fen"),
        rs.getLong("disbursed_fen"), rs.getString("process_instance_id"), time(rs.getTimestamp("detected_at")),
        rs.getString("opinion"), catchUpBy == null ? null : catchUpBy.toLocalDate(), rs.getString("issued_by"),
        time(rs.getTimestamp("issued_at")));
  }

  private static OffsetDateTime time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
