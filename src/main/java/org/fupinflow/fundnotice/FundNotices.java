package org.fupinflow.fundnotice;

import static org.fupinflow.fundnotice.FundNoticeRegistrationProcess.Variables;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.fundledger.BudgetCodes;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.fupinflow.security.Roles;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers fund notices: validates the notice (document number once only, date not in the future, level, fund
 * line, the three budget codes against the code table, matching ratio) and every district share, then keeps the
 * notice and its shares in one transaction — all or nothing.
 */
@Service
public class FundNotices {

  static final int MAX_DOCUMENT_NUMBER = 100;
  static final int MAX_FUND_LINE = 100;
  private static final BigDecimal MAX_RATIO = BigDecimal.TEN;

  /** A notice as sent, before validation; amounts are text in {@code unit}. */
  @Schema(description = "资金指标通知 / A fund notice as registered")
  public record Request(
      @Schema(description = "文号，必填，最多100字，只能登记一次 / Document number, required, at most "
          + "100 characters, registered once", example = "哈财指（农）〔2020〕590号") String documentNumber,
      @Schema(description = "下达日期 yyyy-MM-dd，不晚于今天；30天分配期限从此日起算 / Issue date yyyy-MM-d"
          + "d, not in the future; the 30 days count from it", example = "2020-12-30") String issuedOn,
      @Schema(description = "资金级次：CENTRAL/中央、PROVINCE/省级、CITY/市级、DISTRICT/区级（县级亦为区级）"
          + " / Fund level: CENTRAL/中央, PROVINCE/省级, CITY/市级, DISTRICT/区级 (县级 is 区级)", example = "市级") String level,
      @Schema(description = "资金名称，必填，最多100字 / Fund line, required, at most 100 characters", example = "农村人口精准防贫机制市级补助资金") String fundLine,
      @Schema(description = "功能科目，须在科目表中 / Function code, from the code table", example = "2130599") String functionCode,
      @Schema(description = "政府经济科目，须在科目表中 / Government economic code, from the code table", example = "50205") String governmentEconomicCode,
      @Schema(description = "部门经济科目，须在科目表中 / Department economic code, from the code table", example = "30227") String departmentEconomicCode,
      @Schema(description = "金额单位：yuan（元，最多两位小数，默认）或 wan（万元，最多四位小数：0.0458 "
          + "= 458.00 元） / Unit: yuan (at most 2 decimals, default) or wan (10,000 yuan, at most 4 decimals: 0.0458 "
          + "= 458.00 yuan)", example = "yuan") String unit,
      @Schema(description = "配套比例，如 1:1、1:0.5 或数字；不需配套时留空 / Matching ratio such as "
          + "1:1, 1:0.5 or a number; empty when none is required", example = "1:1") String matchingRatio,
      @Schema(description = "各区县份额 / The districts' shares") List<RequestedShare> shares) {
  }

  public record RequestedShare(@Schema(description = "区县代码（租户） / District code (tenant)", example = "daoli") String district,
      @Schema(description = "金额（文本或数字，按 unit），大于0 / Amount (text or number, in unit), above "
          + "0", example = "16005.30") String amount,
      @Schema(description = "配套金额（可选），须等于比例 × 金额 / Matching (optional), must equal ratio "
          + "× amount") String matching) {
  }

  private final JdbcTemplate jdbc;
  private final BudgetCodes budgetCodes;
  private final Districts districts;
  private final ApplicationEventPublisher events;

  FundNotices(JdbcTemplate jdbc, BudgetCodes budgetCodes, Districts districts, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.budgetCodes = budgetCodes;
    this.districts = districts;
    this.events = events;
  }

