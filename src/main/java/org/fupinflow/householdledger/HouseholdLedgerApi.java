package org.fupinflow.householdledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.documents.Downloads;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.documents.Signatories;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/household-ledger.xlsx?district=daoli&date=2020-10-15}: a district's ledger (Annex 2) as
 * Excel, for the district's poverty office and the city's overseers of that district; {@code date} defaults to
 * today in China (engine clock). The ledger task's Tasklist form links here, so the webapps' session works as
 * well as HTTP Basic.
 */
@RestController
class HouseholdLedgerApi {

  static final String PATH = "/api/household-ledger.xlsx";
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  /** Who reads ledgers: the district poverty office that sends it, and the city that receives and oversees. */
  static final EnumSet<Roles> READERS =
      EnumSet.of(Roles.DISTRICT_POVERTY_OFFICE, Roles.CITY_POVERTY_OFFICE, Roles.SUPERVISORS, Roles.ADMINS);

  /** 403 with a message naming why, in Chinese and English. */
  static final class LedgerAccessDenied extends ApiRefusal {
    LedgerAccessDenied(String message) {
      super(403, message);
    }
  }

  private final HouseholdLedger ledger;
  private final Districts districts;
  private final Signatories signatories;

  HouseholdLedgerApi(HouseholdLedger ledger, Districts districts, Signatories signatories) {
    this.ledger = ledger;
    this.districts = districts;
    this.signatories = signatories;
  }

  @Operation(operationId = "downloadHouseholdLedger",
      summary = "下载监测户和即时帮扶人口管理台账（附件2） / Download the household ledger (Annex 2) as "
      + "Excel",
      description = "本区县的区县扶贫办，以及属于该区县租户的市扶贫办、督查、系统管理员；其他人 403，未知区县 400。"
      + "两张表：监测户和即时帮扶人口、回退脱贫享受政策户，各户为当日结束时的状态；不含身份证号码、电话和收入。每月15日"
      + "和29日（平年2月为28日）报送市扶贫办。 / The district poverty office of the district, and the city poverty "
      + "office, supervisors and administrators who belong to its tenant; others 403, an unknown district 400. Two "
      + "sheets (monitored and instant-assistance households; households restored to policy), each household as of "
      + "the end of the day; no ID numbers, phones or incomes. Sent to the city on the 15th and 29th of each month "
      + "(28th in a common February).")
  @GetMapping(PATH)
  ResponseEntity<byte[]> download(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "区县代码，必填，如 daoli / District code, required, e.g. daoli", example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "台账日期 yyyy-MM-dd，默认今天（北京时间，引擎时钟） / Ledger day yyyy-MM-dd, default "
          + "today (China time, engine clock)", example = "2020-10-15")
      @RequestParam(required = false) String date) {
    if (district == null || district.isBlank()) {
      throw new InvalidRequestException("缺少参数 district（区县代码，如 daoli） / Missing parameter district (e.g. daoli)");
    }
    var day = day(date);
    if (READERS.stream().noneMatch(official::isMemberOf)) {
      throw new LedgerAccessDenied("只有区县扶贫办、市扶贫办、督查和系统管理员可以下载监测户台账 / Only district poverty offices, "
          + "the city poverty office, supervisors and administrators may download the household ledger");
    }
    var districtName = districts.name(district).orElseThrow(() -> new InvalidRequestException(
        "未知区县 " + district + " / Unknown district " + district));
    if (!official.tenantIds().contains(district)) {
      throw new LedgerAccessDenied("您不属于" + districtName + "（" + district + "），不能下载其台账 / You are not an official of "
          + "district " + district + " and cannot download its ledger");
    }
    var workbook = LedgerWorkbook.write(districtName, day, ledger.of(district, day), districts.townshipNames(district),
        signatories.of(districtName, official.userId()));
    var fileName = districtName + LedgerWorkbook.TITLE + "-" + day + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment("household-ledger-" + district + "-" + day + ".xlsx", fileName))
        // Names of households: not for shared caches or the browser's disk cache.
        .cacheControl(CacheControl.noStore())
        .body(workbook);
  }

  private static LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      return ChinaTime.today();
    }
    try {
      return InputHygiene.date("date", LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("参数 date 应为日期 yyyy-MM-dd / Parameter date must be a date yyyy-MM-dd: " + date);
    }
  }
}
