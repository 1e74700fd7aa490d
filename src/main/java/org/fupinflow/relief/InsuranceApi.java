package org.fupinflow.relief;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.documents.Downloads;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.documents.Signatories;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.NotYourDistrict;
import org.fupinflow.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The insurance year of a district: {@code GET /api/insurance/{year}/insured?district=} (JSON),
 * {@code /insured.xlsx} (the same as Excel), {@code /premiums} (the premium need, the upper-level funds received
 * and the district's matching) and {@code /fund} (the insurance fund's account: premiums paid, top-ups, payouts). For the district's poverty office, the city poverty office, city finance,
 * supervisors and administrators; another district's official gets 403 naming the district.
 */
@RestController
class InsuranceApi {

  /** Parameters described once for the API reference (Chinese / English). */
  private static final String INSURANCE_YEAR = "参保年度，四位数字，2015 至明年 / Insurance year, four digits, 2015 to next year";
  private static final String DISTRICT_REQUIRED = "区县代码，必填；未知区县 400 / District code, required; unknown is 400";

  /** The fund line on which the province and the city send their premium subsidies (资金名称). */
  static final String FUND_LINE = PremiumNeeds.FUND_LINE;
  /** The first insurance year the product knows; the latest is next year (planning ahead). */
  static final int FIRST_YEAR = 2015;
  static final EnumSet<Roles> READERS = EnumSet.of(Roles.DISTRICT_POVERTY_OFFICE, Roles.CITY_POVERTY_OFFICE,
      Roles.CITY_FINANCE, Roles.SUPERVISORS, Roles.ADMINS);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern ECHOABLE = Pattern.compile("[A-Za-z0-9-]{1,12}");

  record Insured(String district, String districtName, int year, int count, List<InsuredPerson> people) {
  }

  record PerPerson(BigDecimal medical, BigDecimal accident, BigDecimal total) {
  }

  record UpperLevelFunds(FundLevel level, String levelLabel, BigDecimal received) {
  }

  record Premiums(String district, String districtName, int year, int insuredPeople, PerPerson premiumPerPerson,
      BigDecimal need, String fundLine, List<UpperLevelFunds> upperLevelFunds, BigDecimal upperLevelTotal,
      BigDecimal districtMatching, BigDecimal surplus, String note) {
  }

  record FundEntry(long entryNo, InsuranceFund.Kind kind, String kindLabel, BigDecimal amount, String caseNumber,
      String ledgerEntryId, String description, LocalDate occurredOn, String recordedBy) {
  }

  record FundAccount(String district, String districtName, int year, BigDecimal contributions, BigDecimal payouts,
      BigDecimal balance, List<FundEntry> entries) {
  }

  private final InsuredPeople insuredPeople;
  private final PremiumNeeds needs;
  private final InsuranceFund fund;
  private final Districts districts;
  private final Signatories signatories;

  InsuranceApi(InsuredPeople insuredPeople, PremiumNeeds needs, InsuranceFund fund, Districts districts,
      Signatories signatories) {
    this.signatories = signatories;
    this.insuredPeople = insuredPeople;
    this.needs = needs;
    this.fund = fund;
    this.districts = districts;
  }

