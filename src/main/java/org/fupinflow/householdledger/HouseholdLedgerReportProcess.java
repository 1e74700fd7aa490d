package org.fupinflow.householdledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The contract of {@code processes/household-ledger-report.bpmn}: one district's ledger for one ledger day,
 * business key {@code HL-<district>-<yyyy-MM-dd>}.
 */
public final class HouseholdLedgerReportProcess {

  public static final String KEY = "household-ledger-report";
  static final String BUSINESS_KEY_PREFIX = "HL-";

  private HouseholdLedgerReportProcess() {
  }

  /** {@code HL-daoli-2020-10-15}: at most one report per district and ledger day. */
  public static String businessKey(String district, LocalDate ledgerDay) {
    return BUSINESS_KEY_PREFIX + district + "-" + ledgerDay;
  }

  /**
   * The ledger day of a report, from its business key, which must be the report's own district's
   * ({@code district} is the instance's tenant): the due date never comes from a variable a caller could overwrite.
   */
  public static LocalDate ledgerDay(String businessKey, String district) {
    var prefix = BUSINESS_KEY_PREFIX + district + "-";
    if (businessKey != null && district != null && businessKey.startsWith(prefix)) {
      try {
        return LocalDate.parse(businessKey.substring(prefix.length()));
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw new BadUserRequestException("业务键 " + businessKey + " 不是区县 " + district + " 的台账报送编号（HL-区县-yyyy-MM-dd） / "
        + "business key " + businessKey + " is not a ledger report of district " + district + " (HL-<district>-<yyyy-MM-dd>)");
  }

  public static final class Elements {
    public static final String START_LEDGER_DUE = "StartEvent_LedgerDue";
    public static final String TASK_SUBMIT_HOUSEHOLD_LEDGER = "UserTask_SubmitHouseholdLedger";
    public static final String END_HOUSEHOLD_LEDGER_SUBMITTED = "EndEvent_HouseholdLedgerSubmitted";
    public static final String TIMER_SUBMIT_HOUSEHOLD_LEDGER_OVERDUE = "BoundaryEvent_SubmitHouseholdLedgerOverdue";
    public static final String TIMER_SUBMIT_HOUSEHOLD_LEDGER_STILL_OVERDUE =
        "BoundaryEvent_SubmitHouseholdLedgerStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String SUBMIT_HOUSEHOLD_LEDGER = "submit-household-ledger";

    private Forms() {
    }
  }

  public static final class Variables {
    /** Gives the report its tenant at start; afterwards only the form's download link shows it. */
    public static final String DISTRICT_CODE = "districtCode";
    /** The ledger day, yyyy-MM-dd, for the form's download link; the due date comes from the business key. */
    public static final String LEDGER_DATE = "ledgerDate";
    /** The form's checkbox 已报送市扶贫办: must be true to complete. */
    public static final String LEDGER_SUBMITTED = "ledgerSubmitted";
    public static final String LEDGER_NOTE = "ledgerNote";

    private Variables() {
    }
  }
}
