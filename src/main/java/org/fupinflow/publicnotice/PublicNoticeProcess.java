package org.fupinflow.publicnotice;

/**
 * The contract of {@code processes/public-notice.bpmn}, a call activity reused by every procedure that must
 * post a village notice (公示): household identification now, fund allocations later.
 */
public final class PublicNoticeProcess {

  public static final String KEY = "public-notice";
  /** 001 (威扶贫组发〔2020〕4号): 公示期5天, calendar days from the day after posting, not extended. */
  public static final int NOTICE_DAYS = 5;

  private PublicNoticeProcess() {
  }

  /** Message correlated by business key (the case number) to raise an objection during the period. */
  public static final class Messages {
    public static final String OBJECTION_RAISED = "PublicNoticeObjection";

    private Messages() {
    }
  }

  /**
   * Variables. The caller passes the {@code notice*} inputs (already free of personal identifiers: the
   * person's given name masked) and {@code districtCode}, and the business key; it reads
   * {@link #NOTICE_OUTCOME} back.
   */
  public static final class Variables {
    // inputs from the calling case
    public static final String DISTRICT_CODE = "districtCode";
    /** What the notice is about: {@code household} (identification) or, later, {@code fund}. */
    public static final String NOTICE_KIND = "noticeKind";
    public static final String NOTICE_TITLE = "noticeTitle";
    public static final String NOTICE_VILLAGE = "noticeVillage";
    /** The person named on the notice, given name masked: 张**. */
    public static final String NOTICE_PERSON = "noticePerson";
    public static final String NOTICE_CATEGORY = "noticeCategory";
    public static final String NOTICE_REASON = "noticeReason";
    // post-public-notice
    public static final String POSTED_ON = "postedOn";
    /** Set on posting: the last day of the period (posted + 5 days). */
    public static final String NOTICE_ENDS_ON = "noticeEndsOn";
    // record-notice-objection (Tasklist) or the message's variables (REST)
    public static final String OBJECTION_CONTENT = "objectionContent";
    // decide-notice-objection
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String OBJECTION_DECISION_REASON = "objectionDecisionReason";
    /** Output: {@code completed} or {@code upheld}. */
    public static final String NOTICE_OUTCOME = "noticeOutcome";

    private Variables() {
    }
  }

  public static final class Outcomes {
    public static final String COMPLETED = "completed";
    public static final String UPHELD = "upheld";

    private Outcomes() {
    }
  }
}
