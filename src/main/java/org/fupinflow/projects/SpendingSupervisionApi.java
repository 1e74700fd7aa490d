package org.fupinflow.projects;

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

  @GetMapping("/spending-supervision")
  @PreAuthorize(ProjectsApi.READERS)
  OpenCases open(@AuthenticationPrincipal FupinPrincipal official, @RequestParam(required = false) String district) {
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
