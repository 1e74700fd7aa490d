package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  @Operation(operationId = "listProjects",
      summary = "项目库：区县的扶贫项目及绩效目标 / The project library: a district's projects with their "
      + "performance goals",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。不给 district 时为调用者的"
      + "各区县。 / The district poverty office and district finance (their district), the city poverty office, city "
      + "finance, supervisors, administrators. Without district, the caller's districts.")
  @GetMapping
  @PreAuthorize(READERS)
  List<Project> list(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "资金名称（专款专用），如 农村人口精准防贫机制市级补助资金 / Fund line (earmarked), "
          + "e.g. 农村人口精准防贫机制市级补助资金")
      @RequestParam(required = false) String fundLine) {
    if (district != null && !district.isBlank()) {
      access.requireDistrict(official, district.strip());
      return library.list(List.of(district.strip()), fundLine);
    }
    return library.list(official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds(), fundLine);
  }

  @Operation(operationId = "getProject",
      summary = "项目库中的一个项目 / One project of the library",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。没有该项目 404。 / The "
      + "district poverty office and district finance (their district), the city poverty office, city finance, supervis"
      + "ors, administrators. An unknown project is 404.")
  @GetMapping("/{district}/{code}")
  @PreAuthorize(READERS)
  Project project(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @PathVariable String district,
      @Parameter(description = ApiTexts.PROJECT_CODE, example = "230-0102-FPJ-0001")
      @PathVariable String code) {
    access.requireDistrict(official, district);
    return library.find(district, code).orElseThrow(() -> new NoSuchProject(district, code));
  }

  @Operation(operationId = "enterProject",
      summary = "区县直接入库 / Enter a project directly (区县直接入库)",
      description = "本区县的区县扶贫办和系统管理员。项目须有绩效目标（至少一个产出指标和一个效益指标）；预算以元计，"
      + "大于0，最多两位小数；支出计划为累计百分比，非递减，12月为100；用途在负面清单（工作经费、宣传费、交通通讯费）"
      + "上的拒绝。fundLevel 不能为市级：市级专项资金项目须乡申报、县审核、市复核（/api/projects/applications）。"
      + "编码已用 409。记为 entryRoute DIRECT。 / The district poverty office of the district and administrators. "
      + "A project needs performance goals (at least one output and one benefit indicator); budget in yuan, above "
      + "0, at most two decimals; the spending plan is cumulative percent, non-decreasing, December = 100; a purpose "
      + "on the negative list (工作经费, 宣传费, 交通通讯费) is refused. fundLevel may not be 市级: city-level special "
      + "funds go through the township's application (/api/projects/applications). A code already used is 409. Recorded"
      + " as entryRoute DIRECT.")
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

  @Operation(operationId = "updateProject",
      summary = "修改直接入库的项目 / Replace a directly entered project's details and goals",
      description = "本区县的区县扶贫办和系统管理员；规则同新增，编码不变。经乡申报审批入库的项目 409（由乡镇重新申报）"
      + "。 / The district poverty office of the district and administrators; the rules of the direct entry, the "
      + "code stays. A project that came through an application is 409 (the township applies again).")
  @PutMapping("/{district}/{code}")
  @PreAuthorize(WRITERS)
  Project update(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @PathVariable String district,
      @Parameter(description = ApiTexts.PROJECT_CODE, example = "230-0102-FPJ-0001")
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
