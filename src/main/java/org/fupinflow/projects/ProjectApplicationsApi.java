package org.fupinflow.projects;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.projects.ProjectApplication.Status;
import org.fupinflow.security.FupinPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/projects/applications}: townships' project applications (乡申报、县审核、市复核, 003). A township officer
 * applies for their township ({@code POST}) and revises a returned application ({@code PUT}); the reviews are the
 * tasks of its {@code project-approval} case in Tasklist. Township officers read their townships' applications, the
 * district's officials, the city and supervisors their districts', administrators all.
 */
@RestController
@RequestMapping(ProjectApplicationsApi.PATH)
class ProjectApplicationsApi {

  static final String PATH = ProjectsApi.PATH + "/applications";
  private static final String READERS = "hasAnyRole('township-officers', 'district-poverty-office', 'district-finance',"
      + " 'city-poverty-office', 'city-finance', 'supervisors', 'camunda-admin')";
  private static final String APPLICANTS = "hasRole('township-officers')";

  private final ProjectApplications applications;
  private final LibraryAccess access;

  ProjectApplicationsApi(ProjectApplications applications, LibraryAccess access) {
    this.applications = applications;
    this.access = access;
  }

  @PostMapping
  @PreAuthorize(APPLICANTS)
  ResponseEntity<ProjectApplication> apply(@AuthenticationPrincipal FupinPrincipal official,
      @RequestBody(required = false) ProjectApplicationDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException("缺少请求体（项目申报） / Missing request body (the project application)");
    }
    var application = applications.apply(draft, official);
    return ResponseEntity.created(URI.create(PATH + "/" + application.district() + "/" + application.code()))
        .body(application);
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<ProjectApplication> list(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String status) {
    String wanted = null;
    if (district != null && !district.isBlank()) {
      wanted = district.strip();
      access.requireDistrict(official, wanted);
    }
    return applications.visibleTo(official, wanted, status(status));
  }

  @GetMapping("/{district}/{code}")
  @PreAuthorize(READERS)
  ProjectApplication application(@AuthenticationPrincipal FupinPrincipal official, @PathVariable String district,
      @PathVariable String code) {
    access.requireDistrict(official, district);
    var application = applications.find(district, code)
        .orElseThrow(() -> ProjectApplications.noSuchApplication(district, code));
    if (!ProjectApplications.mayRead(official, application)) {
      throw ApiRefusal.forbidden("乡镇扶贫干部只能查看本乡镇的项目申报：" + district + "/" + code
          + " / A township officer reads their own township's applications only");
    }
    return application;
  }

  @PutMapping("/{district}/{code}")
  @PreAuthorize(APPLICANTS)
  ProjectApplication revise(@AuthenticationPrincipal FupinPrincipal official, @PathVariable String district,
      @PathVariable String code, @RequestBody(required = false) ProjectApplicationDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException("缺少请求体（项目申报） / Missing request body (the project application)");
    }
    access.requireDistrict(official, district);
    ProjectRules.requireSameAsPath(district, code, draft.district(), draft.code());
    return applications.revise(district, code, draft, official);
  }

  private static Status status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(Status.values())
        .filter(status -> status.name().equalsIgnoreCase(value.strip()) || status.label().equals(value.strip()))
        .findFirst().orElseThrow(() -> ProjectRules.invalid("status", "申报状态", "应为 " + Arrays.toString(Status.values())
            + " 之一：" + value, "must be one of " + Arrays.toString(Status.values()) + ": " + value));
  }
}
