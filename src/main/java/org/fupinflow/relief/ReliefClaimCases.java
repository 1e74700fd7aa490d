package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Variables.BASIC_INSURANCE_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECKED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_COMMENT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_DECISION;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_REQUESTED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.COMPLIANT_COSTS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CRITICAL_ILLNESS_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.DISABILITY_LEVEL;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.EVENT_DATE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.EVENT_TYPE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.EVENT_TYPE_LABEL;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.HOSPITAL_WAIVERS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORMED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORM_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INSURED_ID_NUMBER;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INSURED_NAME;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.MEDICAL_AID_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.OUTCOME_LABEL;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.OUTCOME_REASON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_AMOUNT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAYMENT_DUE_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAYOUT_AMOUNT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAYOUT_RULE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PERSON_ID_MASKED;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PERSON_NAME;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.REPORTED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.REPORT_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.TOWNSHIP_CODE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.TOWNSHIP_NAME;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_DISABILITY_LEVEL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.money.Yuan;
import org.fupinflow.relief.ReliefClaim.Figures;
import org.fupinflow.relief.ReliefClaim.Outcome;
import org.fupinflow.relief.ReliefClaimProcess.Decisions;
import org.fupinflow.security.CaseReaders;
import org.fupinflow.security.Districts;
import org.fupinflow.security.TownshipDirectory;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Service;

/**
 * The rules of a relief claim's steps ({@code relief-claim.bpmn}): the township's report, the district office's check,
 * the insurer's verified figures or its not-eligible reason, the person's year to date for {@code relief-payout.dmn} and
 * the decision's payout, the payment, telling the applicant and the end. Each takes what the step's form or the
 * insurer's worker submitted, refuses bad input with a 400 naming the field before anything is written (the engine's
 * transaction then rolls back and nothing moves), records the step in {@code relief_claim} and returns what the case
 * shows of it ({@link ClaimVariables}); the process's steps only pass the submission on and write back what is returned.
 */
@Service
class ReliefClaimCases {

  static final int MAX_NOTE = 500;
  /** The inputs of {@code relief-payout.dmn} besides the event type and level, set for the decision only. */
  static final String CLAIM_COMPLIANT_COSTS_FEN = "claimCompliantCostsFen";
  static final String YEAR_COMPLIANT_COSTS_FEN = "yearCompliantCostsFen";
  static final String YEAR_OWN_SHARE_FEN = "yearOwnShareFen";
  static final String YEAR_PAID_BEFORE_FEN = "yearPaidBeforeFen";
  static final List<String> YEAR_TO_DATE_INPUTS = List.of(CLAIM_COMPLIANT_COSTS_FEN, YEAR_COMPLIANT_COSTS_FEN,
      YEAR_OWN_SHARE_FEN, YEAR_PAID_BEFORE_FEN);

  /** A claim just filed: its number (the business key) and what the case shows of it. */
  record Registered(String caseNumber, ClaimVariables variables) {
  }

  private final ReliefClaims claims;
  private final InsuredPeople insuredPeople;
  private final InsuranceFund insuranceFund;
  private final CaseNumbers caseNumbers;
  private final TownshipDirectory townships;
  private final CaseReaders caseReaders;
  private final Districts districts;
  private final HolidayCalendar holidays;

  ReliefClaimCases(ReliefClaims claims, InsuredPeople insuredPeople, InsuranceFund insuranceFund, CaseNumbers caseNumbers,
      TownshipDirectory townships, CaseReaders caseReaders, Districts districts, HolidayCalendar holidays) {
    this.claims = claims;
    this.insuredPeople = insuredPeople;
    this.insuranceFund = insuranceFund;
    this.caseNumbers = caseNumbers;
    this.townships = townships;
    this.caseReaders = caseReaders;
    this.districts = districts;
    this.holidays = holidays;
  }

