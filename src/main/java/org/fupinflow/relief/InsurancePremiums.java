package org.fupinflow.relief;

import static org.fupinflow.relief.InsurancePremiumProcess.Variables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Premium cases (保费缴纳): opened by the district poverty office for a district and year with the figures of
 * {@link PremiumNeeds} fixed in {@code insurance_premium}, one live case (running or paid) per district and year; paid
 * by district finance in the task's transaction: the upper-level money received on 扶贫特惠保险补助 is allocated and
 * disbursed to the insurer on its own lines (province first), the district's matching is posted as MATCHING on the
 * district-level line and allocated and disbursed there, and each disbursement becomes a PREMIUM entry of the
 * insurance fund. Idempotency keys are the case number and the step, so a replayed payment posts nothing twice.
 */
@Component
class InsurancePremiums {

  /** 001 (环翠区 2020): the district's own premium money is listed under 2130599 其他扶贫支出, 50205/30227 委托业务费. */
  static final String DISTRICT_FUNCTION_CODE = "2130599";
  static final String DISTRICT_GOVERNMENT_ECONOMIC_CODE = "50205";
  static final String DISTRICT_DEPARTMENT_ECONOMIC_CODE = "30227";
  static final String PAID = "PAID";
  static final String CANCELLED = "CANCELLED";
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** The longest 备注 the payment form may submit. */
  static final int MAX_COMMENT = 500;

  /** What the engine itself knows of a running case: business key, process instance, tenant. */
  record CaseRef(String caseNumber, String processInstanceId, String tenantId) {

    static CaseRef of(DelegateExecution execution) {
      return new CaseRef(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution.getTenantId());
    }
  }

  /** A case just opened: its number (the business key) and the figures the payment form shows. */
  record Opened(String caseNumber, Map<String, Object> shown) {
  }

  /** A case as {@code insurance_premium} holds it; money in fen. */
  record PremiumCase(String caseNumber, String processInstanceId, String district, int year, int insuredPeople,
      long premiumPerPersonFen, long needFen, long provinceReceivedFen, long cityReceivedFen, long provincePartFen,
      long cityPartFen, long districtMatchingFen, LocalDate startedOn, LocalDate paidOn, String outcome) {

    Map<FundLevel, Long> upperLevelPartsFen() {
      var parts = new EnumMap<FundLevel, Long>(FundLevel.class);
      parts.put(FundLevel.PROVINCE, provincePartFen);
      parts.put(FundLevel.CITY, cityPartFen);
      return parts;
    }
  }

  /** One disbursement to the insurer: the line it leaves and how much. */
  private record Part(FundLevel level, FundLineKey line, long amountFen) {
  }

  private final PremiumNeeds needs;
  private final InsuranceFund fund;
  private final FundLedger ledger;
  private final CaseNumbers caseNumbers;
  private final Districts districts;
  private final JdbcTemplate jdbc;

  InsurancePremiums(PremiumNeeds needs, InsuranceFund fund, FundLedger ledger, CaseNumbers caseNumbers,
      Districts districts, JdbcTemplate jdbc) {
    this.needs = needs;
    this.fund = fund;
    this.ledger = ledger;
    this.caseNumbers = caseNumbers;
    this.districts = districts;
    this.jdbc = jdbc;
  }

