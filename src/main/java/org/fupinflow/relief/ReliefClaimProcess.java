package org.fupinflow.relief;

/**
 * The contract of {@code processes/relief-claim.bpmn} (防贫保险救助, seeds 000 and 001): one instance per relief
 * application a township reports for an insured person, in the person's district (tenant), business key
 * {@code RC-<district>-<year>-<nnnnn>}. The claim's identity (district, township, household, person, event) and its
 * figures live in {@code relief_claim}, found by the business key; the variables are what the forms and the insurer's
 * worker show and submit.
 */
public final class ReliefClaimProcess {

  public static final String KEY = "relief-claim";
  public static final String CASE_KIND = "RC";
  /** 000: 提请保险公司进行核查之日起, 30个工作日内将审查符合条件的救助对象救助金发放到位. */
  public static final int PAYMENT_WORKING_DAYS = 30;
  /** Our service level for the district office's check of a report (as for its review of a household case). */
  public static final int CHECK_WORKING_DAYS = 3;
  /** Our service level for the township to tell the applicant a claim's end without payment. */
  public static final int INFORM_WORKING_DAYS = 5;

  /** The insurer's check: the external task's topic, fetched by the insurer's worker over the engine REST API. */
  public static final String CHECK_TOPIC = "relief-claim-check";
  /** The BPMN error code the insurer's worker reports for a claim outside the cover. */
  public static final String NOT_ELIGIBLE = "not-eligible";

  private ReliefClaimProcess() {
  }

  public static final class Elements {
    public static final String START_CLAIM_REPORTED = "StartEvent_ClaimReported";
    public static final String TASK_CHECK_CLAIM = "UserTask_CheckClaim";
    public static final String TASK_INSURER_CHECK = "ServiceTask_InsurerCheck";
    public static final String TASK_RECORD_CHECK = "ServiceTask_RecordCheck";
    public static final String ERROR_NOT_ELIGIBLE = "BoundaryEvent_NotEligible";
    public static final String TASK_RECORD_NOT_ELIGIBLE = "ServiceTask_RecordNotEligible";
    public static final String TASK_COMPUTE_PAYOUT = "BusinessRuleTask_ComputePayout";
    public static final String TASK_RECORD_PAYMENT = "UserTask_RecordPayment";
    public static final String TASK_INFORM_APPLICANT = "UserTask_InformApplicant";
    public static final String END_RELIEF_PAID = "EndEvent_ReliefPaid";
    public static final String END_CLAIM_CLOSED = "EndEvent_ClaimClosed";
    public static final String TIMER_CHECK_CLAIM_OVERDUE = "BoundaryEvent_CheckClaimOverdue";
    public static final String TIMER_INSURER_CHECK_OVERDUE = "BoundaryEvent_InsurerCheckOverdue";
    public static final String TIMER_RECORD_PAYMENT_OVERDUE = "BoundaryEvent_RecordPaymentOverdue";
    public static final String TIMER_INFORM_APPLICANT_OVERDUE = "BoundaryEvent_InformApplicantOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String REPORT_RELIEF_CLAIM = "report-relief-claim";
    public static final String CHECK_RELIEF_CLAIM = "check-relief-claim";
    public static final String RECORD_RELIEF_PAYMENT = "record-relief-payment";
    public static final String INFORM_APPLICANT = "inform-relief-applicant";

    private Forms() {
    }
  }

  public static final class Variables {
    // start (report-relief-claim)
    public static final String DISTRICT_CODE = "districtCode";
    public static final String TOWNSHIP_CODE = "townshipCode";
    /** The insured person's resident ID: found in the household tables, then removed from the case. */
    public static final String INSURED_ID_NUMBER = "insuredIdNumber";
    /** The insured person's name as the township typed it: must match the household tables. */
    public static final String INSURED_NAME = "insuredName";
    /** {@link EventType#code()}. */
    public static final String EVENT_TYPE = "eventType";
    /** 1–10, accident disability only. */
    public static final String DISABILITY_LEVEL = "disabilityLevel";
    public static final String EVENT_DATE = "eventDate";
    // yuan, as text with at most 2 decimals ("12345.60")
    public static final String COMPLIANT_COSTS = "compliantCosts";
    public static final String BASIC_INSURANCE_PAID = "basicInsurancePaid";
    public static final String CRITICAL_ILLNESS_PAID = "criticalIllnessPaid";
    public static final String HOSPITAL_WAIVERS = "hospitalWaivers";
    public static final String MEDICAL_AID_PAID = "medicalAidPaid";
    public static final String REPORT_NOTE = "reportNote";
    // set at start from the tables, for the forms and the insurer's worker
    public static final String CASE_NUMBER = "caseNumber";
    public static final String PERSON_NAME = "personName";
    public static final String PERSON_ID_MASKED = "personIdMasked";
    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String EVENT_TYPE_LABEL = "eventTypeLabel";
    public static final String REPORTED_ON = "reportedOn";
    // check-relief-claim (district poverty office)
    public static final String CHECK_DECISION = "checkDecision";
    public static final String CHECK_COMMENT = "checkComment";
    /** Set when the district office asks the insurer: the day the 30 working days count from, and the last one. */
    public static final String CHECK_REQUESTED_ON = "checkRequestedOn";
    public static final String PAYMENT_DUE_ON = "paymentDueOn";
    // the insurer's check (external task relief-claim-check), yuan as text
    public static final String VERIFIED_COMPLIANT_COSTS = "verifiedCompliantCosts";
    public static final String VERIFIED_BASIC_INSURANCE_PAID = "verifiedBasicInsurancePaid";
    public static final String VERIFIED_CRITICAL_ILLNESS_PAID = "verifiedCriticalIllnessPaid";
    public static final String VERIFIED_HOSPITAL_WAIVERS = "verifiedHospitalWaivers";
    public static final String VERIFIED_MEDICAL_AID_PAID = "verifiedMedicalAidPaid";
    public static final String VERIFIED_DISABILITY_LEVEL = "verifiedDisabilityLevel";
    public static final String CHECKED_ON = "checkedOn";
    public static final String CHECK_NOTE = "checkNote";
    /** The not-eligible error's message: the insurer's reason. */
    public static final String NOT_ELIGIBLE_REASON = "notEligibleReason";
    // the decision relief-payout, and what the payment form shows
    public static final String PAYOUT_DECISION = "payoutDecision";
    public static final String PAYOUT_AMOUNT = "payoutAmount";
    public static final String PAYOUT_RULE = "payoutRule";
    // record-relief-payment (the insurer)
    public static final String PAID_ON = "paidOn";
    public static final String PAID_AMOUNT = "paidAmount";
    // inform-relief-applicant (the township)
    public static final String OUTCOME_LABEL = "outcomeLabel";
    public static final String OUTCOME_REASON = "outcomeReason";
    public static final String INFORMED_ON = "informedOn";
    public static final String INFORM_NOTE = "informNote";

    private Variables() {
    }
  }

  /** Values of {@link Variables#CHECK_DECISION}. */
  public static final class Decisions {
    /** 提请保险公司核查. */
    public static final String FORWARD = "forward";
    /** 不予受理: outside the policy (not the person's township, not a relief event), with the reason. */
    public static final String REJECT = "reject";

    private Decisions() {
    }
  }
}
