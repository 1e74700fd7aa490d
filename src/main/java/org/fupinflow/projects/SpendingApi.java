package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.security.FupinPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/spending} and {@code GET /api/projects/{district}/{code}/spending}: disbursements against
 * budget and spending plan (项目支出进度), read by the same officials and districts as the library. {@code asOf}
 * defaults to today (China time, engine clock), {@code year} to the as-of date's year.
 */
@RestController
@RequestMapping(ProjectsApi.PATH)
class SpendingApi {

  private final SpendingAgainstPlan spending;
  private final LibraryAccess access;

  SpendingApi(SpendingAgainstPlan spending, LibraryAccess access) {
    this.spending = spending;
    this.access = access;
  }

  @Operation(operationId = "getSpending",
      summary = "项目支出进度：拨付对照预算和支出计划 / Spending against plan: disbursements against budget "
      + "and plan",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。各项目的拨付额（元，"
      + "两位小数）对照计划节点（3月31日、6月30日、10月31日、12月31日），节点状态 NOT_YET_DUE、BEHIND_PLAN、AHEAD_OR_ON"
      + "_PLAN；各资金名称的到账、配套、分配、拨付及支出率 = 拨付 ÷（到账 + 配套）。按业务日期计，冲正在其自身日期计；"
      + "计划金额 = 预算 × 百分比，四舍五入到分。 / The district poverty office and district finance (their district), "
      + "the city poverty office, city finance, supervisors, administrators. Each project's disbursements (yuan, "
      + "two decimals) against its plan's checkpoints (31 Mar, 30 Jun, 31 Oct, 31 Dec), status NOT_YET_DUE, BEHIND_PLAN"
      + " or AHEAD_OR_ON_PLAN; each fund line's received, matched, allocated and disbursed, and spending rate = disburs"
      + "ed ÷ (received + matched). By business date, a reversal on its own date; planned amount = budget × percent, "
      + "half up to the fen.")
  @GetMapping("/spending")
  @PreAuthorize(ProjectsApi.READERS)
  SpendingReport district(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = ApiTexts.YEAR_OF_AS_OF, example = "2020")
      @RequestParam(required = false) Integer year,
      @Parameter(description = ApiTexts.AS_OF, example = "2020-06-30")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    var wanted = access.readable(official, district);
    var day = asOf(asOf);
    return spending.of(wanted, year(year, day), day);
  }

  @Operation(operationId = "getProjectSpending",
      summary = "一个项目的支出进度 / One project's spending against plan",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。没有该项目 404。 / The "
      + "district poverty office and district finance (their district), the city poverty office, city finance, supervis"
      + "ors, administrators. An unknown project is 404.")
  @GetMapping("/{district}/{code}/spending")
  @PreAuthorize(ProjectsApi.READERS)
  SpendingReport.OfProject project(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @PathVariable String district,
      @Parameter(description = ApiTexts.PROJECT_CODE, example = "230-0102-FPJ-0001")
      @PathVariable String code,
      @Parameter(description = ApiTexts.YEAR_OF_AS_OF, example = "2020")
      @RequestParam(required = false) Integer year,
      @Parameter(description = ApiTexts.AS_OF, example = "2020-06-30")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    access.requireDistrict(official, district);
    var day = asOf(asOf);
    var figuresYear = year(year, day);
    var project = spending.of(district, code, figuresYear, day)
        .orElseThrow(() -> new ProjectsApi.NoSuchProject(district, code));
    return new SpendingReport.OfProject(district, figuresYear, day, project);
  }

  private static LocalDate asOf(LocalDate asOf) {
    return asOf == null ? ChinaTime.today() : InputHygiene.date("asOf", asOf);
  }

  private static int year(Integer year, LocalDate asOf) {
    if (year == null) {
      return asOf.getYear();
    }
    return InputHygiene.year(year, ChinaTime.today().getYear() + 1);
  }
}
