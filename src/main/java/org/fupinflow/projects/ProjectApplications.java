package org.fupinflow.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.projects.ProjectApplication.Status;
import org.fupinflow.projects.ProjectApprovalProcess.Decisions;
import org.fupinflow.projects.ProjectApprovalProcess.Variables;
import org.fupinflow.security.ApplicationStarts;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Townships' project applications (项目申报) and their file: the application and the start of its
 * {@code project-approval} case in one transaction, each review's decision in the transaction that completes its task,
 * and the approved project's entry into the library. The goal table is checked by the library's own rules when it is
 * applied for and when it is revised, so an approved application always enters.
 */
@Service
public class ProjectApplications {

  /** The steps of an application's file. */
  enum Step {
    APPLY("乡镇申报"), REVISE("乡镇修改后重新申报"), WITHDRAW("乡镇撤回"), DISTRICT_REVIEW("区县审核"), CITY_REVIEW("市复核");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  private static final class NotYourTownship extends ApiRefusal {
    NotYourTownship(String district, String township) {
      super(403, "乡镇扶贫干部只能为本乡镇申报或修改项目：" + district + "/" + township
          + " / A township officer applies for and revises their own township's projects only: " + district + "/"
          + township);
    }
  }

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final ProjectLibrary library;
  private final Districts districts;
  private final RuntimeService runtimeService;
  private final ApplicationStarts applicationStarts;

  ProjectApplications(JdbcTemplate jdbc, ObjectMapper json, ProjectLibrary library, Districts districts,
      RuntimeService runtimeService, ApplicationStarts applicationStarts) {
    this.jdbc = jdbc;
    this.json = json;
    this.library = library;
    this.districts = districts;
    this.runtimeService = runtimeService;
    this.applicationStarts = applicationStarts;
  }

  /**
   * A township officer's application: checked as the library checks a project, for a fund level, from their own
   * township; its code neither in the library nor applied for before. Starts the district's review.
   */
  @Transactional
  ProjectApplication apply(ProjectApplicationDraft draft, FupinPrincipal official) {
    var project = ProjectRules.check(draft.project());
    var level = ProjectRules.fundLevel(draft.fundLevel(), true);
    var district = project.district();
    if (!official.tenantIds().contains(district)) {
      throw ApiRefusal.forbidden("无权为其他区县申报项目：" + district + " / You cannot apply for a project of district "
          + district);
    }
    var township = township(official, district, draft.township());
    if (library.find(district, project.code()).isPresent()) {
      throw new ProjectLibrary.DuplicateProject(district, project.code());
    }
    var now = ChinaTime.now().toInstant();
    try {
      jdbc.update("INSERT INTO project_application (district, code, township, fund_level, content, status, step_since,"
              + " applied_by, applied_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          district, project.code(), township, level.name(), content(project), Status.SUBMITTED.name(),
          ChinaTime.today(), official.userId(), Timestamp.from(now), official.userId(), Timestamp.from(now));
    } catch (DuplicateKeyException e) {
      throw ApiRefusal.conflict("项目编码 " + project.code() + " 已申报过（" + district + "），请使用新的项目编码 / Project code "
          + project.code() + " was already applied for in district " + district + "; use a new code");
    }
    recordStep(district, project.code(), Step.APPLY, "submit", null, official.userId(), now);
    var application = find(district, project.code()).orElseThrow();
    var variables = new HashMap<String, Object>(shown(application));
    variables.put(Variables.DISTRICT_CODE, district);
    applicationStarts.run(() -> runtimeService.startProcessInstanceByKey(ProjectApprovalProcess.KEY,
        ProjectApprovalProcess.businessKey(district, project.code()), variables));
    return application;
  }

  /**
   * A returned application's goal table revised by its township (the code stays); the township then resubmits it in
   * its task 修改项目申报.
   */
  @Transactional
  ProjectApplication revise(String district, String code, ProjectApplicationDraft draft, FupinPrincipal official) {
    var application = locked(district, code).orElseThrow(() -> noSuchApplication(district, code));
    if (!official.groupIds().contains(Townships.groupId(district, application.township()))) {
      throw new NotYourTownship(district, application.township());
    }
    if (application.status() != Status.RETURNED) {
      throw ApiRefusal.conflict("项目申报 " + code + " 当前为「" + application.status().label() + "」，只有退回修改的申报可以修改"
          + " / Application " + code + " is " + application.status().name() + "; only a returned application can be"
          + " revised");
    }
    var project = ProjectRules.check(new ProjectDraft(district, code, draft.name(), draft.fundLine(), draft.purpose(),
        draft.budgetYuan(), draft.spendingPlan(), draft.indicators()));
    var level = ProjectRules.fundLevel(draft.fundLevel(), true);
    jdbc.update("UPDATE project_application SET content = ?, fund_level = ?, updated_by = ?, updated_at = ?"
            + " WHERE district = ? AND code = ?", content(project), level.name(), official.userId(),
        Timestamp.from(ChinaTime.now().toInstant()), district, code);
    return find(district, code).orElseThrow();
  }

