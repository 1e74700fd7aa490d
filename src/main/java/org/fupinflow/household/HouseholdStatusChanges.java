package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_COMMENT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFICATION_NOTE;

import java.time.LocalDate;
import java.util.function.Function;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.HouseholdIdentificationProcess.Outcomes;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.springframework.stereotype.Service;

/**
 * The status decisions of a case: the fast track (先帮扶、后认定) takes effect at once, recognition at the end of
 * the procedure, and a fast-tracked household that is finally not recognised goes back to its status before,
 * each recorded in the household's status history.
 */
@Service
class HouseholdStatusChanges {

  static final String FAST_TRACK_NOTE = "疫情期间“先帮扶、后认定”：经镇级会议研究确认，先行纳入帮扶";
  static final String FAST_TRACK_CONFIRMED_NOTE = "“先帮扶、后认定”：认定程序已完善，认定有效";
  /** The longest quotation of a step's reason in the case's reason. */
  static final int MAX_QUOTED = 400;

  private final Households households;

  HouseholdStatusChanges(Households households) {
    this.households = households;
  }

  void applyFastTrack(String caseNumber) {
    var record = caseRecord(caseNumber);
    var household = households.ofCase(caseNumber);
    households.changeStatus(household.id(), caseNumber, record.category(), record.category().statusRecognized(),
        ChinaTime.today(), true, record.meetingRecord(), FAST_TRACK_NOTE, ChinaTime.now().toInstant());
  }

  /**
   * Recognition: A becomes 脱贫监测户 on review, B 即时帮扶人口 and C 脱贫享受政策户 after the notice period, from
   * {@link #recognizedOn}. A fast-tracked household keeps the date its status took effect. Returns the case's outcome.
   */
  String recognize(String caseNumber, Object noticeEndsOn) {
    var recognizedOn = recognizedOn(noticeEndsOn, ChinaTime.today());
    var record = caseRecord(caseNumber);
    var household = households.ofCase(caseNumber);
    var status = record.category().statusRecognized();
    var now = ChinaTime.now().toInstant();
    if (record.fastTrack() && household.status() == status) {
      households.changeStatus(household.id(), caseNumber, record.category(), status, household.statusSince(), true,
          record.meetingRecord(), FAST_TRACK_CONFIRMED_NOTE, now);
    } else {
      households.changeStatus(household.id(), caseNumber, record.category(), status, recognizedOn, false, null,
          "认定为" + status.label(), now);
    }
    var outcome = switch (record.category()) {
      case A -> Outcomes.MONITORED;
      case B -> Outcomes.INSTANT_ASSISTANCE;
      case C -> Outcomes.POLICY_RESTORED;
    };
    households.closeCase(caseNumber, outcome, status.label(), now);
    return outcome;
  }

  /** B and C are recognised from the day after the notice period ({@code noticeEndsOn}); A, without a notice, today. */
  static LocalDate recognizedOn(Object noticeEndsOn, LocalDate today) {
    if (noticeEndsOn == null) {
      return today;
    }
    var dayAfterNotice = ChinaTime.toDate(noticeEndsOn).plusDays(1);
    return dayAfterNotice.isAfter(today) ? dayAfterNotice : today;
  }

  /**
   * 不予认定, with the reason in the words of the step that decided it ({@link #reason}); a fast-tracked household goes
   * back to its status before, recorded.
   */
  void notRecognized(String caseNumber, Function<String, Object> caseVariable) {
    var reason = reason(caseVariable);
    var record = caseRecord(caseNumber);
    var now = ChinaTime.now().toInstant();
    if (record.fastTrack()) {
      var household = households.ofCase(caseNumber);
      households.changeStatus(household.id(), caseNumber, record.category(), record.category().statusBefore(),
          ChinaTime.today(), true, record.meetingRecord(), "“先帮扶、后认定”未获认定，状态回退：" + reason, now);
    }
    households.closeCase(caseNumber, Outcomes.NOT_RECOGNIZED, reason, now);
  }

  /** Why a case ends 不予认定: an upheld objection, the district's rejection, or the township's or village's no. */
  static String reason(Function<String, Object> caseVariable) {
    if (PublicNoticeProcess.Outcomes.UPHELD.equals(caseVariable.apply(PublicNoticeProcess.Variables.NOTICE_OUTCOME))) {
      return "公示异议成立：" + text(caseVariable.apply(PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON));
    }
    if (ReviewDecisions.REJECT.equals(caseVariable.apply(REVIEW_DECISION))) {
      return "区县审核不予认定：" + text(caseVariable.apply(REVIEW_COMMENT));
    }
    if (Boolean.FALSE.equals(caseVariable.apply(TOWNSHIP_PASSED))) {
      var note = caseVariable.apply(VERIFICATION_NOTE) != null ? caseVariable.apply(VERIFICATION_NOTE)
          : caseVariable.apply(APPRAISAL_NOTE);
      return "乡镇核实或村级民主评议未通过：" + text(note);
    }
    return "不予认定";
  }

  /** A quoted text, cut at 400 characters. */
  private static String text(Object value) {
    var text = value == null ? "" : value.toString();
    return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
  }

  private Households.CaseRecord caseRecord(String caseNumber) {
    return households.caseRecord(caseNumber)
        .orElseThrow(() -> new IllegalStateException("no household case " + caseNumber));
  }
}
