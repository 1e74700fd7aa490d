package org.fupinflow.fundledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.documents.Downloads;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.documents.Signatories;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ledger} and {@code GET /api/ledger.xlsx}: balances and journal, filtered by district, fund line,
 * level, the three codes and business-date period. District officials see their districts; city roles,
 * supervisors and administrators see all. Naming a district one may not see is 403. The workbook is named after
 * what it shows (专项扶贫资金台账-道里区.xlsx, 专项扶贫资金台账-全市.xlsx) and signed by the downloading official.
 */
@RestController
class LedgerApi {

  /** Parameters described once for the API reference (Chinese / English). */
  private static final String DISTRICT = "区县代码 / District code";
  private static final String FUND_LINE = "资金名称 / Fund line";
  private static final String LEVEL = "级次 CENTRAL 中央、PROVINCE 省级、CITY 市级、DISTRICT 区级；其他值 400 / Level; any "
      + "other value is 400";
  private static final String FUNCTION_CODE = "功能科目 / Function code";
  private static final String GOVERNMENT_ECONOMIC_CODE = "政府经济科目 / Government economic code";
  private static final String DEPARTMENT_ECONOMIC_CODE = "部门经济科目 / Department economic code";
  private static final String PERIOD_FROM = "期间起始业务日期 yyyy-MM-dd / First business date of the period";
  private static final String PERIOD_TO = "期间截止业务日期 yyyy-MM-dd / Last business date of the period";

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final String READERS = "hasAnyRole('district-poverty-office', 'district-finance', "
      + "'city-poverty-office', 'city-finance', 'supervisors', 'camunda-admin')";
  /** Roles that oversee every district of the city. */
  private static final Set<Roles> CITY_WIDE =
      EnumSet.of(Roles.CITY_POVERTY_OFFICE, Roles.CITY_FINANCE, Roles.SUPERVISORS, Roles.ADMINS);

  /** 403 naming the district, in Chinese and English. */
  static final class DistrictNotVisible extends ApiRefusal {
    DistrictNotVisible(String district) {
      super(403, "您不属于区县 " + district + "，不能查看其资金台账 / You are not an official of district " + district
          + " and cannot see its fund ledger");
    }
  }

  /** The scope of a ledger of every district (a city role's download without {@code district}). */
  static final String CITY = "全市";

  private final FundLedger ledger;
  private final Districts districts;
  private final Signatories signatories;

  LedgerApi(FundLedger ledger, Districts districts, Signatories signatories) {
    this.ledger = ledger;
    this.districts = districts;
    this.signatories = signatories;
  }

