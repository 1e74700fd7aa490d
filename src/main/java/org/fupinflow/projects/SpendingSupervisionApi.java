package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.FupinPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/spending-supervision?district=}: the district's open spending-supervision cases (projects
 * behind their plan at a checkpoint that have not caught up yet), read by the same officials and districts as
 * {@code /api/projects/spending}.
 */
@RestController
@RequestMapping(ProjectsApi.PATH)
class SpendingSupervisionApi {

  /** One open case: the project, the checkpoint, planned and disbursed by it, and the city's 督办 once issued. */
  record OpenCase(String caseKey, String processInstanceId, String projectCode, String projectName,
      LocalDate checkpointDate, BigDecimal plannedPercent, BigDecimal plannedYuan, BigDecimal disbursedYuan,
      BigDecimal shortfallYuan, OffsetDateTime detectedAt, String supervisionOpinion, LocalDate catchUpBy,
      String issuedBy, OffsetDateTime issuedAt) {
  }

  record OpenCases(String district, List<OpenCase> cases) {
  }

  private final SpendingSupervisions supervisions;
  private final ProjectLibrary library;
  private final LibraryAccess access;

  SpendingSupervisionApi(SpendingSupervisions supervisions, ProjectLibrary library, LibraryAccess access) {
    this.supervisions = supervisions;
    this.library = library;
    this.access = access;
  }

  @Operation(operationId = "listSpendingSupervision",
      summary = "支出进度落后督办：区县未结案件 / Spending behind plan: the district's open cases",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。每个支出节点次日对落后于计"
      + "划的项目启动督办案件，市扶贫办3个工作日内下达督办意见；追上计划即结案。金额以元计，两位小数；督办意见下达后带 "
      + "supervisionOpinion、catchUpBy、issuedBy、issuedAt。 / The district poverty office and district finance (their "
      + "district), the city poverty office, city finance, supervisors, administrators. The day after each checkpoint "
      + "every project behind its plan gets a case; the city poverty office issues its opinion within 3 working days; "
      + "catching up closes the case. Amounts in yuan, two decimals; once issued, supervisionOpinion, catchUpBy, "
      + "issuedBy and issuedAt.")
  @GetMapping("/spending-supervision")
  @PreAuthorize(ProjectsApi.READERS)
  OpenCases open(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district) {
    var wanted = access.readable(official, district);
    var cases = supervisions.openRows(wanted).stream()
        .map(row -> new OpenCase(row.businessKey(), row.processInstanceId(), row.projectCode(),
            library.find(wanted, row.projectCode()).map(Project::name).orElse(null), row.checkpointDate(),
            row.plannedPercent(), Yuan.of(row.plannedFen()), Yuan.of(row.disbursedFen()), Yuan.of(row.shortfallFen()),
            row.detectedAt(), row.opinion(), row.catchUpBy(), row.issuedBy(), row.issuedAt()))
        .toList();
    return new OpenCases(wanted, cases);
  }
}
