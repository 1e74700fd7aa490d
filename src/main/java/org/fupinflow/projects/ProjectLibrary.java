package org.fupinflow.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project library of every district. Reads and the fundability check join the caller's transaction, so the
 * disbursement process may call them from its delegates and listeners.
 */
@Service
public class ProjectLibrary {

  /** A project code already in the district's library. */
  static final class DuplicateProject extends ApiRefusal {
    DuplicateProject(String district, String code) {
      super(409, "项目编码 " + code + " 已在 " + district + " 的项目库中 / Project code " + code
          + " is already in the project library of district " + district);
    }
  }

  private final JdbcTemplate jdbc;

  ProjectLibrary(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A change through {@code /api/projects} of a project that a township applied for and the reviews approved. */
  static final class ReviewedProject extends ApiRefusal {
    ReviewedProject(Project project) {
      super(409, "项目 " + project.code() + " 经" + project.entryRoute().label() + "入库，不能由区县直接修改；如需调整请由乡镇重新申报"
          + " / Project " + project.code() + " entered the library through the township's application and its reviews ("
          + project.entryRoute().name() + "); the district cannot change it directly, the township applies again");
    }
  }

  /**
   * The project, when the district's library holds it with performance goals, it is paid from {@code fundLine}
   * (专款专用) and, for city-level funds ({@code level} CITY), the city re-reviewed it (003: 乡申报、县审核、市复核);
   * otherwise {@link ProjectRefused} naming the project.
   */
  @Transactional(readOnly = true)
  public Project requireFundable(String district, String projectCode, String fundLine, FundLevel level) {
    var code = projectCode == null ? "" : projectCode.strip();
    if (code.isEmpty()) {
      throw new ProjectRefused(code, "未填写项目编码：专项扶贫资金只能安排给项目库中的项目（001）",
          "no project code: special poverty funds go only to projects in the project library (001)");
    }
    var project = find(district, code).orElseThrow(() -> new ProjectRefused(code,
        "项目 " + code + " 不在 " + district + " 的扶贫项目库中，不得安排专项扶贫资金（001）",
        "project " + code + " is not in the project library of district " + district
            + " and may not receive special poverty funds (001)"));
    if (!project.hasPerformanceGoals()) {
      throw new ProjectRefused(code,
          "项目 " + code + "（" + project.name() + "）没有绩效目标（至少一项产出指标和一项效益指标），不得安排资金（001）",
          "project " + code + " (" + project.name() + ") has no performance goals (at least one output and one "
              + "benefit indicator) and may not receive funds (001)");
    }
    var line = fundLine == null ? "" : fundLine.strip();
    if (!project.fundLine().equals(line)) {
      throw new ProjectRefused(code,
          "项目 " + code + "（" + project.name() + "）只能使用「" + project.fundLine() + "」的资金，不能使用「" + line
              + "」的资金（专款专用）",
          "project " + code + " (" + project.name() + ") is funded from fund line \"" + project.fundLine()
              + "\" only, not from \"" + line + "\" (earmarked funds)");
    }
    if (level == FundLevel.CITY && project.entryRoute() != EntryRoute.CITY_REVIEWED) {
      throw new ProjectRefused(code,
          "项目 " + code + "（" + project.name() + "）未经乡申报、县审核、市复核（" + project.entryRoute().label()
              + "），不得安排市级专项资金（003）",
          "project " + code + " (" + project.name() + ") was not applied for by its township and re-reviewed by the city ("
              + project.entryRoute().name() + ") and may not receive city-level special funds (003)");
    }
    return project;
  }

  /** Refuses a use on the negative list (工作经费, 宣传费, 交通通讯费 — also 交通费, 通讯费) with {@link UseRefused}. */
  public static void requireAllowedUse(String use) {
    NegativeList.termIn(use).ifPresent(term -> {
      throw new UseRefused(NegativeList.chinese(use, term) + " / " + capitalised(NegativeList.english(use, term)));
    });
  }

  /** Whether a use may be paid from special poverty funds (it is not on the negative list). */
  public static boolean isAllowedUse(String use) {
    return NegativeList.termIn(use).isEmpty();
  }

  @Transactional(readOnly = true)
  public Optional<Project> find(String district, String code) {
    return query(" WHERE p.district = ? AND p.code = ?", district, code).stream().findFirst();
  }

  /** The projects of a district, optionally of one fund line only, by code. */
  @Transactional(readOnly = true)
  public List<Project> list(String district, String fundLine) {
    return list(List.of(district), fundLine);
  }

  /** The projects of the given districts ({@code null}: every district), optionally of one fund line. */
  List<Project> list(List<String> districts, String fundLine) {
    var where = new StringBuilder(" WHERE 1 = 1");
    var arguments = new ArrayList<Object>();
    if (districts != null) {
      if (districts.isEmpty()) {
        return List.of();
      }
      where.append(" AND p.district IN (").append(String.join(", ", districts.stream().map(d -> "?").toList())).append(")");
      arguments.addAll(districts);
    }
    if (fundLine != null && !fundLine.isBlank()) {
      where.append(" AND p.fund_line = ?");
      arguments.add(fundLine.strip());
    }
    return query(where.toString(), arguments.toArray());
  }

  /** Enters a checked project (see {@link ProjectRules}); refuses a code already in the district's library. */
  @Transactional
  Project create(Project project, String official, Instant now) {
    try {
      jdbc.update("INSERT INTO project (district, code, name, fund_line, purpose, budget_fen, plan_march, plan_june,"
              + " plan_october, plan_december, created_at, created_by, updated_at, updated_by, entry_route, fund_level,"
              + " township) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          project.district(), project.code(), project.name(), project.fundLine(), project.purpose(),
          Yuan.toFen(project.budgetYuan()), project.spendingPlan().march(), project.spendingPlan().june(),
          project.spendingPlan().october(), project.spendingPlan().december(), Timestamp.from(now), official,
          Timestamp.from(now), official, project.entryRoute().name(),
          project.fundLevel() == null ? null : project.fundLevel().name(), project.township());
    } catch (DuplicateKeyException e) {
      throw new DuplicateProject(project.district(), project.code());
    }
    insertIndicators(project);
    return find(project.district(), project.code()).orElseThrow();
  }

  /**
   * Replaces a directly entered project's goals and details; empty when the district's library has no such project.
   * A project that came through the township's application and its reviews is refused ({@link ReviewedProject}):
   * what the district and the city approved does not change behind their backs.
   */
  @Transactional
  Optional<Project> update(Project project, String official, Instant now) {
    var existing = jdbc.query("SELECT entry_route FROM project WHERE district = ? AND code = ? FOR UPDATE",
        (rs, row) -> EntryRoute.valueOf(rs.getString(1)), project.district(), project.code());
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    if (existing.get(0) != EntryRoute.DIRECT) {
      throw new ReviewedProject(find(project.district(), project.code()).orElseThrow());
    }
    jdbc.update("UPDATE project SET name = ?, fund_line = ?, purpose = ?, budget_fen = ?, plan_march = ?,"
            + " plan_june = ?, plan_october = ?, plan_december = ?, fund_level = ?, updated_at = ?, updated_by = ?"
            + " WHERE district = ? AND code = ?",
        project.name(), project.fundLine(), project.purpose(), Yuan.toFen(project.budgetYuan()),
        project.spendingPlan().march(), project.spendingPlan().june(), project.spendingPlan().october(),
        project.spendingPlan().december(), project.fundLevel() == null ? null : project.fundLevel().name(),
        Timestamp.from(now), official, project.district(), project.code());
    jdbc.update("DELETE FROM project_indicator WHERE district = ? AND code = ?", project.district(), project.code());
    insertIndicators(project);
    return find(project.district(), project.code());
  }

  private void insertIndicators(Project project) {
    var position = 0;
    for (var indicator : project.indicators()) {
      jdbc.update("INSERT INTO project_indicator (district, code, position, level, category, name, target)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)", project.district(), project.code(), ++position, indicator.level(),
          indicator.category(), indicator.name(), indicator.target());
    }
  }

  private List<Project> query(String where, Object... arguments) {
    var indicators = new LinkedHashMap<String, List<Project.Indicator>>();
    jdbc.query("SELECT i.* FROM project_indicator i JOIN project p ON p.district = i.district AND p.code = i.code"
        + where + " ORDER BY i.district, i.code, i.position", rs -> {
          indicators.computeIfAbsent(key(rs.getString("district"), rs.getString("code")), k -> new ArrayList<>())
              .add(new Project.Indicator(rs.getString("level"), rs.getString("category"), rs.getString("name"),
                  rs.getString("target")));
        }, arguments);
    return jdbc.query("SELECT p.* FROM project p" + where + " ORDER BY p.district, p.code",
        (rs, row) -> project(rs, indicators), arguments);
  }

  private static Project project(ResultSet rs, Map<String, List<Project.Indicator>> indicators) throws SQLException {
    var district = rs.getString("district");
    var code = rs.getString("code");
    return new Project(district, code, rs.getString("name"), rs.getString("fund_line"),
        Yuan.of(rs.getLong("budget_fen")), rs.getString("purpose"),
        new Project.SpendingPlan(percent(rs, "plan_march"), percent(rs, "plan_june"), percent(rs, "plan_october"),
            percent(rs, "plan_december")),
        indicators.getOrDefault(key(district, code), List.of()), rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
        EntryRoute.valueOf(rs.getString("entry_route")),
        rs.getString("fund_level") == null ? null : FundLevel.valueOf(rs.getString("fund_level")),
        rs.getString("township"));
  }

  private static BigDecimal percent(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column).setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String key(String district, String code) {
    return district + "/" + code;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
