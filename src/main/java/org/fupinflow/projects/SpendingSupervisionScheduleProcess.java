package org.fupinflow.projects;

/**
 * The contract of {@code processes/spending-checkpoint-schedule.bpmn} (支出进度节点检查日程): the city-wide timer that,
 * on the day after each checkpoint of the spending plan (1 April, 1 July, 1 November, 1 January) at 08:00 (JVM zone;
 * the BPMN explains the zone), starts a {@link SpendingSupervisionProcess} case for every project of every district
 * behind its plan at the latest checkpoint before today in China. It belongs to no district (no tenant).
 */
public final class SpendingSupervisionScheduleProcess {

  public static final String KEY = "spending-checkpoint-schedule";

  private SpendingSupervisionScheduleProcess() {
  }

  public static final class Elements {
    public static final String START_CHECKPOINT_PASSED = "StartEvent_CheckpointPassed";
    public static final String TASK_DETECT_BEHIND_PLAN = "ServiceTask_DetectBehindPlan";

    private Elements() {
    }
  }

  public static final class Variables {
    /** The checkpoint the run checked, yyyy-MM-dd. */
    public static final String CHECKPOINT_DATE = "checkpointDate";
    /** How many projects got a new case (0 when a retried or repeated run found them all). */
    public static final String CASES_STARTED = "casesStarted";

    private Variables() {
    }
  }
}
