package org.fupinflow.projects;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.documents.Downloads;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.documents.Signatories;
import org.fupinflow.security.FupinPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/monthly-statistics} and {@code GET /api/projects/monthly-statistics.xlsx}: a district's
 * monthly statistics (月统计) as JSON or Excel, read by the same officials and districts as the library.
 * {@code month} (yyyy-MM) is a past or the current month and defaults to the month before today's (China time,
 * engine clock); {@code district} to the official's one district.
 */
@RestController
@RequestMapping(ProjectsApi.PATH)
class MonthlyStatisticsApi {

  static final String PATH = "/monthly-statistics";
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MonthlyStatistics statistics;
  private final LibraryAccess access;
  private final Signatories signatories;

  MonthlyStatisticsApi(MonthlyStatistics statistics, LibraryAccess access, Signatories signatories) {
    this.statistics = statistics;
    this.access = access;
    this.signatories = signatories;
  }

  @GetMapping(PATH)
  @PreAuthorize(ProjectsApi.READERS)
  MonthlyReport report(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String month) {
    return statistics.of(access.readable(official, district), month(month));
  }

  @GetMapping(PATH + ".xlsx")
  @PreAuthorize(ProjectsApi.READERS)
  ResponseEntity<byte[]> workbook(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String month) {
    var report = statistics.of(access.readable(official, district), month(month));
    var name = MonthlyStatisticsWorkbook.title(report) + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
            "monthly-statistics-" + report.district() + "-" + report.month() + ".xlsx", name))
        .cacheControl(CacheControl.noStore())
        .body(MonthlyStatisticsWorkbook.write(report, signatories.of(report.districtName(), official.userId())));
  }

  /** yyyy-MM, not after the current month; without it the month before the current one. */
  static YearMonth month(String month) {
    var current = YearMonth.from(ChinaTime.today());
    if (month == null || month.isBlank()) {
      return current.minusMonths(1);
    }
    YearMonth wanted;
    try {
      wanted = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw ProjectRules.invalid("month", "月份", "格式应为 yyyy-MM（如 2020-06）：" + month,
          "must be yyyy-MM (e.g. 2020-06): " + month);
    }
    var earliest = YearMonth.from(InputHygiene.EARLIEST_DATE);
    if (wanted.isAfter(current) || wanted.isBefore(earliest)) {
      throw ProjectRules.invalid("month", "月份", "应在 " + earliest + " 至本月 " + current + " 之间：" + wanted,
          "must lie between " + earliest + " and the current month " + current + ": " + wanted);
    }
    return wanted;
  }
}
