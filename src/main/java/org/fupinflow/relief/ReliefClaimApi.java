package org.fupinflow.relief;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.household.HouseholdHistory;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.money.Yuan;
import org.fupinflow.relief.ReliefClaim.Figures;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.NotYourDistrict;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/relief-claims} and {@code /api/relief-claims/{caseNumber}}: the relief register of the
 * official's districts — each claim with its days used and left of the 30 working days from the request to the
 * insurer (000 asks districts to report them). Township officers read their own township's claims; district
 * offices their district's; the city, supervisors and the insurers (who serve several districts) all of theirs.
 * ID numbers are masked for everybody.
 */
@RestController
class ReliefClaimApi implements HouseholdHistory {

  static final EnumSet<Roles> READERS = EnumSet.of(Roles.TOWNSHIP_OFFICERS, Roles.DISTRICT_POVERTY_OFFICE,
      Roles.DISTRICT_FINANCE, Roles.CITY_POVERTY_OFFICE, Roles.CITY_FINANCE, Roles.SUPERVISORS, Roles.INSURERS,
      Roles.ADMINS);
  private static final Pattern CASE_NUMBER = Pattern.compile("RC-[a-z0-9-]{1,60}-\\d{4}-\\d{1,10}");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  record Amounts(BigDecimal compliantCosts, BigDecimal basicInsurancePaid, BigDecimal criticalIllnessPaid,
      BigDecimal hospitalWaivers, BigDecimal medicalAidPaid, BigDecimal ownShare) {
  }

  /** The 30 working days from the request to the insurer: used up to payment (or today), left, and whether late. */
  record Deadline(LocalDate checkRequestedOn, LocalDate paymentDueOn, int workingDaysUsed, int workingDaysLeft,
      boolean overdue) {
  }

  record ClaimView(String caseNumber, String district, String districtName, String township, String townshipName,
      String householdId, String personName, String personIdNumber, String eventType, String eventTypeLabel,
      Integer disabilityLevel, LocalDate eventDate, LocalDate reportedOn, String reportedBy, Amounts reported,
      Deadline deadline, Amounts verified, Integer verifiedDisabilityLevel, LocalDate checkedOn, String checkNote,
      BigDecimal payout, String payoutRule, LocalDate paidOn, BigDecimal paidAmount, String outcome,
      String outcomeLabel, String outcomeReason, LocalDate informedOn, boolean open) {
  }

  record Register(int count, int open, int paid, BigDecimal paidTotal, int paidWithin30WorkingDays,
      List<ClaimView> claims) {
  }

  private final ReliefClaims claims;
  private final Districts districts;
  private final HolidayCalendar holidays;

  ReliefClaimApi(ReliefClaims claims, Districts districts, HolidayCalendar holidays) {
    this.claims = claims;
    this.districts = districts;
    this.holidays = holidays;
  }

