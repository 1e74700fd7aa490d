package org.fupinflow.projects;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The contract of {@code processes/project-approval.bpmn}: one township's application for one project, business key
 * {@code PA-<district>-<project code>}, tenant the district. The steps' deadlines are our own service level (003 sets
 * none): the district reviews within {@value #DISTRICT_REVIEW_WORKING_DAYS} working days of the (re)submission, the
 * city re-reviews within {@value #CITY_REVIEW_WORKING_DAYS} of the district's approval, a returned application is
 * revised or withdrawn within {@value #REVISION_WORKING_DAYS}.
 */
public final class ProjectApprovalProcess {

  public static final String KEY = "project-approval";
  static final String BUSINESS_KEY_PREFIX = "PA-";

  public static final int DISTRICT_REVIEW_WORKING_DAYS = 5;
  public static final int CITY_REVIEW_WORKING_DAYS = 5;
  public static final int REVISION_WORKING_DAYS = 10;

  private ProjectApprovalProcess() {
  }

  public static String businessKey(String district, String code) {
    return BUSINESS_KEY_PREFIX + district + "-" + code;
  }

  /**
   * The project code of a case, from its business key, which must be the case's own district's ({@code district} is
   * the instance's tenant): the application a step acts on never comes from a variable a caller could overwrite.
   */
  static String projectCode(String businessKey, String district) {
    var prefix = BUSINESS_KEY_PREFIX + district + "-";
    if (businessKey != null && district != null && businessKey.startsWith(prefix)
        && ProjectRules.CODE.matcher(businessKey.substring(prefix.length())).matches()) {
      return businessKey.substring(prefix.length());
    }
    throw new BadUserRequestException("业务键 " + businessKey + " 不是区县 " + district + " 的项目申报编号（PA-区县-项目编码） / "
        + "business key " + businessKey + " is not a project application of district " + district
        + " (PA-<district>-<project code>)");
  }

  public static final class Elements {
    public static final String START_APPLIED = "StartEvent_ProjectApplied";
    public static final String TASK_DISTRICT_REVIEW = "UserTask_DistrictReview";
    public static final String GATEWAY_DISTRICT_DECISION = "Gateway_DistrictDecision";
    public static final String TASK_CITY_REVIEW = "UserTask_CityReview";
    public static final String GATEWAY_CITY_DECISION = "Gateway_CityDecision";
    public static final String TASK_REVISE_APPLICATION = "UserTask_ReviseApplication";
    public static final String GATEWAY_REVISION = "Gateway_Revision";
    public static final String SERVICE_ENTER_LIBRARY = "ServiceTask_EnterLibrary";
    public static final String END_IN_LIBRARY = "EndEvent_ProjectInLibrary";
    public static final String END_REJECTED = "EndEvent_ProjectRejected";
    public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";
    public static final String TIMER_DISTRICT_REVIEW_OVERDUE = "BoundaryEvent_DistrictReviewOverdue";
    public static final String TIMER_DISTRICT_REVIEW_STILL_OVERDUE = "BoundaryEvent_DistrictReviewStillOverdue";
    public static final String TIMER_CITY_REVIEW_OVERDUE = "BoundaryEvent_CityReviewOverdue";
    public static final String TIMER_CITY_REVIEW_STILL_OVERDUE = "BoundaryEvent_CityReviewStillOverdue";
    public static final String TIMER_REVISION_OVERDUE = "BoundaryEvent_RevisionOverdue";
    public static final String TIMER_REVISION_STILL_OVERDUE = "BoundaryEvent_RevisionStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String DISTRICT_REVIEW = "review-project-application";
    public static final String CITY_REVIEW = "re-review-project-application";
    public static final String REVISE = "revise-project-application";

    private Forms() {
    }
  }

  /** A review's decision ({@code reviewDecision}). */
  public static final class Decisions {
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String REJECT = "reject";
    /** The township's answer to a return ({@code revisionDecision}). */
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW = "withdraw";

    private Decisions() {
    }
  }

  public static final class Variables {
    /** Gives the case its tenant at start; afterwards only the forms show it. */
    public static final String DISTRICT_CODE = "districtCode";
    /** Shown on the forms; no step reads them back (the application's table is the record). */
    public static final String PROJECT_CODE = "projectCode";
    public static final String PROJECT_NAME = "projectName";
    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String FUND_LINE = "fundLine";
    public static final String FUND_LEVEL = "fundLevel";
    public static final String BUDGET_YUAN = "budgetYuan";
    /** The district's and the city's review: approve, return or reject, with the opinion (required for the last two). */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_OPINION = "reviewOpinion";
    /** The township's answer to a return: resubmit (after revising the goal table through the API) or withdraw. */
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String REVISION_NOTE = "revisionNote";
    /** The last return's or rejection's opinion, shown on the township's form. */
    public static final String LAST_OPINION = "lastOpinion";

    private Variables() {
    }
  }
}