  /** The longest opinion (审核意见, 修改说明) a review or revision form may submit. */
  static final int MAX_OPINION = 500;
  private static final Set<String> REVIEW_DECISIONS = Set.of(Decisions.APPROVE, Decisions.RETURN, Decisions.REJECT);
  private static final Set<String> REVISION_DECISIONS = Set.of(Decisions.RESUBMIT, Decisions.WITHDRAW);

  /** A review's result: where the application now stands, and the opinion the township is shown when not approved. */
  record Reviewed(Status next, String lastOpinion) {
  }

  /**
   * 县审核 or 市复核 as its form submitted it: approve, return to the township with reasons, or reject with reasons
   * (at most 500 characters); anything else is a 400 naming the field, and nothing changes.
   */
  @Transactional
  Reviewed review(String district, String code, Step step, Object decision, Object opinion, String decidedBy) {
    var chosen = reviewDecision(decision);
    var text = opinion(opinion, Variables.REVIEW_OPINION, !chosen.equals(Decisions.APPROVE),
        chosen.equals(Decisions.RETURN) ? "退回的理由" : "不予立项的理由");
    var next = decide(district, code, step, chosen, text, decidedBy);
    return new Reviewed(next, next == Status.RETURNED || next == Status.REJECTED ? step.label() + "：" + text : null);
  }

  /**
   * 修改项目申报 as its form submitted it: resubmit the (revised) application to the district, or withdraw it, with an
   * optional note. Returns what the forms show of a resubmitted application, nothing for a withdrawn one.
   */
  @Transactional
  Map<String, Object> decideRevision(String district, String code, Object decision, Object note, String decidedBy) {
    if (!(decision instanceof String chosen) || !REVISION_DECISIONS.contains(chosen)) {
      throw new InvalidSubmission(Variables.REVISION_DECISION, "请选择：修改后重新申报或撤回申报", "must be resubmit or withdraw");
    }
    var text = opinion(note, Variables.REVISION_NOTE, false, "修改说明");
    var step = chosen.equals(Decisions.RESUBMIT) ? Step.REVISE : Step.WITHDRAW;
    decide(district, code, step, chosen, text, decidedBy);
    return step == Step.REVISE ? shown(find(district, code).orElseThrow()) : Map.of();
  }

  static String reviewDecision(Object decision) {
    if (!(decision instanceof String chosen) || !REVIEW_DECISIONS.contains(chosen)) {
      throw new InvalidSubmission(Variables.REVIEW_DECISION, "请选择审核意见：同意、退回乡镇修改或不予立项",
          "must be approve, return or reject");
    }
    return chosen;
  }

  /** An opinion as submitted: stripped, {@code null} when blank; {@code required} with a return or a rejection. */
  static String opinion(Object value, String variable, boolean required, String what) {
    var text = value instanceof String given && !given.isBlank() ? given.strip() : null;
    if (required && text == null) {
      throw new InvalidSubmission(variable, "请填写" + what, "required with this decision");
    }
    if (text != null && text.length() > MAX_OPINION) {
      throw new InvalidSubmission(variable, what + "不能超过" + MAX_OPINION + "字", "at most " + MAX_OPINION + " characters");
    }
    return text;
  }