  @Operation(operationId = "getLedger",
      summary = "专项扶贫资金台账：余额、分录和预留 / The fund ledger: balances, journal and holds",
      description = "区县扶贫办、区县财政局（本区县，其他区县 403），市扶贫办、市财政局、督查、系统管理员（全部区县）"
      + "。不给期间时余额为各资金线合计，给期间时为期间内的发生额。金额以元计，两位小数（库中以分保存）；每条资金线 "
      + "已拨付 ≤ 已分配 ≤ 到账 + 配套；可分配 = 到账 + 配套 − 已分配 −（已预留 − 其中待配套）。分录只增不改，冲正为一条"
      + "负数分录。 / District poverty offices and district finance (their districts; another district is 403), the "
      + "city poverty office, city finance, supervisors, administrators (every district). Without a period the balances"
      + " are the lines' totals; with one, the movements within it. Amounts in yuan, two decimals (kept in fen); "
      + "on every line disbursed ≤ allocated ≤ received + matched; availableToAllocate = received + matched − allocated"
      + " − (reserved − reservedAgainstMatching). Entries are never changed; a reversal is a new negated entry.")
  @GetMapping("/api/ledger")
  @PreAuthorize(READERS)
  LedgerView ledger(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = FUND_LINE)
      @RequestParam(required = false) String fundLine,
      @Parameter(description = LEVEL, example = "PROVINCE")
      @RequestParam(required = false) FundLevel level,
      @Parameter(description = FUNCTION_CODE, example = "2130599")
      @RequestParam(required = false) String functionCode,
      @Parameter(description = GOVERNMENT_ECONOMIC_CODE, example = "50205")
      @RequestParam(required = false) String governmentEconomicCode,
      @Parameter(description = DEPARTMENT_ECONOMIC_CODE, example = "30227")
      @RequestParam(required = false) String departmentEconomicCode,
      @Parameter(description = PERIOD_FROM)
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = PERIOD_TO)
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    var filter = filter(official, district, fundLine, level, functionCode, governmentEconomicCode,
        departmentEconomicCode, from, to);
    return LedgerView.of(ledger.balances(filter), ledger.journal(filter), ledger.reservations(filter));
  }

  @Operation(operationId = "downloadLedger",
      summary = "资金台账 Excel 工作簿 / The fund ledger as an Excel workbook",
      description = "读者、筛选和区县规则同 /api/ledger；工作表 资金余额 和 记账明细，区县用名称，金额为元的数字单元格；"
      + "文件名 专项扶贫资金台账-道里区.xlsx 或 -全市.xlsx；未知区县 400。 / The readers, filters and district rules "
      + "of /api/ledger; sheets 资金余额 and 记账明细, districts by name, amounts as number cells in yuan; named "
      + "专项扶贫资金台账-道里区.xlsx or -全市.xlsx; an unknown district is 400.")
  @GetMapping("/api/ledger.xlsx")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> workbook(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = FUND_LINE)
      @RequestParam(required = false) String fundLine,
      @Parameter(description = LEVEL, example = "PROVINCE")
      @RequestParam(required = false) FundLevel level,
      @Parameter(description = FUNCTION_CODE, example = "2130599")
      @RequestParam(required = false) String functionCode,
      @Parameter(description = GOVERNMENT_ECONOMIC_CODE, example = "50205")
      @RequestParam(required = false) String governmentEconomicCode,
      @Parameter(description = DEPARTMENT_ECONOMIC_CODE, example = "30227")
      @RequestParam(required = false) String departmentEconomicCode,
      @Parameter(description = PERIOD_FROM)
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = PERIOD_TO)
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    var filter = filter(official, district, fundLine, level, functionCode, governmentEconomicCode,
        departmentEconomicCode, from, to);
    var names = districts.names();
    var shown = filter.district() != null ? Set.of(filter.district()) : filter.visibleDistricts();
    String scope;
    String unit;
    String asciiName;
    if (shown == null) {
      scope = CITY;
      unit = CITY_WIDE.stream().filter(official::isMemberOf).findFirst().map(Roles::groupName).orElse(CITY);
      asciiName = "fund-ledger.xlsx";
    } else {
      if (filter.district() != null) {
        districts.nameOfRequested(filter.district());
      }
      scope = shown.stream().sorted().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("、"));
      unit = scope;
      asciiName = "fund-ledger-" + String.join("-", shown.stream().sorted().toList()) + ".xlsx";
    }
    var body = FundLedgerWorkbook.write(scope, ledger.balances(filter), ledger.journal(filter), names,
        signatories.of(unit, official.userId()));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment(asciiName, FundLedgerWorkbook.title(scope) + ".xlsx"))
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private static LedgerFilter filter(FupinPrincipal official, String district, String fundLine, FundLevel level,
      String functionCode, String governmentEconomicCode, String departmentEconomicCode, LocalDate from, LocalDate to) {
    Set<String> visible = CITY_WIDE.stream().anyMatch(official::isMemberOf) ? null : Set.copyOf(official.tenantIds());
    var wanted = blankToNull(district);
    if (wanted != null && visible != null && !visible.contains(wanted)) {
      throw new DistrictNotVisible(wanted);
    }
    return new LedgerFilter(visible, wanted, blankToNull(fundLine), level, blankToNull(functionCode),
        blankToNull(governmentEconomicCode), blankToNull(departmentEconomicCode), InputHygiene.date("from", from), InputHygiene.date("to", to));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
