package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.ASSISTANCE_MEASURES;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RETURN_COUNT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_COMMENT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_CONFIRMED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_COMPLETED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFICATION_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFIED_ON;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the township steps and the district's review ({@link HouseholdCases}) and of recognition
 * ({@link HouseholdStatusChanges}) that do not reach the household tables; today is 30 September 2020 in China on the
 * engine clock.
 */
class HouseholdCaseRulesTest {

  /** Nothing these rules refuse or return reaches the household tables, so there are none. */
  private final HouseholdCases cases = new HouseholdCases(null, null, null, null, new ObjectMapper());
  private final Map<String, Object> form = new HashMap<>();

  @BeforeEach
  void itIs30September2020AndTheStepCountsFrom21September() {
    ClockUtil.setCurrentTime(ChinaTime.endOfDay(LocalDate.of(2020, 9, 30)));
    form.put(TOWNSHIP_STEP_FROM, "2020-09-21");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aVerificationDatedWithinTheStepPassesAsTheRiskIsConfirmedAndIsDoneToday() {
    form.putAll(Map.of(VERIFIED_ON, "2020-09-21", RISK_CONFIRMED, "false", VERIFICATION_NOTE, "入户核实，收入稳定"));
    var done = cases.verify(form::get);
    assertThat(done.passed()).isFalse();
    assertThat(done.variables()).isEqualTo(Map.of(TOWNSHIP_PASSED, false, TOWNSHIP_COMPLETED_ON, "2020-09-30"));
  }

  @Test
  void aStepDateBeforeTheStepOrAfterTodayIsRefusedNamingTheRange() {
    form.putAll(Map.of(RISK_CONFIRMED, true, VERIFICATION_NOTE, "核实"));
    for (var day : new String[] {"2020-09-20", "2020-10-01"}) {
      form.put(VERIFIED_ON, day);
      assertThatThrownBy(() -> cases.verify(form::get))
          .isInstanceOf(InvalidSubmission.class)
          .hasMessage(VERIFIED_ON + "：入户核实日期应在 2020-09-21 至 2020-09-30 之间 / " + VERIFIED_ON
              + ": must lie between 2020-09-21 and 2020-09-30");
    }
  }

  @Test
  void anAppraisalNeedsItsResultAndItsRecord() {
    form.put(APPRAISED_ON, "2020-09-25");
    assertThatThrownBy(() -> cases.holdVillageAppraisal(form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(APPRAISAL_PASSED + "：请选择民主评议是否通过");
    form.put(APPRAISAL_PASSED, "yes");
    assertThatThrownBy(() -> cases.holdVillageAppraisal(form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("true or false is required");
    form.put(APPRAISAL_PASSED, true);
    assertThatThrownBy(() -> cases.holdVillageAppraisal(form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(APPRAISAL_NOTE + "：评议情况必填");
    form.put(APPRAISAL_NOTE, "记".repeat(501));
    assertThatThrownBy(() -> cases.holdVillageAppraisal(form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(APPRAISAL_NOTE + "：评议情况不能超过500字");
    form.put(APPRAISAL_NOTE, "全票通过");
    assertThat(cases.holdVillageAppraisal(form::get).passed()).isTrue();
  }

  @Test
  void aReviewReturnsOnceWithAReasonAndRestartsTheTownshipsDaysFromToday() {
    form.put(REVIEW_DECISION, ReviewDecisions.RETURN);
    assertThatThrownBy(() -> cases.review("HI-daoli-2020-00001", form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(REVIEW_COMMENT + "：退回的理由必填");
    form.put(REVIEW_COMMENT, "收入未核实");
    var returned = cases.review("HI-daoli-2020-00001", form::get).orElseThrow();
    assertThat(returned).isEqualTo(new HouseholdCases.Returned(1, LocalDate.of(2020, 9, 30)));
    form.put(RETURN_COUNT, returned.returnCount());
    assertThatThrownBy(() -> cases.review("HI-daoli-2020-00001", form::get))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(REVIEW_DECISION + "：本案已退回过乡镇一次，不能再次退回，请审核通过或不予认定");
  }

  @Test
  void aReviewDecidesApproveRejectOrReturnAndKeepsItsMeasuresShort() {
    form.put(REVIEW_DECISION, "maybe");
    assertThatThrownBy(() -> cases.review("HI-daoli-2020-00001", form::get))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(REVIEW_DECISION + "：请选择审核意见：审核通过、不予认定或退回乡镇");
    form.put(REVIEW_DECISION, ReviewDecisions.REJECT);
    assertThatThrownBy(() -> cases.review("HI-daoli-2020-00001", form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(REVIEW_COMMENT + "：不予认定的理由必填");
    form.put(REVIEW_COMMENT, "收入高于标准");
    assertThat(cases.review("HI-daoli-2020-00001", form::get)).isEmpty();
    form.put(REVIEW_DECISION, ReviewDecisions.APPROVE);
    form.put(ASSISTANCE_MEASURES, "措".repeat(501));
    assertThatThrownBy(() -> cases.review("HI-daoli-2020-00001", form::get))
        .isInstanceOf(InvalidSubmission.class).hasMessageStartingWith(ASSISTANCE_MEASURES + "：帮扶措施不能超过500字");
  }

  @Test
  void categoriesWithANoticeAreRecognisedFromTheDayAfterItAndOthersToday() {
    var today = LocalDate.of(2020, 9, 30);
    assertThat(HouseholdStatusChanges.recognizedOn(null, today)).isEqualTo(today);
    assertThat(HouseholdStatusChanges.recognizedOn("2020-10-04", today)).isEqualTo(LocalDate.of(2020, 10, 5));
    assertThat(HouseholdStatusChanges.recognizedOn("2020-09-20", today)).isEqualTo(today);
  }

  @Test
  void theReasonForNotRecognisingQuotesTheStepThatDecidedIt() {
    var variables = new HashMap<String, Object>();
    assertThat(HouseholdStatusChanges.reason(variables::get)).isEqualTo("不予认定");
    variables.put(TOWNSHIP_PASSED, false);
    variables.put(APPRAISAL_NOTE, "评议未通过");
    assertThat(HouseholdStatusChanges.reason(variables::get)).isEqualTo("乡镇核实或村级民主评议未通过：评议未通过");
    variables.put(REVIEW_DECISION, ReviewDecisions.REJECT);
    variables.put(REVIEW_COMMENT, "理".repeat(401));
    assertThat(HouseholdStatusChanges.reason(variables::get)).isEqualTo("区县审核不予认定：" + "理".repeat(400) + "…");
    variables.put(PublicNoticeProcess.Variables.NOTICE_OUTCOME, PublicNoticeProcess.Outcomes.UPHELD);
    variables.put(PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON, "有财政供养人员");
    assertThat(HouseholdStatusChanges.reason(variables::get)).isEqualTo("公示异议成立：有财政供养人员");
  }
}