  /**
   * A step's decision, in the transaction that completes its task: the application moves on, the step's deadline
   * restarts from today, and the file records who decided what and why. {@code expected} is where the application
   * must stand for the step; anything else is a bad request, and nothing changes.
   */
  @Transactional
  Status decide(String district, String code, Step step, String decision, String opinion, String decidedBy) {
    var application = locked(district, code).orElseThrow(() -> noSuchApplication(district, code));
    var expected = switch (step) {
      case DISTRICT_REVIEW -> Status.SUBMITTED;
      case CITY_REVIEW -> Status.DISTRICT_APPROVED;
      case REVISE, WITHDRAW -> Status.RETURNED;
      case APPLY -> throw new IllegalArgumentException("an application is applied for once");
    };
    if (application.status() != expected) {
      throw new BadUserRequestException("项目申报 " + code + " 当前为「" + application.status().label() + "」，不能" + step.label()
          + " / application " + code + " is " + application.status().name() + ", not awaiting " + step.name());
    }
    var next = switch (decision) {
      case Decisions.APPROVE -> step == Step.DISTRICT_REVIEW && application.needsCityReview() ? Status.DISTRICT_APPROVED
          : Status.APPROVED;
      case Decisions.RETURN -> Status.RETURNED;
      case Decisions.REJECT -> Status.REJECTED;
      case Decisions.RESUBMIT -> Status.SUBMITTED;
      case Decisions.WITHDRAW -> Status.WITHDRAWN;
      default -> throw new IllegalArgumentException("decision " + decision);
    };
    var now = ChinaTime.now().toInstant();
    jdbc.update("UPDATE project_application SET status = ?, step_since = ?, updated_by = ?, updated_at = ?"
        + " WHERE district = ? AND code = ?", next.name(), ChinaTime.today(), decidedBy, Timestamp.from(now), district, code);
    recordStep(district, code, step, decision, opinion, decidedBy, now);
    return next;
  }

  /** The approved application's project enters the library, by the route its reviews took. */
  @Transactional
  Project enterLibrary(String district, String code) {
    var application = locked(district, code).orElseThrow(() -> noSuchApplication(district, code));
    if (application.status() != Status.APPROVED) {
      throw new IllegalStateException("application " + district + "/" + code + " is " + application.status());
    }
    var route = application.needsCityReview() ? EntryRoute.CITY_REVIEWED : EntryRoute.DISTRICT_REVIEWED;
    var approver = jdbc.queryForObject("SELECT decided_by FROM project_application_step WHERE district = ? AND code = ?"
        + " ORDER BY position DESC FETCH FIRST 1 ROWS ONLY", String.class, district, code);
    return library.create(application.project().entering(route, application.fundLevel(), application.township()),
        approver, ChinaTime.now().toInstant());
  }

  /** The variables the forms show, from the application as it now stands. */
  Map<String, Object> shown(ProjectApplication application) {
    var shown = new LinkedHashMap<String, Object>();
    shown.put(Variables.PROJECT_CODE, application.code());
    shown.put(Variables.PROJECT_NAME, application.project().name());
    shown.put(Variables.TOWNSHIP_NAME, application.townshipName());
    shown.put(Variables.FUND_LINE, application.project().fundLine());
    shown.put(Variables.FUND_LEVEL, application.fundLevel().label());
    shown.put(Variables.BUDGET_YUAN, application.project().budgetYuan().toPlainString());
    return shown;
  }

  @Transactional(readOnly = true)
  public Optional<ProjectApplication> find(String district, String code) {
    return query(" WHERE a.district = ? AND a.code = ?", district, code).stream().findFirst();
  }

  /**
   * The applications an official may read: a township officer's own townships', a district's officials' districts',
   * every district's for administrators; optionally of one district and one status.
   */
  @Transactional(readOnly = true)
  List<ProjectApplication> visibleTo(FupinPrincipal official, String district, Status status) {
    var where = new StringBuilder(" WHERE 1 = 1");
    var arguments = new ArrayList<Object>();
    if (district != null) {
      where.append(" AND a.district = ?");
      arguments.add(district);
    }
    if (status != null) {
      where.append(" AND a.status = ?");
      arguments.add(status.name());
    }
    return query(where.toString(), arguments.toArray()).stream().filter(application -> mayRead(official, application))
        .toList();
  }

  /** A township officer reads their townships' applications; the district's other officials and the city all of it. */
  static boolean mayRead(FupinPrincipal official, ProjectApplication application) {
    if (official.isMemberOf(Roles.ADMINS)) {
      return true;
    }
    if (!official.tenantIds().contains(application.district())) {
      return false;
    }
    if (official.isMemberOf(Roles.TOWNSHIP_OFFICERS) && !official.isMemberOf(Roles.DISTRICT_POVERTY_OFFICE)
        && !official.isMemberOf(Roles.DISTRICT_FINANCE) && !official.isMemberOf(Roles.CITY_POVERTY_OFFICE)
        && !official.isMemberOf(Roles.CITY_FINANCE) && !official.isMemberOf(Roles.SUPERVISORS)) {
      return official.groupIds().contains(Townships.groupId(application.district(), application.township()));
    }
    return true;
  }

