package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  @Operation(operationId = "getMonthlyStatistics",
      summary = "区县扶贫资金支出月统计 / A district's monthly statistics of poverty funds",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。各资金名称本月及本年累计的"
      + "到账、配套、分配、拨付（元，两位小数）和本年支出率（无到账时为 null），各项目本月和本年拨付对照预算及计划；"
      + "confirmation 为区扶贫办在 Tasklist 确认月统计（每月1日起5个工作日内）后的确认人、时间和备注，之前为 null。"
      + " / The district poverty office and district finance (their district), the city poverty office, city finance, "
      + "supervisors, administrators. Per fund line the month's and the year-to-date received, matched, allocated "
      + "and disbursed (yuan, two decimals) and the year's spending rate (null when nothing came in); per project "
      + "the month's and year-to-date disbursements against budget and plan; confirmation is who confirmed the month "
      + "in Tasklist (within 5 working days of the 1st), when, and the remark, null before.")
  @GetMapping(PATH)
  @PreAuthorize(ProjectsApi.READERS)
  MonthlyReport report(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = ApiTexts.MONTH, example = "2020-06")
      @RequestParam(required = false) String month) {
    return statistics.of(access.readable(official, district), month(month));
  }

  @Operation(operationId = "downloadMonthlyStatistics",
      summary = "月统计 Excel 工作簿 / The monthly statistics as an Excel workbook",
      description = "读者同 JSON；工作表 资金月统计、项目月统计，金额为元的数字单元格，含签章栏。 / The readers of "
      + "the JSON; sheets 资金月统计 and 项目月统计, amounts as number cells in yuan, with the signature block.")
  @GetMapping(PATH + ".xlsx")
  @PreAuthorize(ProjectsApi.READERS)
  ResponseEntity<byte[]> workbook(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = ApiTexts.MONTH, example = "2020-06")
      @RequestParam(required = false) String month) {
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
