package org.fupinflow.household;

import java.util.Set;

/** The contract of {@code processes/household-identification.bpmn}: its key, element ids and variable names. */
public final class HouseholdIdentificationProcess {

  public static final String KEY = "household-identification";
  /** 001 (威扶贫组发〔2020〕4号): the township verifies, collects or appraises within 5 working days. */
  public static final int VERIFICATION_WORKING_DAYS = 5;
  /** 001: the district poverty office reviews within 3 working days of the township's report. */
  public static final int REVIEW_WORKING_DAYS = 3;
  /** The district may send a case back to its township once. */
  public static final int MAX_RETURNS = 1;
  /** Case number prefix: HI-daoli-2026-00001. */
  public static final String CASE_KIND = "HI";

  private HouseholdIdentificationProcess() {
  }

  public static final class Elements {
    public static final String START_RISK_REPORTED = "StartEvent_RiskReported";
    public static final String TASK_APPLY_FAST_TRACK = "ServiceTask_ApplyFastTrack";
    public static final String TASK_VERIFY_HOUSEHOLD = "UserTask_VerifyHousehold";
    public static final String TASK_COLLECT_HOUSEHOLD_INFORMATION = "UserTask_CollectHouseholdInformation";
    public static final String TASK_HOLD_VILLAGE_APPRAISAL = "UserTask_HoldVillageAppraisal";
    public static final String TASK_REVIEW_HOUSEHOLD = "UserTask_ReviewHousehold";
    public static final String CALL_PUBLIC_NOTICE = "CallActivity_PublicNotice";
    public static final String TASK_MARK_MONITORED = "ServiceTask_MarkMonitored";
    public static final String TASK_RECOGNIZE_INSTANT_ASSISTANCE = "ServiceTask_RecognizeInstantAssistance";
    public static final String TASK_RESTORE_POLICY = "ServiceTask_RestorePolicy";
    public static final String TASK_RECORD_NOT_RECOGNIZED = "ServiceTask_RecordNotRecognized";
    public static final String END_HOUSEHOLD_MONITORED = "EndEvent_HouseholdMonitored";
    public static final String END_INSTANT_ASSISTANCE_RECOGNIZED = "EndEvent_InstantAssistanceRecognized";
    public static final String END_POLICY_RESTORED = "EndEvent_PolicyRestored";
    public static final String END_NOT_RECOGNIZED = "EndEvent_NotRecognized";
    public static final String TIMER_VERIFY_HOUSEHOLD_OVERDUE = "BoundaryEvent_VerifyHouseholdOverdue";
    public static final String TIMER_VERIFY_HOUSEHOLD_STILL_OVERDUE = "BoundaryEvent_VerifyHouseholdStillOverdue";
    public static final String TIMER_COLLECT_HOUSEHOLD_INFORMATION_OVERDUE = "BoundaryEvent_CollectHouseholdInformationOverdue";
    public static final String TIMER_HOLD_VILLAGE_APPRAISAL_OVERDUE = "BoundaryEvent_HoldVillageAppraisalOverdue";
    public static final String TIMER_REVIEW_HOUSEHOLD_OVERDUE = "BoundaryEvent_ReviewHouseholdOverdue";
    public static final String TIMER_REVIEW_HOUSEHOLD_STILL_OVERDUE = "BoundaryEvent_ReviewHouseholdStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String REPORT_HOUSEHOLD_RISK = "report-household-risk";
    public static final String VERIFY_HOUSEHOLD = "verify-household";
    public static final String COLLECT_HOUSEHOLD_INFORMATION = "collect-household-information";
    public static final String HOLD_VILLAGE_APPRAISAL = "hold-village-appraisal";
    public static final String REVIEW_HOUSEHOLD = "review-household";

    private Forms() {
    }
  }