  static ApiRefusal noSuchApplication(String district, String code) {
    return ApiRefusal.notFound("没有该项目申报：" + district + "/" + code + " / No project application " + code
        + " in district " + district);
  }

  /** The applying township: the one named, which must be the officer's own, or the officer's only one. */
  private String township(FupinPrincipal official, String district, String named) {
    var prefix = Townships.GROUP_PREFIX + district + "-";
    var own = official.groupIds().stream().filter(group -> group.startsWith(prefix))
        .map(group -> group.substring(prefix.length())).toList();
    if (named == null || named.isBlank()) {
      if (own.size() != 1) {
        throw ProjectRules.invalid("township", "申报乡镇", "必填（乡镇代码，如 xinnong）", "required (the township's code,"
            + " e.g. xinnong)");
      }
      return own.get(0);
    }
    var township = named.strip();
    if (!Townships.isValidCode(township) || !districts.townshipNames(district).containsKey(township)) {
      throw ProjectRules.invalid("township", "申报乡镇", "区县 " + district + " 没有乡镇 " + township,
          "district " + district + " has no township " + township);
    }
    if (!own.contains(township)) {
      throw new NotYourTownship(district, township);
    }
    return township;
  }

  private Optional<ProjectApplication> locked(String district, String code) {
    var found = jdbc.queryForList("SELECT code FROM project_application WHERE district = ? AND code = ? FOR UPDATE",
        String.class, district, code);
    return found.isEmpty() ? Optional.empty() : find(district, code);
  }

  private void recordStep(String district, String code, Step step, String decision, String opinion, String decidedBy,
      Instant at) {
    jdbc.update("INSERT INTO project_application_step (district, code, position, step, decision, opinion, decided_by,"
            + " decided_at) SELECT ?, ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ? FROM project_application_step"
            + " WHERE district = ? AND code = ?", district, code, step.name(), decision, opinion, decidedBy,
        Timestamp.from(at), district, code);
  }

  private String content(Project project) {
    try {
      return json.writeValueAsString(new ProjectDraft(null, null, project.name(), project.fundLine(), project.purpose(),
          project.budgetYuan(), project.spendingPlan(), project.indicators()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("project " + project.code() + " cannot be written as JSON", e);
    }
  }

  private List<ProjectApplication> query(String where, Object... arguments) {
    var steps = new LinkedHashMap<String, List<ProjectApplication.Step>>();
    jdbc.query("SELECT s.* FROM project_application_step s JOIN project_application a ON a.district = s.district"
        + " AND a.code = s.code" + where + " ORDER BY s.district, s.code, s.position", rs -> {
          steps.computeIfAbsent(rs.getString("district") + "/" + rs.getString("code"), key -> new ArrayList<>())
              .add(new ProjectApplication.Step(Step.valueOf(rs.getString("step")).label(), rs.getString("decision"),
                  rs.getString("opinion"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()));
        }, arguments);
    var townships = new HashMap<String, Map<String, String>>();
    return jdbc.query("SELECT a.* FROM project_application a" + where + " ORDER BY a.district, a.applied_at, a.code",
        (rs, row) -> application(rs, steps, townships), arguments);
  }

  private ProjectApplication application(ResultSet rs, Map<String, List<ProjectApplication.Step>> steps,
      Map<String, Map<String, String>> townships) throws SQLException {
    var district = rs.getString("district");
    var code = rs.getString("code");
    var township = rs.getString("township");
    var level = FundLevel.valueOf(rs.getString("fund_level"));
    var status = Status.valueOf(rs.getString("status"));
    ProjectDraft content;
    try {
      content = json.readValue(rs.getString("content"), ProjectDraft.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("application " + district + "/" + code + " holds no readable goal table", e);
    }
    var project = ProjectRules.check(new ProjectDraft(district, code, content.name(), content.fundLine(),
        content.purpose(), content.budgetYuan(), content.spendingPlan(), content.indicators()));
    var townshipName = townships.computeIfAbsent(district, districts::townshipNames).getOrDefault(township, township);
    return new ProjectApplication(district, code, township, townshipName, level, status, status.label(),
        level == FundLevel.CITY, rs.getObject("step_since", LocalDate.class), project,
        ProjectApprovalProcess.businessKey(district, code), rs.getString("applied_by"),
        rs.getTimestamp("applied_at").toInstant(), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
        steps.getOrDefault(district + "/" + code, List.of()));
  }
}
