package org.fupinflow.householdledger;

import java.time.LocalDate;

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
    public static final String DISTRICT_CODE = "districtCode";
    /** The ledger day, yyyy-MM-dd: the form's download link and the task's due date are built from it. */
    public static final String LEDGER_DATE = "ledgerDate";
    /** The form's checkbox 已报送市扶贫办: must be true to complete. */
    public static final String LEDGER_SUBMITTED = "ledgerSubmitted";
    public static final String LEDGER_NOTE = "ledgerNote";

    private Variables() {
    }
  }
}
