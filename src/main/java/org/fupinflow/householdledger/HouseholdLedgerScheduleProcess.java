package org.fupinflow.householdledger;

/**
 * The contract of {@code processes/household-ledger-schedule.bpmn}: the city-wide timer that starts the
 * districts' ledger reports. It belongs to no district (no tenant). The timer fires at 01:00 (JVM zone) on the
 * 15th, 28th and 29th; each run files {@link LedgerCadence#latestOnOrBefore} today in China, so the 28th
 * matters only in a common February (the BPMN explains the zone).
 */
public final class HouseholdLedgerScheduleProcess {

  public static final String KEY = "household-ledger-schedule";

  private HouseholdLedgerScheduleProcess() {
  }

  public static final class Elements {
    public static final String START_LEDGER_DAY_REACHED = "StartEvent_LedgerDayReached";
    public static final String TASK_START_LEDGER_REPORTS = "ServiceTask_StartHouseholdLedgerReports";

    private Elements() {
    }
  }

  public static final class Variables {
    /** The ledger day the run filed, yyyy-MM-dd. */
    public static final String LEDGER_DATE = "ledgerDate";
    /** How many districts got a new report (0 when a retried or late run found them all). */
    public static final String REPORTS_STARTED = "reportsStarted";

    private Variables() {
    }
  }
}
