package org.fupinflow.publicnotice;

/**
 * The contract of {@code processes/public-notice.bpmn}, a call activity reused by every procedure that must
 * post a village notice (公示): household identification now, fund allocations later.
 */
public final class PublicNoticeProcess {

  public static final String KEY = "public-notice";
  /** 001 (威扶贫组发〔2020〕4号): 公示期5天, calendar days from the day after posting, not extended. */
  public static final int NOTICE_DAYS = 5;
  /**
   * 001 sets no period for posting the notice: 2 working days from the day it was requested is the product's
   * service level for the village committee, escalated like a legal deadline.
   */
  public static final int POSTING_WORKING_DAYS = 2;
  /**
   * 001 sets no period for deciding an objection either: the district poverty office decides within 3 working
   * days of the objection's day, as for its review of the household (001: 区县3个工作日内审核).
   */
  public static final int OBJECTION_DECISION_WORKING_DAYS = 3;

  private PublicNoticeProcess() {
  }

  public static final class Elements {
    public static final String START_NOTICE_REQUESTED = "StartEvent_NoticeRequested";
    public static final String TASK_POST_NOTICE = "UserTask_PostNotice";
    public static final String NOTICE_PERIOD = "SubProcess_NoticePeriod";
    public static final String TASK_RECORD_OBJECTION = "UserTask_RecordObjection";
    public static final String NOTICE_PERIOD_ENDED = "BoundaryEvent_NoticePeriodEnded";
    public static final String OBJECTION_RECEIVED = "BoundaryEvent_ObjectionReceived";
    public static final String TASK_DECIDE_OBJECTION = "UserTask_DecideObjection";
    public static final String GATEWAY_OBJECTION_UPHELD = "Gateway_ObjectionUpheld";
    public static final String END_NOTICE_COMPLETED = "EndEvent_NoticeCompleted";
    public static final String END_NOTICE_WITHDRAWN = "EndEvent_NoticeWithdrawn";
    public static final String TIMER_POST_NOTICE_OVERDUE = "BoundaryEvent_PostNoticeOverdue";
    public static final String TIMER_POST_NOTICE_STILL_OVERDUE = "BoundaryEvent_PostNoticeStillOverdue";
    public static final String TIMER_DECIDE_OBJECTION_OVERDUE = "BoundaryEvent_DecideObjectionOverdue";
    public static final String TIMER_DECIDE_OBJECTION_STILL_OVERDUE = "BoundaryEvent_DecideObjectionStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String POST_PUBLIC_NOTICE = "post-public-notice";
    public static final String RECORD_NOTICE_OBJECTION = "record-notice-objection";
    public static final String DECIDE_NOTICE_OBJECTION = "decide-notice-objection";

    private Forms() {
    }
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
    /** Set on start: the day the notice was requested, from which posting is due. */
    public static final String NOTICE_REQUESTED_ON = "noticeRequestedOn";
    // post-public-notice
    public static final String POSTED_ON = "postedOn";
    /** Set on posting: the last day of the period (posted + 5 days). */
    public static final String NOTICE_ENDS_ON = "noticeEndsOn";
    // record-notice-objection (Tasklist) or the message's variables (REST)
    public static final String OBJECTION_CONTENT = "objectionContent";
    /** Set when an objection is raised: the day its decision is due from. */
    public static final String OBJECTION_RAISED_ON = "objectionRaisedOn";
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