  /** From {@code POST /api/fund-notices}: the shares come with the request. */
  @Transactional
  public FundNotice register(Request request, String source, String registeredBy) {
    var unit = Amounts.Unit.of(request.unit());
    if (request.shares() == null || request.shares().isEmpty()) {
      throw new NoticeRefused("shares", "请至少填写一个区县的金额", "at least one district share is required");
    }
    var districts = districtCodes();
    var shares = new ArrayList<ShareTable.Share>();
    for (int i = 0; i < request.shares().size(); i++) {
      var share = request.shares().get(i);
      var field = "shares[" + (i + 1) + "]";
      if (share == null || share.district() == null || !districts.contains(share.district())) {
        throw new NoticeRefused(field + ".district", "未知区县：" + (share == null ? null : share.district()),
            "unknown district " + (share == null ? null : share.district()));
      }
      if (shares.stream().anyMatch(existing -> existing.district().equals(share.district()))) {
        throw new NoticeRefused(field + ".district", "区县重复：" + share.district(), "district appears twice: " + share.district());
      }
      long amount = Amounts.toFen(share.amount(), unit, field + ".amount", "金额", false);
      Long matching = share.matching() == null || share.matching().isBlank() ? null
          : Amounts.toFen(share.matching(), unit, field + ".matching", "配套金额", true);
      shares.add(new ShareTable.Share(share.district(), share.district(), amount, matching, i + 1));
    }
    return keep(request, shares, source, registeredBy);
  }

  /** From an import: the shares come from the file, already checked row by row. */
  @Transactional
  public FundNotice register(Request request, List<ShareTable.Share> shares, String source, String registeredBy) {
    return keep(request, shares, source, registeredBy);
  }

  /**
   * From Tasklist (the process {@code fund-notice-registration}, its form as {@code variable} reads it): the pasted
   * table is read like an imported file, so the same rules hold (every row checked, nothing kept if one is bad); only
   * city finance and administrators register. {@code authentication} is the engine's: {@code null} for system work.
   */
  @Transactional
  FundNotice registerPasted(Function<String, Object> variable, Authentication authentication) {
    if (authentication != null && (authentication.getGroupIds() == null
        || !authentication.getGroupIds().contains(Roles.CITY_FINANCE.groupId())
        && !authentication.getGroupIds().contains(Roles.ADMINS.groupId()))) {
      throw new AuthorizationException("只有市财政局登记资金指标 / Only city finance registers fund notices");
    }
    var table = variable.apply(Variables.SHARE_TABLE);
    if (!(table instanceof String text) || text.isBlank()) {
      throw new InvalidSubmission(Variables.SHARE_TABLE, "请粘贴各区县资金分配表", "paste the district table");
    }
    var rows = SpreadsheetRows.read("pasted.csv", text.getBytes(StandardCharsets.UTF_8));
    Function<String, String> string = name -> variable.apply(name) == null ? null : variable.apply(name).toString();
    var unit = Amounts.Unit.of(string.apply(Variables.UNIT));
    var shares = ShareTable.parse(rows, districtsByName(), unit, true);
    var request = new Request(string.apply(Variables.DOCUMENT_NUMBER), string.apply(Variables.ISSUED_ON),
        string.apply(Variables.LEVEL), string.apply(Variables.FUND_LINE), string.apply(Variables.FUNCTION_CODE),
        string.apply(Variables.GOVERNMENT_ECONOMIC_CODE), string.apply(Variables.DEPARTMENT_ECONOMIC_CODE),
        string.apply(Variables.UNIT), string.apply(Variables.MATCHING_RATIO), null);
    return keep(request, shares, "tasklist", authentication == null ? null : authentication.getUserId());
  }

  /** Chinese district name (whitespace ignored) → district code. */
  Map<String, String> districtsByName() {
    var codes = new LinkedHashMap<String, String>();
    districts.names().forEach((code, name) -> codes.put(ShareTable.normalize(name), code));
    return codes;
  }

  private Collection<String> districtCodes() {
    return districtsByName().values();
  }

