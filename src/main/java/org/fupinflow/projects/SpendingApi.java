package org.fupinflow.projects;

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

  @GetMapping("/spending")
  @PreAuthorize(ProjectsApi.READERS)
  SpendingReport district(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    var wanted = access.readable(official, district);
    var day = asOf(asOf);
    return spending.of(wanted, year(year, day), day);
  }

  @GetMapping("/{district}/{code}/spending")
  @PreAuthorize(ProjectsApi.READERS)
  SpendingReport.OfProject project(@AuthenticationPrincipal FupinPrincipal official, @PathVariable String district,
      @PathVariable String code, @RequestParam(required = false) Integer year,
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