  /**
   * Variables. Personal data ({@link #PERSONAL}) is accepted from forms and REST, moved into the household
   * tables by the step's listener and removed from the case; it never reaches Camunda's history.
   */
  public static final class Variables {
    // start (report-household-risk)
    public static final String DISTRICT_CODE = "districtCode";
    public static final String TOWNSHIP_CODE = "townshipCode";
    public static final String VILLAGE_NAME = "villageName";
    public static final String CATEGORY = "category";
    public static final String REPORTED_ON = "reportedOn";
    public static final String HEAD_NAME = "headName";
    public static final String HEAD_ID_NUMBER = "headIdNumber";
    public static final String RISK_REASON_1 = "riskReason1";
    public static final String RISK_REASON_2 = "riskReason2";
    public static final String RISK_REASON_3 = "riskReason3";
    public static final String FAST_TRACK = "fastTrack";
    public static final String MEETING_RECORD_NUMBER = "meetingRecordNumber";
    public static final String EXTERNAL_REFERENCE = "externalReference";
    // set when the case starts
    public static final String HOUSEHOLD_ID = "householdId";
    /** The day the township step's 5 working days count from: the report, or the district's return. */
    public static final String TOWNSHIP_STEP_FROM = "townshipStepFrom";
    // category A: verify-household
    public static final String VERIFIED_ON = "verifiedOn";
    public static final String RISK_CONFIRMED = "riskConfirmed";
    public static final String VERIFICATION_NOTE = "verificationNote";
    // category B: collect-household-information (and C: hold-village-appraisal for the appraisal)
    public static final String COLLECTED_ON = "collectedOn";
    /** Json object: naturalVillage, phone, hardship, incomes {wages, transfer, …}. Personal. */
    public static final String HOUSEHOLD = "household";
    /** Json array of members: name, sex, documentType, idNumber, relation, … Personal. */
    public static final String MEMBERS = "members";
    /**
     * The collection form's member slots {@code member1} … {@code member10}: one Json object each, in place of the
     * {@link #MEMBERS} array (Tasklist 7.24 keeps 完成 disabled on forms with a dynamic list). Personal.
     */
    public static final int MEMBER_SLOTS = 10;
    public static final String APPRAISED_ON = "appraisedOn";
    public static final String APPRAISAL_PASSED = "appraisalPassed";
    public static final String APPRAISAL_NOTE = "appraisalNote";
    // set when a township step completes
    public static final String TOWNSHIP_PASSED = "townshipPassed";
    public static final String TOWNSHIP_COMPLETED_ON = "townshipCompletedOn";
    // review-household
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String ASSISTANCE_MEASURES = "assistanceMeasures";
    public static final String RETURN_COUNT = "returnCount";
    // public notice (call activity) and the end
    public static final String NOTICE_OUTCOME = "noticeOutcome";
    public static final String OUTCOME = "outcome";

    /** Never stored as process variables beyond the step that submits them, never in history. */
    public static final Set<String> PERSONAL = personal();

    public static String memberSlot(int number) {
      return "member" + number;
    }

    private static Set<String> personal() {
      var names = new java.util.HashSet<>(Set.of(HEAD_ID_NUMBER, HOUSEHOLD, MEMBERS));
      for (int slot = 1; slot <= MEMBER_SLOTS; slot++) {
        names.add(memberSlot(slot));
      }
      return Set.copyOf(names);
    }

    private Variables() {
    }
  }

  /** Values of {@link Variables#REVIEW_DECISION}. */
  public static final class ReviewDecisions {
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String RETURN = "return";

    private ReviewDecisions() {
    }
  }

  /** Values of {@link Variables#OUTCOME}. */
  public static final class Outcomes {
    public static final String MONITORED = "monitored";
    public static final String INSTANT_ASSISTANCE = "instant-assistance";
    public static final String POLICY_RESTORED = "policy-restored";
    public static final String NOT_RECOGNIZED = "not-recognized";

    private Outcomes() {
    }
  }
}
