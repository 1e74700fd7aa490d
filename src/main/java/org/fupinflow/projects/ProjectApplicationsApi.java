package org.fupinflow.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  @Operation(operationId = "applyForProject",
      summary = "乡镇项目申报（乡申报、县审核、市复核） / A township applies for a project (township applies,"
      + " county reviews, city re-reviews)",
      description = "仅乡镇扶贫干部，为本乡镇（只属一个乡镇时可省略 township）；其他乡镇或区县 403，其他角色 403（区县直"
      + "接入库）。规则同项目库，另需 fundLevel（CENTRAL/PROVINCE/CITY/DISTRICT 或 中央/省级/市级/区级）；编码已入库或已"
      + "申报 409。申报与 project-approval 案件同一事务启动：县审核 5 个工作日，申请市级资金的市复核 5 个工作日，"
      + "退回后乡镇修改 10 个工作日。 / Township officers only, for their own township (township may be left out "
      + "by an officer of one township); another township or district is 403, other roles 403 (the district enters "
      + "directly). The library's rules, plus fundLevel (CENTRAL/PROVINCE/CITY/DISTRICT or 中央/省级/市级/区级); "
      + "a code in the library or applied for before is 409. The application and its project-approval case start "
      + "in one transaction: district review within 5 working days, the city's re-review of one asking for city-level "
      + "funds within 5 working days, a returned application revised within 10 working days.")
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

  @Operation(operationId = "listApplications",
      summary = "项目申报列表 / The project applications",
      description = "本乡镇的乡镇扶贫干部（仅本乡镇的申报）、本区县的区县扶贫办和区县财政局、市扶贫办、市财政局、"
      + "督查、系统管理员；其他区县 403。 / Township officers (their townships' applications only), the district "
      + "poverty office and district finance of the district, the city poverty office, city finance, supervisors, "
      + "administrators; another district is 403. ")
  @GetMapping
  @PreAuthorize(READERS)
  List<ProjectApplication> list(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "状态：SUBMITTED 县审核中、DISTRICT_APPROVED 市复核中、RETURNED 退回修改、APPROVED "
          + "已入库、REJECTED 不予立项、WITHDRAWN 已撤回 / Status: SUBMITTED, DISTRICT_APPROVED, RETURNED, APPROVED, "
          + "REJECTED, WITHDRAWN", example = "SUBMITTED")
      @RequestParam(required = false) String status) {
    String wanted = null;
    if (district != null && !district.isBlank()) {
      wanted = district.strip();
      access.requireDistrict(official, wanted);
    }
    return applications.visibleTo(official, wanted, status(status));
  }

  @Operation(operationId = "getApplication",
      summary = "一个项目申报及其审批记录 / One application with its file of decisions",
      description = "本乡镇的乡镇扶贫干部（仅本乡镇的申报）、本区县的区县扶贫办和区县财政局、市扶贫办、市财政局、"
      + "督查、系统管理员；其他区县 403。没有该申报 404。 / Township officers (their townships' applications only), "
      + "the district poverty office and district finance of the district, the city poverty office, city finance, "
      + "supervisors, administrators; another district is 403. An unknown application is 404.")
  @GetMapping("/{district}/{code}")
  @PreAuthorize(READERS)
  ProjectApplication application(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @PathVariable String district,
      @Parameter(description = ApiTexts.PROJECT_CODE, example = "230-0102-FPJ-0001")
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

  @Operation(operationId = "reviseApplication",
      summary = "修改退回的项目申报 / Revise a returned application",
      description = "申报乡镇的乡镇扶贫干部，仅当状态为 RETURNED（否则 409）；之后在 Tasklist 的修改项目申报中重新提交。"
      + " / The applying township's officers, only while RETURNED (else 409); then resubmitted in Tasklist (修改项目申报"
      + ").")
  @PutMapping("/{district}/{code}")
  @PreAuthorize(APPLICANTS)
  ProjectApplication revise(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = ApiTexts.DISTRICT_PATH, example = "daoli")
      @PathVariable String district,
      @Parameter(description = ApiTexts.PROJECT_CODE, example = "230-0102-FPJ-0001")
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
