package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.NOTICE_DAYS;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.publicnotice.PublicNotices.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rules of a village notice, for the process's listeners: when it may be posted and how long it runs,
 * objections and their decisions, and how it ends. Who acted is the engine's authenticated user: the official
 * in Tasklist or the caller of the engine REST API.
 */
@Component
class VillageNoticeboard {

  private static final Logger log = LoggerFactory.getLogger(VillageNoticeboard.class);
  static final int MAX_OBJECTION = 1000;
  static final int MAX_DECISION_REASON = 500;

  private final PublicNotices notices;
  private final HolidayCalendar holidays;
  private final IdentityService identityService;

  VillageNoticeboard(PublicNotices notices, HolidayCalendar holidays, IdentityService identityService) {
    this.notices = notices;
    this.holidays = holidays;
    this.identityService = identityService;
  }

  /**
   * A request for a notice (the notice's start variables): refused with a 400 when the public board could not show
   * it; returns the day it was requested, from which posting is due.
   */
  LocalDate request(Map<String, Object> variables) {
    NoticeRequest.from(variables);
    return ChinaTime.today();
  }

  /**
   * 村两委张贴公示 as submitted ({@code variables}: the request, its day and the posting day): the posting day lies
   * between the request and today; the period ends on the 5th day after it.
   */
  Notice post(String processInstanceId, String caseNumber, String district, Map<String, Object> variables) {
    var requestedOn = InvalidSubmission.date(variables.get(PublicNoticeProcess.Variables.NOTICE_REQUESTED_ON),
        PublicNoticeProcess.Variables.NOTICE_REQUESTED_ON, "提请公示日期");
    var postedOn = InvalidSubmission.date(variables.get(PublicNoticeProcess.Variables.POSTED_ON),
        PublicNoticeProcess.Variables.POSTED_ON, "张贴日期");
    var request = NoticeRequest.from(variables);
    var today = ChinaTime.today();
    if (postedOn.isBefore(requestedOn) || postedOn.isAfter(today)) {
      throw new InvalidSubmission(PublicNoticeProcess.Variables.POSTED_ON,
          "张贴日期应在 " + requestedOn + "（提请公示之日）至 " + today + " 之间",
          "must lie between " + requestedOn + " (the request) and " + today);
    }
    var endsOn = holidays.current().addDaysNotExtended(postedOn, NOTICE_DAYS);
    var notice = new Notice(PublicNotices.newId(), processInstanceId, caseNumber, district, request.kind(),
        request.title(), request.village(), request.person(), request.category(), request.reason(), postedOn, endsOn,
        NoticeStatus.RUNNING, null);
    notices.insert(notice);
    log.info("Public notice of case {} ({}) posted on {}, runs to the end of {}", caseNumber, district, postedOn, endsOn);
    return notice;
  }

  /** Records an objection raised now; returns its day, from which the decision is due. */
  LocalDate raiseObjection(String processInstanceId, Object content) {
    var text = InvalidSubmission.text(content, PublicNoticeProcess.Variables.OBJECTION_CONTENT, "公示异议内容", MAX_OBJECTION);
    var notice = notices.require(processInstanceId);
    var now = ChinaTime.now();
    notices.insertObjection(notice.id(), now, currentUser(), text);
    log.info("Objection to the public notice of case {} ({})", notice.caseNumber(), notice.district());
    return ChinaTime.dateOf(now);
  }

  /** Records the district's decision on the waiting objection; returns whether it was upheld. */
  boolean decideObjection(String processInstanceId, Object upheld, Object reason, String assignee) {
    if (!(upheld instanceof Boolean isUpheld)) {
      throw new InvalidSubmission(PublicNoticeProcess.Variables.OBJECTION_UPHELD, "请选择异议是否成立", "true or false is required");
    }
    var text = InvalidSubmission.text(reason, PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON, "处理意见",
        MAX_DECISION_REASON);
    var notice = notices.require(processInstanceId);
    var user = currentUser();
    notices.decideOpenObjection(notice.id(), isUpheld, text, user != null ? user : assignee, ChinaTime.now());
    log.info("Objection to the public notice of case {} ({}) {}", notice.caseNumber(), notice.district(),
        isUpheld ? "upheld" : "dismissed");
    return isUpheld;
  }

  void complete(String processInstanceId) {
    notices.finish(processInstanceId, NoticeStatus.COMPLETED, ChinaTime.now());
  }

  void withdraw(String processInstanceId) {
    notices.finish(processInstanceId, NoticeStatus.WITHDRAWN, ChinaTime.now());
  }

  private String currentUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
