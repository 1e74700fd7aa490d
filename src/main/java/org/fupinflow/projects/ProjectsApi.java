package org.fupinflow.projects;

import java.net.URI;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
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
 * {@code /api/projects}: the project library. The district poverty office keeps its district's library
 * (administrators any district's); the district's officials, the city and supervisors read it.
 */
@RestController
@RequestMapping(ProjectsApi.PATH)
class ProjectsApi {

  static final String PATH = "/api/projects";
  static final String READERS = "hasAnyRole('district-poverty-office', 'district-finance', "
      + "'city-poverty-office', 'city-finance', 'supervisors', 'camunda-admin')";
  private static final String WRITERS = "hasAnyRole('district-poverty-office', 'camunda-admin')";

  static final class NoSuchProject extends ApiRefusal {
    NoSuchProject(String district, String code) {
      super(404, "项目库中没有该项目：" + district + "/" + code + " / No project " + code + " in the library of district "
          + district);
    }
  }

  private final ProjectLibrary library;
  private final LibraryAccess access;
  private final ProjectApplications applications;

  ProjectsApi(ProjectLibrary library, LibraryAccess access, ProjectApplications applications) {
    this.library = library;
    this.access = access;
    this.applications = applications;
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<Project> list(@AuthenticationPrincipal FupinPrincipal official, @RequestParam(required = false) String district,
      @RequestParam(required = false) String fundLine) {
    if (district != null && !district.isBlank()) {
      access.requireDistrict(official, district.strip());
      return library.list(List.of(district.strip()), fundLine);
    }
    return library.list(official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds(), fundLine);
  }

  @GetMapping("/{district}/{code}")
  @PreAuthorize(READERS)
  Project project(@AuthenticationPrincipal FupinPrincipal official, @PathVariable String district,
      @PathVariable String code) {
    access.requireDistrict(official, district);
    return library.find(district, code).orElseThrow(() -> new NoSuchProject(district, code));
  }

  @PostMapping
  @PreAuthorize(WRITERS)
  ResponseEntity<Project> create(@AuthenticationPrincipal FupinPrincipal official, @RequestBody ProjectDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException("缺少请求体（项目） / Missing request body (the project)");
    }
    if (draft.district() != null && !draft.district().isBlank()) {
      access.requireDistrict(official, draft.district().strip());
    }
    var project = directEntry(draft);
    if (applications.find(project.district(), project.code()).isPresent()) {
      throw ApiRefusal.conflict("项目编码 " + project.code() + " 已用于乡镇的项目申报（" + project.district() + "），请使用新的项目编码"
          + " / Project code " + project.code() + " is used by a township's application in district "
          + project.district() + "; use a new code");
    }
    var created = library.create(project, official.userId(), ChinaTime.now().toInstant());
    return ResponseEntity.created(URI.create(PATH + "/" + created.district() + "/" + created.code())).body(created);
  }

  /**
   * 区县直接入库: the district's own entry of a project that needs no city review. City-level special funds go only to
   * projects that a township applied for and the district and the city approved ({@code /api/projects/applications}).
   */
  private static Project directEntry(ProjectDraft draft) {
    var project = ProjectRules.check(draft);
    var level = ProjectRules.fundLevel(draft.fundLevel(), false);
    if (level == FundLevel.CITY) {
      throw ProjectRules.invalid("fundLevel", "资金级次", "市级专项资金项目须乡申报、县审核、市复核（003），请由乡镇通过项目申报提出，"
              + "不能由区县直接入库", "projects for city-level special funds are applied for by the township and reviewed by"
              + " the district and re-reviewed by the city (003, /api/projects/applications); the district cannot enter"
              + " them directly");
    }
    return project.entering(EntryRoute.DIRECT, level, null);
  }

  @PutMapping("/{district}/{code}")
  @PreAuthorize(WRITERS)
  Project update(@AuthenticationPrincipal FupinPrincipal official, @PathVariable String district,
      @PathVariable String code, @RequestBody ProjectDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException("缺少请求体（项目） / Missing request body (the project)");
    }
    access.requireDistrict(official, district);
    ProjectRules.requireSameAsPath(district, code, draft.district(), draft.code());
    var project = directEntry(new ProjectDraft(district, code, draft.name(), draft.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators(), draft.fundLevel()));
    return library.update(project, official.userId(), ChinaTime.now().toInstant())
        .orElseThrow(() -> new NoSuchProject(district, code));
  }
}