  private FundNotice keep(Request request, List<ShareTable.Share> shares, String source, String registeredBy) {
    var documentNumber = text(request.documentNumber(), "documentNumber", "文号", MAX_DOCUMENT_NUMBER);
    var issuedOn = date(request.issuedOn());
    var level = level(request.level());
    var fundLine = text(request.fundLine(), "fundLine", "资金名称", MAX_FUND_LINE);
    var functionCode = code(BudgetCodes.FUNCTION, request.functionCode(), "functionCode");
    var governmentCode = code(BudgetCodes.GOVERNMENT_ECONOMIC, request.governmentEconomicCode(), "governmentEconomicCode");
    var departmentCode = code(BudgetCodes.DEPARTMENT_ECONOMIC, request.departmentEconomicCode(), "departmentEconomicCode");
    var ratio = ratio(request.matchingRatio());
    var kept = new ArrayList<FundNotice.Share>();
    for (var share : shares) {
      Long matching = share.matchingFen();
      if (ratio == null && matching != null && matching > 0) {
        throw new NoticeRefused("matchingRatio", share.districtName() + "填有配套金额，但通知未规定配套比例",
            "a matching amount is given for " + share.district() + " but the notice sets no matching ratio");
      }
      if (ratio != null) {
        long required = BigDecimal.valueOf(share.amountFen()).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (matching != null && matching != required) {
          throw new NoticeRefused("row " + share.row(), share.districtName() + "的配套金额 " + Yuan.of(matching)
              + " 元应为补助资金的 " + ratio.stripTrailingZeros().toPlainString() + " 倍：" + Yuan.of(required) + " 元",
              "matching for " + share.district() + " must be " + Yuan.of(required));
        }
        matching = required;
      }
      kept.add(new FundNotice.Share(share.district(), share.amountFen(), matching, null));
    }
    if (jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice WHERE document_number = ?", Integer.class, documentNumber) > 0) {
      throw duplicate(documentNumber);
    }
    var id = UUID.randomUUID().toString();
    var now = ChinaTime.now();
    try {
      jdbc.update("INSERT INTO fund_notice (id, document_number, issued_on, fund_level, fund_line, function_code,"
              + " government_economic_code, department_economic_code, matching_ratio, source, registered_by, registered_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, documentNumber, issuedOn, level.name(), fundLine,
          functionCode, governmentCode, departmentCode, ratio, source, registeredBy, new Timestamp(now.getTime()));
    } catch (DuplicateKeyException e) {
      throw duplicate(documentNumber);
    }
    for (var share : kept) {
      jdbc.update("INSERT INTO fund_notice_share (notice_id, district, amount_fen, matching_fen) VALUES (?, ?, ?, ?)",
          id, share.district(), share.amountFen(), share.matchingFen());
    }
    var notice = find(id).orElseThrow();
    events.publishEvent(new FundNoticeRegistered(notice));
    return notice;
  }

  public Optional<FundNotice> find(String id) {
    var shares = jdbc.query("SELECT * FROM fund_notice_share WHERE notice_id = ? ORDER BY district",
        (rs, row) -> new FundNotice.Share(rs.getString("district"), rs.getLong("amount_fen"),
            (Long) rs.getObject("matching_fen", Long.class), rs.getString("process_instance_id")), id);
    return jdbc.query("SELECT * FROM fund_notice WHERE id = ?", (rs, row) -> new FundNotice(rs.getString("id"),
        rs.getString("document_number"), rs.getObject("issued_on", LocalDate.class),
        FundLevel.valueOf(rs.getString("fund_level")), rs.getString("fund_line"), rs.getString("function_code"),
        rs.getString("government_economic_code"), rs.getString("department_economic_code"),
        rs.getBigDecimal("matching_ratio"), rs.getString("source"), rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant(), shares), id).stream().findFirst();
  }

