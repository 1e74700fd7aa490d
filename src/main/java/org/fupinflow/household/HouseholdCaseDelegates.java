package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.OUTCOME;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_COMMENT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFICATION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.HouseholdIdentificationProcess.Outcomes;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of household identification, each glue around {@link HouseholdStatusChanges}:
 * {@code ${applyFastTrack}} (先行纳入帮扶), {@code ${recognizeHousehold}} (标注监测户 / 认定即时帮扶人口 / 回退为脱贫享受政策户)
 * and {@code ${recordNotRecognized}} (不予认定).
 */
@Configuration
class HouseholdCaseDelegates {

  @Bean
  JavaDelegate applyFastTrack(HouseholdStatusChanges changes) {
    return execution -> changes.applyFastTrack(execution.getProcessBusinessKey());
  }

  /** B and C are recognised from the day after the notice period; A on the day of the review. */
  @Bean
  JavaDelegate recognizeHousehold(HouseholdStatusChanges changes) {
    return execution -> {
      var recognizedOn = ChinaTime.today();
      var noticeEndsOn = execution.getVariable(PublicNoticeProcess.Variables.NOTICE_ENDS_ON);
      if (noticeEndsOn != null) {
        var dayAfterNotice = ChinaTime.toDate(noticeEndsOn).plusDays(1);
        recognizedOn = dayAfterNotice.isAfter(recognizedOn) ? dayAfterNotice : recognizedOn;
      }
      execution.setVariable(OUTCOME, changes.recognize(execution.getProcessBusinessKey(), recognizedOn));
    };
  }

  @Bean
  JavaDelegate recordNotRecognized(HouseholdStatusChanges changes) {
    return execution -> {
      changes.notRecognized(execution.getProcessBusinessKey(), reason(execution));
      execution.setVariable(OUTCOME, Outcomes.NOT_RECOGNIZED);
    };
  }

  /** Why the case ends 不予认定, in the words of the step that decided it. */
  static String reason(DelegateExecution execution) {
    if (PublicNoticeProcess.Outcomes.UPHELD.equals(execution.getVariable(PublicNoticeProcess.Variables.NOTICE_OUTCOME))) {
      return "公示异议成立：" + text(execution.getVariable(PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON));
    }
    if (ReviewDecisions.REJECT.equals(execution.getVariable(REVIEW_DECISION))) {
      return "区县审核不予认定：" + text(execution.getVariable(REVIEW_COMMENT));
    }
    if (Boolean.FALSE.equals(execution.getVariable(TOWNSHIP_PASSED))) {
      var note = execution.getVariable(VERIFICATION_NOTE) != null ? execution.getVariable(VERIFICATION_NOTE)
          : execution.getVariable(APPRAISAL_NOTE);
      return "乡镇核实或村级民主评议未通过：" + text(note);
    }
    return "不予认定";
  }

  private static String text(Object value) {
    var text = value == null ? "" : value.toString();
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