  /**
   * The township's report. The person is found by resident ID among the district's insured people, must live in the
   * reporting township, be insured on the event's day and be named as the tables name them; a second claim for the
   * same person and event is refused. The ID number goes to {@code relief_claim} only: the case loses it and the typed
   * name, and shows the person's name, the masked ID and the reported figures instead.
   */
  Registered register(Map<String, Object> submitted, String processInstanceId, String reportedBy) {
    var now = ChinaTime.now();
    var today = ChinaTime.dateOf(now);
    var district = (String) submitted.get(DISTRICT_CODE);
    var township = InvalidSubmission.text(submitted.get(TOWNSHIP_CODE), TOWNSHIP_CODE, "乡镇", 64);
    townships.checkMayActFor(district, township);
    var type = EventType.ofCode(String.valueOf(submitted.get(EVENT_TYPE))).orElseThrow(() -> new InvalidSubmission(
        EVENT_TYPE, "事故类型应为 住院医疗、意外身故、意外伤残 或 意外伤害医疗", "the event type is one of " + EventType.codes()));
    Integer level = null;
    if (type == EventType.ACCIDENT_DISABILITY) {
      level = ReliefForms.level(submitted.get(DISABILITY_LEVEL), DISABILITY_LEVEL);
    } else if (submitted.get(DISABILITY_LEVEL) != null && !"".equals(submitted.get(DISABILITY_LEVEL))) {
      throw new InvalidSubmission(DISABILITY_LEVEL, "只有意外伤残填写伤残等级", "a disability level belongs to accident disability only");
    }
    var eventDate = InvalidSubmission.date(submitted.get(EVENT_DATE), EVENT_DATE, "事故（入院）日期");
    if (eventDate.isAfter(today)) {
      throw new InvalidSubmission(EVENT_DATE, "事故（入院）日期不能晚于今天：" + eventDate, "the event cannot lie in the future: "
          + eventDate);
    }
    var figures = ReliefForms.reported(submitted, type);
    if (!(submitted.get(INSURED_ID_NUMBER) instanceof String typed) || typed.isBlank()) {
      throw new InvalidSubmission(INSURED_ID_NUMBER, "救助对象身份证号必填", "the insured person's resident ID is required");
    }
    var idNumber = IdNumbers.checked(typed, today, INSURED_ID_NUMBER, "救助对象身份证号：");
    var typedName = InvalidSubmission.text(submitted.get(INSURED_NAME), INSURED_NAME, "救助对象姓名", 50);
    var person = insuredPeople.person(district, idNumber, eventDate).orElseThrow(() -> new InvalidSubmission(
        INSURED_ID_NUMBER, "本区县的脱贫户和监测户中没有此身份证号的人员", "no member of the district's monitored households has this ID number"));
    if (!person.township().equals(township)) {
      throw new InvalidSubmission(INSURED_ID_NUMBER, "此人不属于乡镇 " + township + "，请由其所在乡镇上报",
          "this person does not live in township " + township + "; their own township reports");
    }
    if (!person.name().strip().equals(typedName)) {
      throw new InvalidSubmission(INSURED_NAME, "姓名与身份证号登记的人员不符", "the name does not match the person with this ID number");
    }
    if (person.cover() == null || !person.cover().covers(eventDate)) {
      throw new InvalidSubmission(EVENT_DATE, person.cover() == null
          ? "此人 " + eventDate.getYear() + " 年度未参保（非脱贫享受政策户或即时帮扶人口）"
          : "事故日期不在保障期内（" + person.cover().from() + " 至 " + person.cover().to() + "）",
          person.cover() == null ? "the person was not insured in " + eventDate.getYear()
              : "the event lies outside the cover (" + person.cover().from() + " to " + person.cover().to() + ")");
    }
    claims.lockHousehold(person.householdId());
    claims.sameEvent(idNumber, type, eventDate).ifPresent(running -> {
      throw new InvalidSubmission(EVENT_DATE, "此人此次事故已有救助申请 " + running + "，不能重复申请",
          "this person already has claim " + running + " for this event");
    });
    var note = InvalidSubmission.optionalText(submitted.get(REPORT_NOTE), REPORT_NOTE, "情况说明", MAX_NOTE);
    var caseNumber = caseNumbers.next(ReliefClaimProcess.CASE_KIND, district, now.toInstant());
    claims.insert(new ReliefClaims.NewClaim(caseNumber, processInstanceId, district, township, person.householdId(),
        person.name(), person.idNumber(), type, level, eventDate, today, reportedBy, figures, now));
    caseReaders.grantTownship(processInstanceId, district, township);

    var variables = new ClaimVariables()
        .remove(INSURED_ID_NUMBER)
        .remove(INSURED_NAME)
        .show(ReliefClaimProcess.Variables.CASE_NUMBER, caseNumber)
        .show(TOWNSHIP_CODE, township)
        .show(PERSON_NAME, person.name())
        .show(PERSON_ID_MASKED, IdNumbers.mask(person.idNumber()))
        .show(TOWNSHIP_NAME, districts.townshipNames(district).getOrDefault(township, township))
        .show(EVENT_TYPE, type.code())
        .show(EVENT_TYPE_LABEL, type.label() + (level == null ? "" : "（" + level + "级）"))
        .show(DISABILITY_LEVEL, level)
        .show(EVENT_DATE, eventDate.toString())
        .show(REPORTED_ON, today.toString())
        .show(REPORT_NOTE, note);
    showFigures(variables, type, figures, COMPLIANT_COSTS, BASIC_INSURANCE_PAID, CRITICAL_ILLNESS_PAID,
        HOSPITAL_WAIVERS, MEDICAL_AID_PAID);
    return new Registered(caseNumber, variables);
  }