  /** Notices newest first; with {@code districts}, only those with a share for one of them. */
  public List<FundNotice> list(Collection<String> districts) {
    List<String> ids;
    if (districts == null) {
      ids = jdbc.queryForList("SELECT id FROM fund_notice ORDER BY issued_on DESC, registered_at DESC", String.class);
    } else if (districts.isEmpty()) {
      ids = List.of();
    } else {
      var marks = String.join(", ", districts.stream().map(district -> "?").toList());
      ids = jdbc.queryForList("SELECT id FROM fund_notice n WHERE EXISTS (SELECT 1 FROM fund_notice_share s"
          + " WHERE s.notice_id = n.id AND s.district IN (" + marks + ")) ORDER BY issued_on DESC, registered_at DESC",
          String.class, districts.toArray());
    }
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  private static NoticeRefused duplicate(String documentNumber) {
    return new NoticeRefused("documentNumber", "文号 " + documentNumber + " 已登记，不能重复登记",
        "document number " + documentNumber + " is already registered");
  }

  private static String text(String value, String field, String chineseName, int max) {
    if (value == null || value.isBlank()) {
      throw new NoticeRefused(field, chineseName + "必填", "is required");
    }
    var text = value.strip();
    var problem = InputHygiene.ofFreeText(text);
    if (problem != null) {
      throw new NoticeRefused(field, chineseName + problem.chinese(), problem.english());
    }
    if (text.length() > max) {
      throw new NoticeRefused(field, chineseName + "不能超过" + max + "个字", "at most " + max + " characters");
    }
    return text;
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      throw new NoticeRefused("issuedOn", "发文日期必填", "the issue date (yyyy-MM-dd) is required");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new NoticeRefused("issuedOn", "发文日期格式应为 yyyy-MM-dd：" + value, "expected yyyy-MM-dd: " + value);
    }
    if (date.isAfter(ChinaTime.today())) {
      throw new NoticeRefused("issuedOn", "发文日期不能晚于今天", "must not be in the future");
    }
    if (date.isBefore(InputHygiene.EARLIEST_DATE)) {
      throw new NoticeRefused("issuedOn", "发文日期不能早于 " + InputHygiene.EARLIEST_DATE, "must not be before "
          + InputHygiene.EARLIEST_DATE);
    }
    return date;
  }

  static FundLevel level(String value) {
    return FundLevel.parse(value).orElseThrow(() -> new NoticeRefused("level", "资金级次应为 中央、省级、市级 或 区级：" + value,
        "level must be CENTRAL, PROVINCE, CITY or DISTRICT: " + value));
  }

  private String code(String kind, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new NoticeRefused(field, "预算科目代码必填", "a budget code is required");
    }
    try {
      budgetCodes.require(kind, value.strip());
    } catch (RuntimeException e) {
      throw new NoticeRefused(field, e.getMessage(), "unknown or inactive budget code " + value);
    }
    return value.strip();
  }

  /** "1:1", "1:0.5", "1", "0.5"; blank means no matching is required. */
  static BigDecimal ratio(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    var text = value.strip().replace("：", ":");
    try {
      BigDecimal ratio;
      if (text.contains(":")) {
        var parts = text.split(":");
        var upper = new BigDecimal(parts[0].strip());
        if (parts.length != 2 || upper.signum() <= 0) {
          throw new NumberFormatException(text);
        }
        ratio = new BigDecimal(parts[1].strip()).divide(upper, 4, RoundingMode.HALF_UP);
      } else {
        ratio = new BigDecimal(text);
      }
      if (ratio.signum() < 0 || ratio.compareTo(MAX_RATIO) > 0 || ratio.stripTrailingZeros().scale() > 4) {
        throw new NumberFormatException(text);
      }
      return ratio.setScale(4, RoundingMode.UNNECESSARY);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NoticeRefused("matchingRatio", "配套比例应写作 1:1 或 1（0 至 10，最多4位小数）：" + value,
          "matching ratio like 1:1 or 1 (0 to 10, at most 4 decimals): " + value);
    }
  }
}
