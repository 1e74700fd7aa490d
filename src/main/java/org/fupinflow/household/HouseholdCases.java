package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.CASE_KIND;
import static org.fupinflow.household.HouseholdIdentificationProcess.MAX_RETURNS;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.ASSISTANCE_MEASURES;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.COLLECTED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_ID_NUMBER;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.MEMBERS;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.fupinflow.security.CaseReaders;
import org.fupinflow.security.TownshipDirectory;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Service;

/**
 * The rules of a household case's steps before its status changes ({@link HouseholdStatusChanges}): opening a case on
 * a risk report, the three township steps (入户核实, 信息采集, 村级民主评议) with their dates and the village's
 * appraisal, and the district's review. Each takes what the step's form submitted and refuses a bad submission with a
 * 400 naming the field, before anything is written; the process's listeners only pass the form on and write back
 * what is returned.
 */
@Service
class HouseholdCases {

  static final int MAX_NOTE = 500;
  private static final Set<String> REVIEW_DECISIONS =
      Set.of(ReviewDecisions.APPROVE, ReviewDecisions.REJECT, ReviewDecisions.RETURN);

  /** A case just opened: its number (the business key) and what the case carries of the report. */
  record Opened(String caseNumber, String householdId, String headName, String villageName, boolean fastTrack,
      LocalDate reportedOn) {
  }

  /** A township step done: whether it passed the household, and the day the review's 3 working days count from. */
  record TownshipStepDone(boolean passed, LocalDate completedOn) {

    /** What the case carries of it: {@code townshipPassed} for the gateway, {@code townshipCompletedOn} for the timers. */
    Map<String, Object> variables() {
      return Map.of(TOWNSHIP_PASSED, passed, TOWNSHIP_COMPLETED_ON, completedOn.toString());
    }
  }

  /** A case returned to the township: the returns so far, and the day the township's 5 working days count from. */
  record Returned(int returnCount, LocalDate townshipStepFrom) {
  }

  private final CaseNumbers caseNumbers;
  private final TownshipDirectory townships;
  private final Households households;
  private final CaseReaders caseReaders;
  private final ObjectMapper json;

  HouseholdCases(CaseNumbers caseNumbers, TownshipDirectory townships, Households households, CaseReaders caseReaders,
                 ObjectMapper json) {
    this.caseNumbers = caseNumbers;
    this.townships = townships;
    this.households = households;
    this.caseReaders = caseReaders;
    this.json = json;
  }

  /**
   * A risk report (the start variables as sent) becomes a case: refused (400, nothing is started) when invalid, when
   * the officer reports for another township or when the household already has a running case. The household is
   * found again by its head's resident ID within the district, or filed; the case gets its number; the township's
   * officers may read the case and its history, officers of other townships may not.
   */
  Opened open(Map<String, Object> report, String processInstanceId) {
    var now = ChinaTime.now();
    var risk = RiskReport.from(report, ChinaTime.dateOf(now));
    townships.checkMayActFor(risk.districtCode(), risk.townshipCode());
    var household = households.findOrCreate(risk, now.toInstant());
    households.openCase(household.id()).ifPresent(running -> {
      throw new InvalidSubmission(HEAD_ID_NUMBER, "该户已有进行中的识别认定案件 " + running,
          "this household already has a running case " + running);
    });
    var caseNumber = caseNumbers.next(CASE_KIND, risk.districtCode(), now.toInstant());
    households.openCase(caseNumber, household.id(), processInstanceId, risk, now.toInstant());
    caseReaders.grantTownship(processInstanceId, risk.districtCode(), risk.townshipCode());
    return new Opened(caseNumber, household.id(), risk.headName(), risk.villageName(), risk.fastTrack(),
        risk.reportedOn());
  }

  /** 乡镇入户核实 (category A): its date, whether the risk is confirmed, and the verification's record. */
  TownshipStepDone verify(Function<String, Object> form) {
    dateWithinStep(form, VERIFIED_ON, "入户核实日期");
    var confirmed = requiredBoolean(form, RISK_CONFIRMED, "请确认返贫致贫风险是否属实");
    requiredNote(form, VERIFICATION_NOTE, "核实情况");
    return done(confirmed);
  }

  /** 村级民主评议 (category C): the appraisal's date, result and record. */
  TownshipStepDone holdVillageAppraisal(Function<String, Object> form) {
    return done(villageAppraisal(form));
  }