  /**
   * Opens the case of {@code district}'s {@code insuranceYear} (the start variable as sent): refused (400 naming
   * {@code insuranceYear}) for a year without premiums, a district and year that already have a running or paid case,
   * and a need of zero. Returns the case's new number and what its payment form shows.
   */
  Opened open(String district, Object insuranceYear, String processInstanceId) {
    if (district == null) {
      throw new IllegalStateException("a premium case runs in its district's tenant");
    }
    var year = year(insuranceYear);
    var name = districts.name(district).orElse(district);
    var need = needs.of(district, Year.of(year)).orElseThrow(() -> new InvalidSubmission(Variables.INSURANCE_YEAR,
        year + " 年度的保费标准未配置（fupin.insurance.premiums." + year + "），不能发起保费缴纳",
        "no premiums are configured for " + year + " (fupin.insurance.premiums." + year + "); no premium case can start"));
    var live = liveCase(district, year);
    if (live != null) {
      throw alreadyLive(name, district, year, live);
    }
    if (need.needFen() == 0) {
      throw new InvalidSubmission(Variables.INSURANCE_YEAR, name + " " + year + " 年度没有参保人员，保费需求为零，无需缴纳",
          "district " + district + " has no insured people in " + year + ": the premium need is zero, nothing to pay");
    }
    var now = ChinaTime.now();
    var caseNumber = caseNumbers.next(InsurancePremiumProcess.CASE_KIND, district, now.toInstant());
    var parts = need.upperLevelPartsFen();
    try {
      jdbc.update("""
          INSERT INTO insurance_premium (case_number, process_instance_id, district, insurance_year, live_key,
            insured_people, premium_per_person, need, province_received, city_received, province_part, city_part,
            district_matching, started_on, started_by, started_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          caseNumber, processInstanceId, district, year, liveKey(district, year), need.insuredPeople(),
          need.premium().totalFen(), need.needFen(), need.upperLevelFen().get(FundLevel.PROVINCE),
          need.upperLevelFen().get(FundLevel.CITY), parts.get(FundLevel.PROVINCE), parts.get(FundLevel.CITY),
          need.districtMatchingFen(), ChinaTime.dateOf(now), ledger.currentUser(), new Timestamp(now.getTime()));
    } catch (DuplicateKeyException startedConcurrently) {
      // PostgreSQL has aborted the transaction: the refusal cannot look the other case up
      throw alreadyLive(name, district, year, null);
    }
    var premiumCase = require(new CaseRef(caseNumber, processInstanceId, district));
    var shown = new LinkedHashMap<String, Object>();
    shown.put(Variables.INSURANCE_YEAR, premiumCase.year());
    shown.put(Variables.DISTRICT_NAME, name);
    shown.put(Variables.INSURED_PEOPLE, String.valueOf(premiumCase.insuredPeople()));
    shown.put(Variables.PREMIUM_PER_PERSON, Yuan.of(premiumCase.premiumPerPersonFen()).toPlainString());
    shown.put(Variables.PREMIUM_NEED, Yuan.of(premiumCase.needFen()).toPlainString());
    shown.put(Variables.PROVINCE_PART, Yuan.of(premiumCase.provincePartFen()).toPlainString());
    shown.put(Variables.CITY_PART, Yuan.of(premiumCase.cityPartFen()).toPlainString());
    shown.put(Variables.DISTRICT_MATCHING, Yuan.of(premiumCase.districtMatchingFen()).toPlainString());
    return new Opened(caseNumber, shown);
  }

  /**
   * 缴纳保费, dated {@code paidOn} (required, between the case's start and today), with an optional comment of at
   * most 500 characters: posts and records in the caller's transaction.
   * Refused (400, nothing written) when a line no longer has the money available (allocated or held since it was
   * received). A case already paid is left as it is.
   */
  void pay(CaseRef ref, Object paidOnGiven, Object commentGiven) {
    var paidOn = InvalidSubmission.date(paidOnGiven, Variables.PAID_ON, "缴费日期");
    var comment = InvalidSubmission.optionalText(commentGiven, Variables.PAYMENT_COMMENT, "备注", MAX_COMMENT);
    var premiumCase = require(ref);
    if (PAID.equals(premiumCase.outcome())) {
      return;
    }
    var today = ChinaTime.today();
    if (paidOn.isBefore(premiumCase.startedOn()) || paidOn.isAfter(today)) {
      throw new InvalidSubmission(Variables.PAID_ON, "缴费日期应在 " + premiumCase.startedOn() + " 至 " + today + " 之间",
          "must lie between " + premiumCase.startedOn() + " and " + today);
    }
    var parts = upperLevelParts(premiumCase);
    for (var part : parts) {
      long available = ledger.balance(part.line()).availableToAllocate();
      if (available < part.amountFen()) {
        throw new InvalidSubmission(partVariable(part.level()), part.line() + " 可分配 " + Yuan.format(available)
            + " 元，不足本案保费所需 " + Yuan.format(part.amountFen()) + " 元（到账后已被分配或被分配意见预留）",
            part.line() + " has " + Yuan.format(available) + " yuan available to allocate, less than the "
                + Yuan.format(part.amountFen()) + " yuan this premium takes (allocated or held since it was received)");
      }
    }
    var caseNumber = premiumCase.caseNumber();
    var use = "缴纳" + premiumCase.year() + "年度扶贫特惠保险保费";
    if (premiumCase.districtMatchingFen() > 0) {
      var line = districtLine(premiumCase.district());
      ledger.post(new Posting(caseNumber + ":matching", EntryType.MATCHING, line, premiumCase.districtMatchingFen(),
          caseNumber, null, null, "区级配套保费资金", paidOn));
      parts.add(new Part(FundLevel.DISTRICT, line, premiumCase.districtMatchingFen()));
    }
    for (var part : parts) {
      var step = part.level() + ":" + part.line().functionCode() + "-" + part.line().governmentEconomicCode() + "-"
          + part.line().departmentEconomicCode();
      ledger.post(new Posting(caseNumber + ":allocation:" + step, EntryType.ALLOCATION, part.line(), part.amountFen(),
          caseNumber, null, null, use, paidOn));
      var disbursed = ledger.post(new Posting(caseNumber + ":disbursement:" + step, EntryType.DISBURSEMENT, part.line(),
          part.amountFen(), caseNumber, null, null, use, paidOn));
      fund.record(caseNumber + ":premium:" + step, premiumCase.district(), premiumCase.year(), InsuranceFund.Kind.PREMIUM,
          part.amountFen(), caseNumber, disbursed.id(), use + "（" + part.level().label() + "资金）", paidOn);
    }
    int paid = jdbc.update("UPDATE insurance_premium SET paid_on = ?, paid_by = ?, payment_comment = ?, outcome = ?,"
            + " ended_at = ? WHERE case_number = ? AND outcome IS NULL", paidOn, ledger.currentUser(), comment, PAID,
        new Timestamp(ChinaTime.now().getTime()), caseNumber);
    if (paid != 1) {
      throw new IllegalStateException("premium case " + caseNumber + " is no longer open");
    }
  }

  /** A case that ends unpaid (cancelled) frees its district and year for a new case. */
  void closeUnpaid(CaseRef ref) {
    jdbc.update("UPDATE insurance_premium SET outcome = ?, live_key = NULL, ended_at = ? WHERE process_instance_id = ?"
        + " AND outcome IS NULL", CANCELLED, new Timestamp(ChinaTime.now().getTime()), ref.processInstanceId());
  }

  /**
   * The case by its business key, worked by this process instance; refused (400) when there is none. A tenant other
   * than the case's district is a bug and fails loudly.
   */
  PremiumCase require(CaseRef ref) {
    var rows = ref.caseNumber() == null ? List.<PremiumCase>of()
        : jdbc.query("SELECT * FROM insurance_premium WHERE case_number = ? AND process_instance_id = ?",
            InsurancePremiums::premiumCase, ref.caseNumber(), ref.processInstanceId());
    if (rows.isEmpty()) {
      throw new InvalidSubmission("businessKey", "流程实例 " + ref.processInstanceId() + " 没有保费缴纳案件 " + ref.caseNumber(),
          "process instance " + ref.processInstanceId() + " works no premium case " + ref.caseNumber());
    }
    var premiumCase = rows.get(0);
    if (!Objects.equals(ref.tenantId(), premiumCase.district())) {
      throw new IllegalStateException("case " + ref.caseNumber() + " runs in tenant " + ref.tenantId()
          + " but belongs to district " + premiumCase.district());
    }
    return premiumCase;
  }

  /**
   * The upper levels' parts as disbursements from their lines: each level's part taken from its lines in code order,
   * at most what each received within the year.
   */
  private List<Part> upperLevelParts(PremiumCase premiumCase) {
    var parts = new ArrayList<Part>();
    for (var level : PremiumNeed.UPPER_LEVELS) {
      long left = premiumCase.upperLevelPartsFen().get(level);
      for (var line : needs.receipts(premiumCase.district(), level, Year.of(premiumCase.year()))) {
        long take = Math.min(left, line.receivedFen());
        if (take > 0) {
          parts.add(new Part(level, line.line(), take));
          left -= take;
        }
      }
      if (left > 0) {
        throw new InvalidSubmission(partVariable(level), PremiumNeeds.FUND_LINE + " " + level.label() + "资金到账少于本案发起时的 "
            + Yuan.format(premiumCase.upperLevelPartsFen().get(level)) + " 元（到账已冲正），请取消本案后重新发起",
            PremiumNeeds.FUND_LINE + " " + level + " received less than the " + Yuan.format(premiumCase.upperLevelPartsFen()
                .get(level)) + " yuan of the case's start (receipts reversed); cancel the case and start it anew");
      }
    }
    return parts;
  }

  private static String partVariable(FundLevel level) {
    return level == FundLevel.PROVINCE ? Variables.PROVINCE_PART : Variables.CITY_PART;
  }

  static FundLineKey districtLine(String district) {
    return new FundLineKey(district, PremiumNeeds.FUND_LINE, FundLevel.DISTRICT, DISTRICT_FUNCTION_CODE,
        DISTRICT_GOVERNMENT_ECONOMIC_CODE, DISTRICT_DEPARTMENT_ECONOMIC_CODE);
  }

  /** A four-digit year, as an integral number (REST, the start form) or text. */
  private static int year(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return year(value.toString());
    }
    if (value instanceof Double number && number == Math.rint(number)) {
      return year(String.valueOf(number.longValue()));
    }
    if (value instanceof String text) {
      var trimmed = text.strip();
      if (FOUR_DIGITS.matcher(trimmed).matches()) {
        return Integer.parseInt(trimmed);
      }
    }
    throw new InvalidSubmission(Variables.INSURANCE_YEAR, "参保年度必填，应为四位年份，如 2020",
        "an insurance year of four digits is required, e.g. 2020");
  }

  /** The running or paid case of the district's year, if any. */
  private record Live(String caseNumber, boolean paid) {
  }

  private Live liveCase(String district, int year) {
    return jdbc.query("SELECT case_number, outcome FROM insurance_premium WHERE live_key = ?",
        (rs, row) -> new Live(rs.getString("case_number"), PAID.equals(rs.getString("outcome"))),
        liveKey(district, year)).stream().findFirst().orElse(null);
  }

  /** {@code live} null: a concurrent start took the year first. */
  private static InvalidSubmission alreadyLive(String name, String district, int year, Live live) {
    var caseNumber = live == null ? "" : live.caseNumber();
    var paid = live != null && live.paid();
    return new InvalidSubmission(Variables.INSURANCE_YEAR, name + " " + year + " 年度已有保费缴纳案件 " + caseNumber
        + (paid ? "（已缴纳）" : "（办理中）") + "，不能再发起",
        "district " + district + " already has a premium case for " + year + ": " + caseNumber
            + (paid ? " (paid)" : " (running)"));
  }

  private static String liveKey(String district, int year) {
    return district + ":" + year;
  }

  private static PremiumCase premiumCase(ResultSet rs, int row) throws SQLException {
    return new PremiumCase(rs.getString("case_number"), rs.getString("process_instance_id"), rs.getString("district"),
        rs.getInt("insurance_year"), rs.getInt("insured_people"), rs.getLong("premium_per_person"), rs.getLong("need"),
        rs.getLong("province_received"), rs.getLong("city_received"), rs.getLong("province_part"),
        rs.getLong("city_part"), rs.getLong("district_matching"), rs.getObject("started_on", LocalDate.class),
        rs.getObject("paid_on", LocalDate.class), rs.getString("outcome"));
  }
}