  /**
   * 审核并提请核查: forwarding to the insurer starts the 30 working days today; a refusal (不予受理) needs its reason
   * and ends the claim.
   */
  ClaimVariables check(String caseNumber, Object decision, Object commentGiven) {
    var comment = InvalidSubmission.optionalText(commentGiven, CHECK_COMMENT, "审核意见", MAX_NOTE);
    var today = ChinaTime.today();
    if (Decisions.FORWARD.equals(decision)) {
      var due = holidays.current().addWorkingDays(today, ReliefClaimProcess.PAYMENT_WORKING_DAYS);
      claims.checkRequested(caseNumber, today, due);
      return new ClaimVariables().show(CHECK_REQUESTED_ON, today.toString()).show(PAYMENT_DUE_ON, due.toString());
    }
    if (Decisions.REJECT.equals(decision)) {
      if (comment == null) {
        throw new InvalidSubmission(CHECK_COMMENT, "不予受理须写明理由", "a refusal needs its reason");
      }
      return end(caseNumber, Outcome.REJECTED, comment, today);
    }
    throw new InvalidSubmission(CHECK_DECISION, "审核结论应为 提请保险公司核查（forward）或 不予受理（reject）",
        "the decision is forward or reject: " + decision);
  }

  /** The insurer's check completed: the verified figures, refused unless complete and consistent. */
  ClaimVariables recordCheck(String caseNumber, Map<String, Object> submitted) {
    var claim = claims.get(caseNumber);
    var verified = ReliefForms.verified(submitted, claim.eventType());
    Integer level = null;
    if (claim.eventType() == EventType.ACCIDENT_DISABILITY) {
      level = ReliefForms.level(submitted.get(VERIFIED_DISABILITY_LEVEL), VERIFIED_DISABILITY_LEVEL);
    }
    var checkedOn = ReliefForms.dateBetween(submitted.get(CHECKED_ON), CHECKED_ON, "核查日期", claim.checkRequestedOn(),
        "提请核查之日", ChinaTime.today());
    var note = InvalidSubmission.optionalText(submitted.get(CHECK_NOTE), CHECK_NOTE, "核查说明", MAX_NOTE);
    claims.checked(claim.caseNumber(), verified, level, checkedOn, note);
    var variables = new ClaimVariables().show(VERIFIED_DISABILITY_LEVEL, level);
    showFigures(variables, claim.eventType(), verified, ReliefClaimProcess.Variables.VERIFIED_COMPLIANT_COSTS,
        ReliefClaimProcess.Variables.VERIFIED_BASIC_INSURANCE_PAID,
        ReliefClaimProcess.Variables.VERIFIED_CRITICAL_ILLNESS_PAID, ReliefClaimProcess.Variables.VERIFIED_HOSPITAL_WAIVERS,
        ReliefClaimProcess.Variables.VERIFIED_MEDICAL_AID_PAID);
    return variables;
  }

  /** The insurer's BPMN error 不符合救助条件: the reason (the error's message) is required and ends the claim. */
  ClaimVariables recordNotEligible(String caseNumber, Object reasonGiven) {
    var reason = InvalidSubmission.text(reasonGiven, "errorMessage", "不符合救助条件的理由（errorMessage）", MAX_NOTE);
    return end(caseNumber, Outcome.NOT_ELIGIBLE, reason, ChinaTime.today());
  }

  /**
   * The inputs of {@code relief-payout.dmn}, from the register: the claim's verified figures and the person's year to
   * date in this kind of event (claims whose payout is settled).
   */
  Map<String, Object> yearToDate(String caseNumber) {
    var claim = claims.get(caseNumber);
    var verified = Objects.requireNonNullElse(claim.verified(), Figures.NONE);
    long yearCosts = verified.compliantCostsFen();
    long yearOwnShare = verified.ownShareFen();
    long paidBefore = 0;
    for (var earlier : claims.settledThisYear(claim)) {
      var figures = Objects.requireNonNullElse(earlier.verified(), Figures.NONE);
      yearCosts = Math.addExact(yearCosts, figures.compliantCostsFen());
      yearOwnShare = Math.addExact(yearOwnShare, figures.ownShareFen());
      paidBefore = Math.addExact(paidBefore, earlier.payoutFen());
    }
    var inputs = new HashMap<String, Object>();
    inputs.put("eventType", claim.eventType().code());
    inputs.put("disabilityLevel", claim.levelThatCounts());
    inputs.put(CLAIM_COMPLIANT_COSTS_FEN, verified.compliantCostsFen());
    inputs.put(YEAR_COMPLIANT_COSTS_FEN, yearCosts);
    inputs.put(YEAR_OWN_SHARE_FEN, yearOwnShare);
    inputs.put(YEAR_PAID_BEFORE_FEN, paidBefore);
    return inputs;
  }