  /**
   * 乡镇信息采集 and 村级民主评议 (category B): the collection (members with resident IDs, incomes, risks) and the
   * appraisal are checked, then the members and incomes are filed in the household tables. The household is the one
   * the case number was opened for, and its head keeps the resident ID reported when the case started.
   */
  TownshipStepDone collectInformation(String caseNumber, Function<String, Object> form) {
    var collectedOn = dateWithinStep(form, COLLECTED_ON, "采集日期");
    var information = HouseholdInformation.from(form.apply(HOUSEHOLD), HouseholdInformation.submittedMembers(form, json),
        ChinaTime.today(), json);
    var risks = RiskReport.risks(form);
    var passed = villageAppraisal(form);
    var household = households.ofCase(caseNumber);
    if (!information.head().idNumber().startsWith(household.headIdNumber())) {
      throw new InvalidSubmission(MEMBERS, "户主的身份证号码与上报时的户主身份证号码不一致",
          "the head's resident ID differs from the one reported when the case started");
    }
    households.saveInformation(household.id(), caseNumber, collectedOn, information, ChinaTime.now().toInstant());
    households.updateRisks(caseNumber, risks);
    return done(passed);
  }

  /**
   * 区县审核: approve (with optional assistance measures, recorded), reject with reasons, or return to the township
   * with a reason, once ({@value HouseholdIdentificationProcess#MAX_RETURNS}). A return restarts the township's 5
   * working days from today and is returned; approval and rejection return nothing.
   */
  Optional<Returned> review(String caseNumber, Function<String, Object> form) {
    if (!(form.apply(REVIEW_DECISION) instanceof String decision) || !REVIEW_DECISIONS.contains(decision)) {
      throw new InvalidSubmission(REVIEW_DECISION, "请选择审核意见：审核通过、不予认定或退回乡镇",
          "must be approve, reject or return");
    }
    switch (decision) {
      case ReviewDecisions.APPROVE -> {
        var measures = form.apply(ASSISTANCE_MEASURES);
        if (measures instanceof String text && text.length() > MAX_NOTE) {
          throw new InvalidSubmission(ASSISTANCE_MEASURES, "帮扶措施不能超过500字", "at most 500 characters");
        }
        if (measures instanceof String text && !text.isBlank()) {
          households.recordAssistanceMeasures(caseNumber, text.trim());
        }
        return Optional.empty();
      }
      case ReviewDecisions.REJECT -> {
        requiredNote(form, REVIEW_COMMENT, "不予认定的理由");
        return Optional.empty();
      }
      default -> {
        requiredNote(form, REVIEW_COMMENT, "退回的理由");
        int returns = form.apply(RETURN_COUNT) instanceof Number number ? number.intValue() : 0;
        if (returns >= MAX_RETURNS) {
          throw new InvalidSubmission(REVIEW_DECISION, "本案已退回过乡镇一次，不能再次退回，请审核通过或不予认定",
              "the case was already returned once; approve or reject it");
        }
        return Optional.of(new Returned(returns + 1, ChinaTime.today()));
      }
    }
  }

  /** A date of the step: not before the day its period counts from, not after today. */
  static LocalDate dateWithinStep(Function<String, Object> form, String variable, String chineseName) {
    var from = ChinaTime.toDate(form.apply(TOWNSHIP_STEP_FROM));
    var today = ChinaTime.today();
    var date = InvalidSubmission.date(form.apply(variable), variable, chineseName);
    if (date.isBefore(from) || date.isAfter(today)) {
      throw new InvalidSubmission(variable, chineseName + "应在 " + from + " 至 " + today + " 之间",
          "must lie between " + from + " and " + today);
    }
    return date;
  }

  static boolean requiredBoolean(Function<String, Object> form, String variable, String chineseQuestion) {
    var value = form.apply(variable);
    if (value instanceof Boolean answer) {
      return answer;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new InvalidSubmission(variable, chineseQuestion, "true or false is required");
  }

  static String requiredNote(Function<String, Object> form, String variable, String chineseName) {
    if (!(form.apply(variable) instanceof String note) || note.isBlank()) {
      throw new InvalidSubmission(variable, chineseName + "必填", "is required");
    }
    if (note.length() > MAX_NOTE) {
      throw new InvalidSubmission(variable, chineseName + "不能超过500字", "at most 500 characters");
    }
    return note;
  }

  /** 村级民主评议: its date, result and record. Returns whether the village passed the household. */
  static boolean villageAppraisal(Function<String, Object> form) {
    dateWithinStep(form, APPRAISED_ON, "民主评议日期");
    var passed = requiredBoolean(form, APPRAISAL_PASSED, "请选择民主评议是否通过");
    requiredNote(form, APPRAISAL_NOTE, "评议情况");
    return passed;
  }

  /** Ends a township step: the review's 3 working days count from today. */
  private static TownshipStepDone done(boolean passed) {
    return new TownshipStepDone(passed, ChinaTime.today());
  }
}
