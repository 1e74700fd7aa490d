package org.fupinflow.fundnotice;

/**
 * The contract of {@code processes/fund-notice-registration.bpmn}: city finance registers a notice from Tasklist's
 * start form, pasting the district table (copied from the notice's Excel annex: tab-separated rows). City-wide:
 * the process has no district tenant; each district's share starts its own case in its district.
 */
public final class FundNoticeRegistrationProcess {

  public static final String KEY = "fund-notice-registration";

  private FundNoticeRegistrationProcess() {
  }

  public static final class Elements {
    public static final String START_FUND_NOTICE_RECEIVED = "StartEvent_FundNoticeReceived";
    public static final String TASK_REGISTER_FUND_NOTICE = "ServiceTask_RegisterFundNotice";
    public static final String END_FUND_NOTICE_REGISTERED = "EndEvent_FundNoticeRegistered";

    private Elements() {
    }
  }

  public static final class Variables {
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String ISSUED_ON = "issuedOn";
    public static final String LEVEL = "level";
    public static final String FUND_LINE = "fundLine";
    public static final String FUNCTION_CODE = "functionCode";
    public static final String GOVERNMENT_ECONOMIC_CODE = "governmentEconomicCode";
    public static final String DEPARTMENT_ECONOMIC_CODE = "departmentEconomicCode";
    public static final String UNIT = "unit";
    public static final String MATCHING_RATIO = "matchingRatio";
    /** The district table as pasted: rows of 区县, 金额 and optionally 匹配资金, separated by tabs or commas. */
    public static final String SHARE_TABLE = "shareTable";
    /** Set by the registration: the notice's id. */
    public static final String FUND_NOTICE_ID = "fundNoticeId";

    private Variables() {
    }
  }
}
