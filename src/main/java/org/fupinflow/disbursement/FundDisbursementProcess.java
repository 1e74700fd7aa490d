package org.fupinflow.disbursement;

/**
 * The contract of {@code processes/fund-disbursement.bpmn}: one instance per district share of a fund notice, in
 * that district's tenant, business key {@code FD-<district>-<year>-<nnnnn>}: the case number the share is bound to
 * ({@code fund_notice_share.case_number}) before the process starts.
 */
public final class FundDisbursementProcess {

  public static final String KEY = "fund-disbursement";
  public static final String CASE_KIND = "FD";
  /** 001 (关于加强2020年度财政专项扶贫资金使用管理的意见): allocate within 30 days of the funds' issue. */
  public static final int ALLOCATION_DAYS = 30;
  /** 001: district finance disburses within 15 days of the poverty office's allocation proposal. */
  public static final int DISBURSEMENT_DAYS = 15;
  /** Lines in one allocation proposal (the form's slots allocation1 … allocation8). */
  public static final int ALLOCATION_SLOTS = 8;

  private FundDisbursementProcess() {
  }

  public static final class Elements {
    public static final String START_FUNDS_ISSUED = "StartEvent_FundsIssued";
    public static final String TASK_RECORD_RECEIPT = "ServiceTask_RecordReceipt";
    public static final String TASK_PROPOSE_ALLOCATION = "UserTask_ProposeAllocation";
    public static final String TASK_ARRANGE_MATCHING = "UserTask_ArrangeMatching";
    public static final String TASK_POST_ALLOCATION = "ServiceTask_PostAllocation";
    public static final String TASK_DISBURSE_FUNDS = "UserTask_DisburseFunds";
    public static final String TASK_REVERSE_ALLOCATION = "ServiceTask_ReverseAllocation";
    public static final String TASK_PUBLISH_FUNDS = "ServiceTask_PublishFunds";
    public static final String END_FUNDS_DISBURSED = "EndEvent_FundsDisbursed";
    public static final String TIMER_PROPOSE_ALLOCATION_OVERDUE = "BoundaryEvent_ProposeAllocationOverdue";
    public static final String TIMER_DISBURSE_FUNDS_OVERDUE = "BoundaryEvent_DisburseFundsOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String PROPOSE_ALLOCATION = "propose-allocation";
    public static final String ARRANGE_MATCHING = "arrange-matching";
    public static final String DISBURSE_FUNDS = "disburse-funds";

    private Forms() {
    }
  }

  public static final class Variables {
    // Set at start from the notice share for the forms and Cockpit to show (districtCode also gives the case its
    // tenant). No step reads them back: the case's notice, district, round, dates and amounts are read from
    // fund_notice_share by the business key.
    public static final String DISTRICT_CODE = "districtCode";
    public static final String FUND_NOTICE_ID = "fundNoticeId";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String FUND_LINE = "fundLine";
    public static final String FUND_LEVEL = "fundLevel";
    /** The notice's issue date: the 30 days count from it (calendar days, 001). */
    public static final String NOTICE_ISSUED_ON = "noticeIssuedOn";
    /** Yuan, 2 decimals, as text: what the forms show. */
    public static final String RECEIVED_AMOUNT = "receivedAmount";
    public static final String MATCHING_AMOUNT = "matchingAmount";
    /** The round being proposed, as the table holds it. */
    public static final String PROPOSAL_ROUND = "proposalRound";
    // propose-allocation: slots allocationN {projectCode, amount, use}, removed once the round is recorded
    /**
     * The day the proposal was made ({@code yyyy-MM-dd}, between the notice's issue and today; today when not
     * submitted): the 15 days to disburse count from it. Removed when a proposal is sent back.
     */
    public static final String PROPOSED_ON = "proposedOn";
    /** The proposal's lines as text, for the disbursement form. */
    public static final String ALLOCATION_SUMMARY = "allocationSummary";
    // arrange-matching
    public static final String MATCHING_ARRANGED_ON = "matchingArrangedOn";
    public static final String MATCHING_SOURCE = "matchingSource";
    /** Set once district finance has arranged the matching (the gateway asks the ledger, not this). */
    public static final String MATCHING_ARRANGED = "matchingArranged";
    // disburse-funds
    public static final String DISBURSEMENT_DECISION = "disbursementDecision";
    public static final String DISBURSEMENT_COMMENT = "disbursementComment";
    public static final String DISBURSED_ON = "disbursedOn";

    public static String allocationSlot(int number) {
      return "allocation" + number;
    }

    private Variables() {
    }
  }

  /** Values of {@link Variables#DISBURSEMENT_DECISION}. */
  public static final class Decisions {
    public static final String DISBURSE = "disburse";
    public static final String REJECT = "reject";

    private Decisions() {
    }
  }
}