  /**
   * The decision's result ({@code payoutFen}, {@code rule}) is the claim's payout; nothing payable ends the claim. The
   * decision's year-to-date inputs leave the case.
   */
  ClaimVariables recordPayout(String caseNumber, Map<String, Object> decision) {
    long payout = ((Number) decision.get("payoutFen")).longValue();
    var rule = (String) decision.get("rule");
    claims.payoutComputed(caseNumber, payout, rule);
    var variables = payout == 0
        ? end(caseNumber, Outcome.NOTHING_PAYABLE, "按规则核定救助金为 0 元 / the rules give 0 yuan: " + rule,
            ChinaTime.today())
        : new ClaimVariables();
    YEAR_TO_DATE_INPUTS.forEach(variables::remove);
    return variables.show(PAYOUT_AMOUNT, plain(payout)).show(PAYOUT_RULE, rule);
  }

  /**
   * 登记救助金发放 (the insurer): paid between the check and today, and the amount must be the computed one, to the
   * fen; the payout enters the relief register, the insurance fund's account and the public board.
   */
  ClaimVariables pay(String caseNumber, Object paidOnGiven, Object amountGiven) {
    var claim = claims.get(caseNumber);
    var from = claim.checkedOn() != null ? claim.checkedOn() : claim.checkRequestedOn();
    var paidOn = ReliefForms.dateBetween(paidOnGiven, PAID_ON, "发放日期", from, "核查日期", ChinaTime.today());
    var amount = ReliefForms.yuan(amountGiven, PAID_AMOUNT, "发放金额", null);
    if (amount != claim.payoutFen()) {
      throw new InvalidSubmission(PAID_AMOUNT, "发放金额应为核定的救助金 " + Yuan.format(claim.payoutFen()) + " 元，填报的是 "
          + Yuan.format(amount) + " 元", "the amount paid must be the computed payout of " + Yuan.format(claim.payoutFen())
          + " yuan, not " + Yuan.format(amount));
    }
    claims.paid(claim.caseNumber(), paidOn, amount);
    claims.outcome(claim.caseNumber(), Outcome.PAID, null, paidOn);
    insuranceFund.record("relief-claim:" + claim.caseNumber() + ":payout", claim.district(), claim.eventDate().getYear(),
        InsuranceFund.Kind.PAYOUT, amount, claim.caseNumber(), null,
        claim.eventType().label() + "救助金，" + IdNumbers.maskName(claim.personName()), paidOn);
    return new ClaimVariables().show(OUTCOME_LABEL, Outcome.PAID.label());
  }

  /** 告知申请人 (the township): the day the applicant was told, between the claim's end and today. */
  void inform(String caseNumber, Object informedOnGiven, Object noteGiven) {
    var claim = claims.get(caseNumber);
    var informedOn = ReliefForms.dateBetween(informedOnGiven, INFORMED_ON, "告知日期", claim.outcomeOn(), "办结之日",
        ChinaTime.today());
    InvalidSubmission.optionalText(noteGiven, INFORM_NOTE, "告知情况", MAX_NOTE);
    claims.informed(claim.caseNumber(), informedOn);
  }

  /** The process ended, however it ended. */
  void close(String processInstanceId) {
    claims.ended(processInstanceId, ChinaTime.now());
  }

  private ClaimVariables end(String caseNumber, Outcome outcome, String reason, LocalDate on) {
    claims.outcome(caseNumber, outcome, reason, on);
    return new ClaimVariables().show(OUTCOME_LABEL, outcome.label()).show(OUTCOME_REASON, reason);
  }

  private static void showFigures(ClaimVariables variables, EventType type, Figures figures, String costs,
      String basic, String critical, String waivers, String aid) {
    if (!type.medical()) {
      for (var name : List.of(costs, basic, critical, waivers, aid)) {
        variables.remove(name);
      }
      return;
    }
    variables.show(costs, plain(figures.compliantCostsFen()))
        .show(basic, plain(figures.basicInsuranceFen()))
        .show(critical, plain(figures.criticalIllnessFen()))
        .show(waivers, plain(figures.hospitalWaiversFen()))
        .show(aid, plain(figures.medicalAidFen()));
  }

  /** Yuan as the variables carry them, for forms and the insurer's worker alike: {@code 12345.60}. */
  private static String plain(long fen) {
    return Yuan.of(fen).toPlainString();
  }
}
