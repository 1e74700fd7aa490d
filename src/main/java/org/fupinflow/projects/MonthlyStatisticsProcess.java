package org.fupinflow.projects;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The contract of {@code processes/monthly-statistics.bpmn}: one district's confirmation of its monthly statistics
 * for one month, business key {@code MS-<district>-<yyyy-MM>}.
 */
public final class MonthlyStatisticsProcess {

  public static final String KEY = "monthly-statistics";
  static final String BUSINESS_KEY_PREFIX = "MS-";

  private MonthlyStatisticsProcess() {
  }

  /** {@code MS-daoli-2020-06}: at most one confirmation per district and month. */
  public static String businessKey(String district, YearMonth month) {
    return BUSINESS_KEY_PREFIX + district + "-" + month;
  }

  /**
   * The month of a case, from its business key, which must be the case's own district's ({@code district} is the
   * instance's tenant): neither the due date nor the confirmed month comes from a variable a caller could overwrite.
   */
  public static YearMonth month(String businessKey, String district) {
    var prefix = BUSINESS_KEY_PREFIX + district + "-";
    if (businessKey != null && district != null && businessKey.startsWith(prefix)) {
      try {
        return YearMonth.parse(businessKey.substring(prefix.length()));
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw new BadUserRequestException("业务键 " + businessKey + " 不是区县 " + district + " 的月统计编号（MS-区县-yyyy-MM） / "
        + "business key " + businessKey + " is not a monthly statistics case of district " + district
        + " (MS-<district>-<yyyy-MM>)");
  }

  /**
   * The day the confirmation is asked for and its deadline counts from: the 1st of the month after. The model gives
   * 5 working days from it, our own service level, not a notice's.
   */
  static LocalDate issuedOn(YearMonth month) {
    return month.plusMonths(1).atDay(1);
  }

  public static final class Elements {
    public static final String START_STATISTICS_DUE = "StartEvent_StatisticsDue";
    public static final String TASK_CONFIRM_STATISTICS = "UserTask_ConfirmStatistics";
    public static final String END_STATISTICS_CONFIRMED = "EndEvent_StatisticsConfirmed";
    public static final String TIMER_CONFIRM_STATISTICS_OVERDUE = "BoundaryEvent_ConfirmStatisticsOverdue";
    public static final String TIMER_CONFIRM_STATISTICS_STILL_OVERDUE = "BoundaryEvent_ConfirmStatisticsStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String CONFIRM_STATISTICS = "confirm-monthly-statistics";

    private Forms() {
    }
  }

  public static final class Variables {
    /** Gives the case its tenant at start; afterwards only the form's links show it. */
    public static final String DISTRICT_CODE = "districtCode";
    /** The month, yyyy-MM, for the form's links; the due date and the confirmed month come from the business key. */
    public static final String STATISTICS_MONTH = "statisticsMonth";
    /** The form's checkbox 已核对并确认月统计: must be true to complete. */
    public static final String STATISTICS_CONFIRMED = "statisticsConfirmed";
    public static final String CONFIRMATION_REMARK = "confirmationRemark";

    private Variables() {
    }
  }
}
