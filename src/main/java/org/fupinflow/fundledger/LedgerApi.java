package org.fupinflow.fundledger;

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

  @GetMapping("/api/ledger")
  @PreAuthorize(READERS)
  LedgerView ledger(@AuthenticationPrincipal FupinPrincipal official, @RequestParam(required = false) String district,
      @RequestParam(required = false) String fundLine, @RequestParam(required = false) FundLevel level,
      @RequestParam(required = false) String functionCode, @RequestParam(required = false) String governmentEconomicCode,
      @RequestParam(required = false) String departmentEconomicCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    var filter = filter(official, district, fundLine, level, functionCode, governmentEconomicCode,
        departmentEconomicCode, from, to);
    return LedgerView.of(ledger.balances(filter), ledger.journal(filter), ledger.reservations(filter));
  }

  @GetMapping("/api/ledger.xlsx")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> workbook(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String fundLine,
      @RequestParam(required = false) FundLevel level, @RequestParam(required = false) String functionCode,
      @RequestParam(required = false) String governmentEconomicCode,
      @RequestParam(required = false) String departmentEconomicCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
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
