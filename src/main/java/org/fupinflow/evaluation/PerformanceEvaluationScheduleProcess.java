package org.fupinflow.evaluation;

/**
 * The contract of {@code processes/performance-evaluation-schedule.bpmn}: the city-wide timer that starts every
 * district's performance evaluation of the year on 1 December at 08:00 (JVM zone; the BPMN explains the zone). It
 * belongs to no district (no tenant); each run evaluates the year of today in China.
 */
public final class PerformanceEvaluationScheduleProcess {

  public static final String KEY = "performance-evaluation-schedule";

  private PerformanceEvaluationScheduleProcess() {
  }

  public static final class Elements {
    public static final String START_DECEMBER_BEGUN = "StartEvent_DecemberBegun";
    public static final String TASK_START_PERFORMANCE_EVALUATION = "ServiceTask_StartPerformanceEvaluation";

    private Elements() {
    }
  }

  public static final class Variables {
    public static final String EVALUATION_YEAR = "evaluationYear";
    /** How many districts got a new case (0 when a retried or repeated run found them all). */
    public static final String CASES_STARTED = "casesStarted";

    private Variables() {
    }
  }
}
