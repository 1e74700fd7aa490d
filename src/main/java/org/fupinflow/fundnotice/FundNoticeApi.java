package org.fupinflow.fundnotice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.documents.Downloads;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/fund-notices}: city finance (or an integrating system acting as city finance) registers a notice
 * as JSON or imports its district table (.xlsx/.xls/.csv laid out like Annex 1 of 哈财指（农）〔2020〕590号, template at
 * {@code /api/fund-notices/import-template.xlsx}); everyone
 * concerned reads them, district officials the notices with a share for their districts.
 */
@RestController
class FundNoticeApi {

  record ShareView(String district, BigDecimal amount, BigDecimal matching) {
  }

  record NoticeView(String id, String documentNumber, LocalDate issuedOn, String level, String levelLabel,
                    String fundLine, String functionCode, String governmentEconomicCode,
                    String departmentEconomicCode, BigDecimal matchingRatio, BigDecimal total, BigDecimal matchingTotal,
                    List<ShareView> shares) {

    static NoticeView of(FundNotice notice) {
      long matching = notice.shares().stream().mapToLong(share -> share.matchingFen() == null ? 0 : share.matchingFen()).sum();
      return new NoticeView(notice.id(), notice.documentNumber(), notice.issuedOn(), notice.level().name(),
          notice.level().label(), notice.fundLine(), notice.functionCode(), notice.governmentEconomicCode(),
          notice.departmentEconomicCode(), notice.matchingRatio() == null ? null : notice.matchingRatio().stripTrailingZeros(),
          Yuan.of(notice.totalFen()), Yuan.of(matching), notice.shares().stream()
          .map(share -> new ShareView(share.district(), Yuan.of(share.amountFen()),
              share.matchingFen() == null ? null : Yuan.of(share.matchingFen()))).toList());
    }
  }

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FundNotices notices;
  private final Districts districts;

  FundNoticeApi(FundNotices notices, Districts districts) {
    this.notices = notices;
    this.districts = districts;
  }

  /** The workbook to fill for {@code /api/fund-notices/import}: its header row and one example row. */
  @GetMapping("/api/fund-notices/import-template.xlsx")
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  ResponseEntity<byte[]> importTemplate() {
    var example = districts.names().values().stream().findFirst().orElse("道里区");
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment("fund-notice-import-template.xlsx", ImportTemplate.FILE_NAME))
        .cacheControl(CacheControl.noStore())
        .body(ImportTemplate.write(example));
  }

  @PostMapping(path = "/api/fund-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  NoticeView register(@AuthenticationPrincipal FupinPrincipal official, @RequestBody FundNotices.Request request) {
    return NoticeView.of(notices.register(request, "api", official.userId()));
  }

  /** The notice's fields as form parameters, the district table as {@code file} (.xlsx, .xls or .csv). */
  @PostMapping(path = "/api/fund-notices/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  NoticeView importTable(@AuthenticationPrincipal FupinPrincipal official, @RequestParam MultipartFile file,
      @RequestParam(required = false) String documentNumber, @RequestParam(required = false) String issuedOn,
      @RequestParam(required = false) String level, @RequestParam(required = false) String fundLine,
      @RequestParam(required = false) String functionCode, @RequestParam(required = false) String governmentEconomicCode,
      @RequestParam(required = false) String departmentEconomicCode, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String matchingRatio) throws IOException {
    var request = new FundNotices.Request(documentNumber, issuedOn, level, fundLine, functionCode, governmentEconomicCode,
        departmentEconomicCode, unit, matchingRatio, null);
    var rows = SpreadsheetRows.read(file.getOriginalFilename(), file.getBytes());
    var shares = ShareTable.parse(rows, notices.districtsByName(), Amounts.Unit.of(unit));
    return NoticeView.of(notices.register(request, shares, "import", official.userId()));
  }

  @GetMapping("/api/fund-notices")
  @PreAuthorize("hasAnyRole('city-finance', 'city-poverty-office', 'district-finance', 'district-poverty-office', "
      + "'supervisors', 'camunda-admin')")
  List<NoticeView> list(@AuthenticationPrincipal FupinPrincipal official) {
    var cityWide = Roles.cityWide().stream().anyMatch(official::isMemberOf);
    return notices.list(cityWide ? null : official.tenantIds()).stream().map(NoticeView::of).toList();
  }
}