  @Operation(operationId = "listInsured",
      summary = "参保人员名单 / The insured people of a district's year",
      description = "本区县的区县扶贫办、市扶贫办、市财政局、督查、系统管理员；其他区县的官员 403，其他角色 403。"
      + "1月1日为脱贫享受政策户或即时帮扶人口的家庭成员自1月1日起参保，年内认定为即时帮扶人口的自认定之日起，至12月31日"
      + "；身份证号码打码。 / The district's poverty office, the city poverty office, city finance, supervisors, "
      + "administrators; another district's official 403, other roles 403. Members of households that are 脱贫享受政策户"
      + " or 即时帮扶人口 on 1 January are insured from that day, a household recognised as 即时帮扶人口 during the "
      + "year from the day of recognition, to 31 December; ID numbers masked.")
  @GetMapping("/api/insurance/{year}/insured")
  Insured insured(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = INSURANCE_YEAR, example = "2020")
      @PathVariable String year,
      @Parameter(description = DISTRICT_REQUIRED, example = "daoli")
      @RequestParam(required = false) String district) {
    var request = request(official, year, district);
    var people = people(request);
    return new Insured(district, request.districtName(), request.year().getValue(), people.size(), people);
  }

  @Operation(operationId = "downloadInsured",
      summary = "参保人员名单 Excel / The insured people as an Excel workbook",
      description = "本区县的区县扶贫办、市扶贫办、市财政局、督查、系统管理员；其他区县的官员 403，其他角色 403。"
      + "工作表 参保人员，身份证号码打码，含签章栏。 / The district's poverty office, the city poverty office, city "
      + "finance, supervisors, administrators; another district's official 403, other roles 403. Sheet 参保人员, "
      + "ID numbers masked, with the signature block.")
  @GetMapping("/api/insurance/{year}/insured.xlsx")
  ResponseEntity<byte[]> insuredWorkbook(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = INSURANCE_YEAR, example = "2020")
      @PathVariable String year,
      @Parameter(description = DISTRICT_REQUIRED, example = "daoli")
      @RequestParam(required = false) String district) {
    var request = request(official, year, district);
    var workbook = InsuredWorkbook.write(request.districtName(), request.year(), people(request),
        signatories.of(request.districtName(), official.userId()));
    var name = InsuredWorkbook.title(request.districtName(), request.year()) + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment("insured-" + district + "-" + year + ".xlsx", name))
        // Names of people: not for shared caches or the browser's disk cache.
        .cacheControl(CacheControl.noStore())
        .body(workbook);
  }

  @Operation(operationId = "getPremiums",
      summary = "保费需求与配套 / The premium need and the district's matching",
      description = "本区县的区县扶贫办、市扶贫办、市财政局、督查、系统管理员；其他区县的官员 403，其他角色 403。"
      + "需求 = 参保人数 × 每人保费（配置，元）；上级资金 = 年内在 扶贫特惠保险补助 上的省级、市级到账；区县配套 "
      + "= 需求 − 上级资金，不为负，多出时 surplus 与 note 说明。该年未配置保费 400（指明 year）。金额以元计，两位小数。"
      + " / The district's poverty office, the city poverty office, city finance, supervisors, administrators; another "
      + "district's official 403, other roles 403. need = insured people × premium per person (configuration, yuan); "
      + "upper-level funds = the year's receipts on 扶贫特惠保险补助 at 省级 and 市级; districtMatching = need − "
      + "upper-level funds, never negative, surplus and note say when they sent more. A year without premiums is "
      + "400 naming year. Amounts in yuan, two decimals.")
  @GetMapping("/api/insurance/{year}/premiums")
  Premiums premiums(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = INSURANCE_YEAR, example = "2020")
      @PathVariable String year,
      @Parameter(description = DISTRICT_REQUIRED, example = "daoli")
      @RequestParam(required = false) String district) {
    var request = request(official, year, district);
    var need = needs.of(district, request.year()).orElseThrow(() -> new InvalidRequestException(
        "参数 year：" + year + " 年度的保费标准未配置（fupin.insurance.premiums." + year + "） / Parameter year: no premiums are "
            + "configured for " + year + " (fupin.insurance.premiums." + year + ")"));
    var premium = need.premium();
    var funds = PremiumNeed.UPPER_LEVELS.stream()
        .map(level -> new UpperLevelFunds(level, level.label(), Yuan.of(need.upperLevelFen().get(level)))).toList();
    var note = need.surplusFen() > 0
        ? "上级资金超出保费需求 " + Yuan.format(need.surplusFen()) + " 元，区县无需配套 / Upper-level funds exceed the premium need by "
            + Yuan.format(need.surplusFen()) + " yuan; the district has nothing to match"
        : null;
    return new Premiums(district, request.districtName(), request.year().getValue(), need.insuredPeople(),
        new PerPerson(Yuan.of(premium.medicalFen()), Yuan.of(premium.accidentFen()), Yuan.of(premium.totalFen())),
        Yuan.of(need.needFen()), FUND_LINE, funds, Yuan.of(need.upperLevelTotalFen()), Yuan.of(need.districtMatchingFen()),
        Yuan.of(need.surplusFen()), note);
  }

  /** The insurance fund's account of the district's year: premiums and top-ups in, relief payouts out. */
  @Operation(operationId = "getInsuranceFund",
      summary = "防贫保险资金账户 / The insurance fund's account of a district's year",
      description = "本区县的区县扶贫办、市扶贫办、市财政局、督查、系统管理员；其他区县的官员 403，其他角色 403。"
      + "收入 PREMIUM（保费）、TOP_UP，支出 PAYOUT（救助金），余额；金额以元计，两位小数。 / The district's poverty "
      + "office, the city poverty office, city finance, supervisors, administrators; another district's official "
      + "403, other roles 403. In: PREMIUM and TOP_UP, out: PAYOUT (relief), and the balance; amounts in yuan, two "
      + "decimals.")
  @GetMapping("/api/insurance/{year}/fund")
  FundAccount fund(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = INSURANCE_YEAR, example = "2020")
      @PathVariable String year,
      @Parameter(description = DISTRICT_REQUIRED, example = "daoli")
      @RequestParam(required = false) String district) {
    var request = request(official, year, district);
    var account = fund.account(district, request.year().getValue());
    var entries = account.entries().stream().map(entry -> new FundEntry(entry.entryNo(), entry.kind(),
        entry.kind().label(), Yuan.of(entry.amountFen()), entry.caseNumber(), entry.ledgerEntryId(), entry.description(),
        entry.occurredOn(), entry.recordedBy())).toList();
    return new FundAccount(district, request.districtName(), account.year(), Yuan.of(account.contributedFen()),
        Yuan.of(account.paidOutFen()), Yuan.of(account.balanceFen()), entries);
  }

  private record Request(String district, String districtName, Year year) {
  }

  /** Checks, in order: district given, year, role, district known, district the official's. */
  private Request request(FupinPrincipal official, String year, String district) {
    if (district == null || district.isBlank()) {
      throw new InvalidRequestException("缺少参数 district（区县代码，如 daoli） / Missing parameter district (e.g. daoli)");
    }
    var insuranceYear = year(year);
    if (READERS.stream().noneMatch(official::isMemberOf)) {
      throw ApiRefusal.forbidden("只有区县扶贫办、市扶贫办、市财政局、督查和系统管理员可以查看参保人员、保费和防贫保险基金 / Only district poverty "
          + "offices, the city poverty office, city finance, supervisors and administrators may see insured people, "
          + "premiums and the insurance fund");
    }
    var districtName = districts.name(district).orElseThrow(() -> new InvalidRequestException(
        "参数 district：未知区县 " + echo(district) + " / Parameter district: unknown district " + echo(district)));
    NotYourDistrict.check(official, district);
    return new Request(district, districtName, insuranceYear);
  }

  /** A four-digit year from 2015 to next year (China time, engine clock). */
  static Year year(String text) {
    var last = ChinaTime.today().getYear() + 1;
    if (text == null || !FOUR_DIGITS.matcher(text).matches()
        || Integer.parseInt(text) < FIRST_YEAR || Integer.parseInt(text) > last) {
      throw new InvalidRequestException("参数 year 应为 " + FIRST_YEAR + " 至 " + last + " 之间的四位年份：" + echo(text)
          + " / Parameter year must be a four-digit year from " + FIRST_YEAR + " to " + last + ": " + echo(text));
    }
    return Year.of(Integer.parseInt(text));
  }

  /** A parameter as the message may repeat it: short words only, so that no ID number typed there comes back. */
  private static String echo(String value) {
    return value != null && ECHOABLE.matcher(value).matches() ? value : "…";
  }

  private List<InsuredPerson> people(Request request) {
    return insuredPeople.of(request.district(), request.year(), districts.townshipNames(request.district()));
  }
}
