package org.fupinflow.household;

/** The contract of {@code processes/household-identification.bpmn}: its key, element ids and variable names. */
public final class HouseholdIdentificationProcess {

  public static final String KEY = "household-identification";
  /** 001 (威扶贫组发〔2020〕4号): the township verifies within 5 working days of the report (in the BPMN). */
  public static final int VERIFICATION_WORKING_DAYS = 5;
  /** Case number prefix: HI-daoli-2026-00001. */
  public static final String CASE_KIND = "HI";

  private HouseholdIdentificationProcess() {
  }

  public static final class Elements {
    public static final String START_RISK_REPORTED = "StartEvent_RiskReported";
    public static final String TASK_VERIFY_HOUSEHOLD = "UserTask_VerifyHousehold";
    public static final String END_HOUSEHOLD_VERIFIED = "EndEvent_HouseholdVerified";
    public static final String TIMER_VERIFY_HOUSEHOLD_OVERDUE = "BoundaryEvent_VerifyHouseholdOverdue";
    public static final String TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE = "BoundaryEvent_VerifyHouseholdStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String REPORT_HOUSEHOLD_RISK = "report-household-risk";
    public static final String VERIFY_HOUSEHOLD = "verify-household";

    private Forms() {
    }
  }

  public static final class Variables {
    public static final String DISTRICT_CODE = "districtCode";
    public static final String TOWNSHIP_CODE = "townshipCode";
    public static final String VILLAGE_NAME = "villageName";
    public static final String CATEGORY = "category";
    public static final String REPORTED_ON = "reportedOn";
    public static final String EXTERNAL_REFERENCE = "externalReference";
    public static final String VERIFIED_ON = "verifiedOn";
    public static final String RISK_CONFIRMED = "riskConfirmed";
    public static final String VERIFICATION_NOTE = "verificationNote";

    private Variables() {
    }
  }
}
