package org.fupinflow.projects;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The contract of {@code processes/spending-supervision.bpmn} (项目支出进度落后督办): one project of one district that
 * was behind its spending plan (004) at a checkpoint, business key {@code SB-<district>-<project>-<yyyy-MM>} (e.g.
 * {@code SB-daoli-230-0102-FPJ-0001-2020-06}), in the district's tenant. The case raises a {@link #INCIDENT_TYPE}
 * incident on the district's case, asks the city poverty office for its 督办意见, and ends when the project has
 * disbursed the checkpoint's planned amount ({@link #MESSAGE_CAUGHT_UP}). District, project, checkpoint and amounts
 * come from the table {@code spending_supervision} by business key and tenant ({@link SpendingSupervisions}).
 */
public final class SpendingSupervisionProcess {

  public static final String KEY = "spending-supervision";
  static final String BUSINESS_KEY_PREFIX = "SB-";
  /** The custom incident supervisors see in Cockpit on the district's case while the project is behind plan. */
  public static final String INCIDENT_TYPE = "spendingBehindPlan";
  /** Correlated by the application to the case when the project has caught up (after a disbursement posting). */
  public static final String MESSAGE_CAUGHT_UP = "SpendingCaughtUp";
  /** Our own service level for the city's 督办意见: 3 working days from the day after the checkpoint. */
  static final int SUPERVISION_WORKING_DAYS = 3;

  private SpendingSupervisionProcess() {
  }

  /** {@code SB-daoli-230-0102-FPJ-0001-2020-06}: at most one case per project and checkpoint. */
  public static String businessKey(String district, String projectCode, LocalDate checkpoint) {
    return BUSINESS_KEY_PREFIX + district + "-" + projectCode + "-" + YearMonth.from(checkpoint);
  }

  /** The day the behind-plan finding is made and the city's 3 working days count from: the day after the checkpoint. */
  static LocalDate detectedOn(LocalDate checkpoint) {
    return checkpoint.plusDays(1);
  }

  public static final class Elements {
    public static final String START_BEHIND_PLAN = "StartEvent_BehindPlan";
    public static final String TASK_RAISE_BEHIND_PLAN = "ServiceTask_RaiseBehindPlan";
    public static final String TASK_ISSUE_SUPERVISION = "UserTask_IssueSupervision";
    public static final String CATCH_CAUGHT_UP = "IntermediateCatchEvent_CaughtUp";
    public static final String BOUNDARY_CAUGHT_UP = "BoundaryEvent_CaughtUpDuringSupervision";
    public static final String TASK_CLOSE_BEHIND_PLAN = "ServiceTask_CloseBehindPlan";
    public static final String END_CAUGHT_UP = "EndEvent_CaughtUp";
    public static final String TIMER_ISSUE_SUPERVISION_OVERDUE = "BoundaryEvent_IssueSupervisionOverdue";
    public static final String TIMER_ISSUE_SUPERVISION_STILL_OVERDUE = "BoundaryEvent_IssueSupervisionStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String ISSUE_SUPERVISION = "issue-spending-supervision";

    private Forms() {
    }
  }

  public static final class Variables {
    /** Gives the case its tenant at start; afterwards for display only. */
    public static final String DISTRICT_CODE = "districtCode";
    /** For the form only (the case's identity is the table's): project code, name, checkpoint, amounts in yuan. */
    public static final String PROJECT_CODE = "projectCode";
    public static final String PROJECT_NAME = "projectName";
    public static final String CHECKPOINT_DATE = "checkpointDate";
    public static final String PLANNED_PERCENT = "plannedPercent";
    public static final String PLANNED_YUAN = "plannedYuan";
    public static final String DISBURSED_YUAN = "disbursedYuan";
    public static final String SHORTFALL_YUAN = "shortfallYuan";
    /** The form's 督办意见 (required text, at most 1000 characters). */
    public static final String SUPERVISION_OPINION = "supervisionOpinion";
    /** The form's 限期追赶日期 (yyyy-MM-dd): after the day of the 督办, within the checkpoint's year or the next. */
    public static final String CATCH_UP_BY = "catchUpBy";

    private Variables() {
    }
  }
}