  @Operation(operationId = "listReliefClaims",
      summary = "防贫保险救助登记簿 / The relief claim register",
      description = "乡镇扶贫干部看本乡镇的救助案件，区县扶贫办和区县财政局看本区县的，市扶贫办、市财政局、督查和保险承"
      + "办机构看其各区县的；其他区县 403。每个案件：被保险人（身份证号码打码）、事件、乡镇上报和保险公司核定的金额、"
      + "期限（提请核查日、应付日 = 其后30个工作日、已用和剩余工作日、是否超期）、救助金及规则、发放和结果。列表另有 "
      + "count、open、paid、paidTotal 和 paidWithin30WorkingDays。金额以元计，两位小数。 / Township officers read "
      + "their township's claims, district offices and district finance their district's, the city, supervisors and "
      + "insurers those of their districts; another district is 403. Each claim: the person (ID masked), the event, "
      + "the reported and verified figures, the deadline (request day, payment due 30 working days later, working "
      + "days used and left, overdue), the payout and its rule, the payment and the outcome. The list adds count, "
      + "open, paid, paidTotal and paidWithin30WorkingDays. Amounts in yuan, two decimals.")
  @GetMapping("/api/relief-claims")
  Register list(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "区县代码；未知区县 400，其他区县 403 / District code; unknown is 400, another district "
          + "403", example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "乡镇代码 / Township code", example = "xinnong")
      @RequestParam(required = false) String township,
      @Parameter(description = "农户编号（UUID） / Household id (UUID)")
      @RequestParam(required = false) String household,
      @Parameter(description = "true 只列未结案件，false 只列已结案件 / true: open claims only, false: closed ones "
          + "only")
      @RequestParam(required = false) Boolean open) {
    requireReader(official);
    code("district", district);
    code("township", township);
    if (household != null && !household.matches("[0-9a-f-]{36}")) {
      throw new InvalidRequestException("参数 household 应为农户编号（UUID） / Parameter household must be a household id (UUID)");
    }
    if (district != null) {
      districts.name(district).orElseThrow(() -> new InvalidRequestException("参数 district：未知区县 " + district
          + " / Parameter district: unknown district " + district));
      NotYourDistrict.check(official, district);
    }
    var names = new RegionNames(districts);
    var visible = claims.find(official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds(), district, township,
        household, open).stream().filter(claim -> mayRead(official, claim)).map(claim -> view(claim, names)).toList();
    var paid = visible.stream().filter(claim -> claim.paidAmount() != null).toList();
    return new Register(visible.size(), (int) visible.stream().filter(ClaimView::open).count(), paid.size(),
        paid.stream().map(ClaimView::paidAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
        (int) paid.stream().filter(claim -> !claim.deadline().overdue()).count(), visible);
  }

  @Operation(operationId = "getReliefClaim",
      summary = "一个救助案件 / One relief claim",
      description = "乡镇扶贫干部看本乡镇的救助案件，区县扶贫办和区县财政局看本区县的，市扶贫办、市财政局、督查和保险承"
      + "办机构看其各区县的；其他区县 403。不可见或没有的案件 404。 / Township officers read their township's claims, "
      + "district offices and district finance their district's, the city, supervisors and insurers those of their "
      + "districts; another district is 403. A claim the caller may not see, or none, is 404.")
  @GetMapping("/api/relief-claims/{caseNumber}")
  ClaimView one(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "救助案件编号 / Relief case number", example = "RC-daoli-2020-00001")
      @PathVariable String caseNumber) {
    requireReader(official);
    if (!CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new InvalidRequestException("救助案件编号应形如 RC-daoli-2020-00001 / A relief case number looks like "
          + "RC-daoli-2020-00001");
    }
    var claim = claims.find(caseNumber).filter(found -> official.isMemberOf(Roles.ADMINS)
        || official.tenantIds().contains(found.district())).filter(found -> mayRead(official, found))
        .orElseThrow(() -> ApiRefusal.notFound("没有救助案件 " + caseNumber + "，或不属于您的区县、乡镇 / No relief claim "
            + caseNumber + " in your districts or township"));
    return view(claim, new RegionNames(districts));
  }

  @Override
  public List<HouseholdHistory.Entry> of(String householdId) {
    return claims.find(null, null, null, householdId, null).stream().map(claim -> new HouseholdHistory.Entry(
        claim.caseNumber(), ReliefClaimProcess.KEY, "防贫保险救助", claim.personName(), claim.reportedOn(),
        claim.outcome() == null ? (claim.checkRequestedOn() == null ? "待区县审核" : "保险公司核查赔付中")
            : claim.outcome().label(), claim.paidAmountFen() == null ? null : Yuan.of(claim.paidAmountFen()))).toList();
  }

  private void requireReader(FupinPrincipal official) {
    if (READERS.stream().noneMatch(official::isMemberOf)) {
      throw ApiRefusal.forbidden("您的角色不能查看救助案件 / Your roles may not read relief claims");
    }
  }

  /** A township officer (who is not also a district official) reads their own township's claims only. */
  private static boolean mayRead(FupinPrincipal official, ReliefClaim claim) {
    if (!official.isMemberOf(Roles.TOWNSHIP_OFFICERS)) {
      return true;
    }
    var districtWide = READERS.stream().filter(role -> role != Roles.TOWNSHIP_OFFICERS).anyMatch(official::isMemberOf);
    return districtWide || official.groupIds().contains(Townships.groupId(claim.district(), claim.township()));
  }

  private static void code(String parameter, String value) {
    if (value != null && !CODE.matcher(value).matches()) {
      throw new InvalidRequestException("参数 " + parameter + " 应为小写拼音代码 / Parameter " + parameter
          + " must be a lower-case pinyin code");
    }
  }

  private ClaimView view(ReliefClaim claim, RegionNames names) {
    var districtName = names.district(claim.district());
    var townshipName = names.township(claim.district(), claim.township());
    return new ClaimView(claim.caseNumber(), claim.district(), districtName, claim.township(), townshipName,
        claim.householdId(), claim.personName(), IdNumbers.mask(claim.personIdNumber()), claim.eventType().code(),
        claim.eventType().label(), claim.disabilityLevel(), claim.eventDate(), claim.reportedOn(), claim.reportedBy(),
        amounts(claim.eventType(), claim.reported()), deadline(claim), amounts(claim.eventType(), claim.verified()),
        claim.verifiedDisabilityLevel(), claim.checkedOn(), claim.checkNote(),
        claim.payoutFen() == null ? null : Yuan.of(claim.payoutFen()), claim.payoutRule(), claim.paidOn(),
        claim.paidAmountFen() == null ? null : Yuan.of(claim.paidAmountFen()),
        claim.outcome() == null ? null : claim.outcome().name(), claim.outcome() == null ? null : claim.outcome().label(),
        claim.outcomeReason(), claim.informedOn(), claim.endedAt() == null);
  }

  private Deadline deadline(ReliefClaim claim) {
    if (claim.checkRequestedOn() == null) {
      return null;
    }
    var until = claim.paidOn() != null ? claim.paidOn()
        : claim.outcome() != null && claim.outcomeOn() != null ? claim.outcomeOn() : ChinaTime.today();
    int used = holidays.current().workingDaysBetween(claim.checkRequestedOn(), until);
    return new Deadline(claim.checkRequestedOn(), claim.paymentDueOn(), used,
        Math.max(0, ReliefClaimProcess.PAYMENT_WORKING_DAYS - used), used > ReliefClaimProcess.PAYMENT_WORKING_DAYS);
  }

  private static Amounts amounts(EventType type, Figures figures) {
    if (figures == null || !type.medical()) {
      return null;
    }
    return new Amounts(Yuan.of(figures.compliantCostsFen()), Yuan.of(figures.basicInsuranceFen()),
        Yuan.of(figures.criticalIllnessFen()), Yuan.of(figures.hospitalWaiversFen()), Yuan.of(figures.medicalAidFen()),
        Yuan.of(figures.ownShareFen()));
  }
}
