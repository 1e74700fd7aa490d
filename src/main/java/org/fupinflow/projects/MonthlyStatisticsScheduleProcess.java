package org.fupinflow.projects;

/**
 * The contract of {@code processes/monthly-statistics-schedule.bpmn}: the city-wide timer that starts the districts'
 * monthly statistics confirmations on the 1st of each month at 08:00 (JVM zone; the BPMN explains the zone). It
 * belongs to no district (no tenant); each run files the month before today in China.
 */
public final class MonthlyStatisticsScheduleProcess {

  public static final String KEY = "monthly-statistics-schedule";

  private MonthlyStatisticsScheduleProcess() {
  }

  public static final class Elements {
    public static final String START_MONTH_BEGUN = "StartEvent_MonthBegun";
    public static final String TASK_START_MONTHLY_STATISTICS = "ServiceTask_StartMonthlyStatistics";

    private Elements() {
    }
  }

  public static final class Variables {
    /** The month the run filed, yyyy-MM. */
    public static final String STATISTICS_MONTH = "statisticsMonth";
    /** How many districts got a new confirmation case (0 when a retried or repeated run found them all). */
    public static final String CASES_STARTED = "casesStarted";

    private Variables() {
    }
  }
}
