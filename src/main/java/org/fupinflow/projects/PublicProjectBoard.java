package org.fupinflow.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.documents.PublicPages;
import org.fupinflow.security.Districts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /public/projects} (anonymous): the project library with each project's performance goals, as filed
 * with the city's leading group and published (003) — district, code and name, fund line, purpose, budget, the
 * spending plan and the goal table, how it entered the library (区县直接入库; 乡申报、县审核; 乡申报、县审核、市复核), the
 * applying township and the day it entered. Only the library's projects: an application under review is not shown.
 * No official's user id, no personal data. HTML for browsers, JSON with {@code Accept: application/json} or
 * at {@code /public/projects.json}; {@code district} filters.
 */
@Controller
class PublicProjectBoard {

  record Announcement(String district, String districtName, String code, String name, String fundLine,
                      String purpose, BigDecimal budgetYuan, Project.SpendingPlan spendingPlan,
                      List<Project.Indicator> indicators, String entryRoute, String townshipName,
                      LocalDate enteredOn) {
  }

  record Board(OffsetDateTime asOf, BigDecimal total, List<Announcement> projects) {
  }

  private final ProjectLibrary library;
  private final Districts districts;

  PublicProjectBoard(ProjectLibrary library, Districts districts) {
    this.library = library;
    this.districts = districts;
  }

  @GetMapping("/public/projects")
  ResponseEntity<?> projects(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String district) {
    return PublicPages.answer(accept, board(district), PublicProjectBoard::page);
  }

  @GetMapping(path = "/public/projects.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Board json(@RequestParam(required = false) String district) {
    return board(district);
  }

  /** Two queries whatever the number of projects: the library reads all goals of the districts at once. */
  private Board board(String district) {
    var names = districts.names();
    List<String> wanted = null;
    if (district != null && !district.isBlank()) {
      var code = district.strip();
      if (!names.containsKey(code)) {
        throw Districts.unknown(code);
      }
      wanted = List.of(code);
    }
    var townships = new HashMap<String, Map<String, String>>();
    var projects = library.list(wanted, null).stream().map(project -> new Announcement(project.district(),
        names.getOrDefault(project.district(), project.district()), project.code(), project.name(), project.fundLine(),
        project.purpose(), project.budgetYuan(), project.spendingPlan(), project.indicators(),
        project.entryRoute().label(), project.township() == null ? null
            : townships.computeIfAbsent(project.district(), districts::townshipNames)
                .getOrDefault(project.township(), project.township()),
        project.createdAt().atZone(ChinaTime.ZONE).toLocalDate())).toList();
    var total = projects.stream().map(Announcement::budgetYuan).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new Board(ChinaTime.now().toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), total, projects);
  }

  private static String page(Board board) {
    var page = PublicPages.page("扶贫项目库及绩效目标公示", """
        section { margin: 2em 0; }
        h2 { font-size: 1.2em; }
        """).append("""
        <p>以下项目已纳入扶贫项目库，其绩效目标已报市扶贫开发领导小组备案，现予公示。对公示内容有异议的，请向区县扶贫办反映。</p>
        """);
    if (board.projects().isEmpty()) {
      page.append("<p>目前项目库中没有项目。</p>\n");
    } else {
      page.append("<p>共").append(board.projects().size()).append("个项目，预算合计<span class=\"amount\">")
          .append(board.total().toPlainString()).append("</span>元。</p>\n");
    }
    for (var project : board.projects()) {
      var plan = project.spendingPlan();
      page.append("<section>\n<h2>").append(PublicPages.escape(project.districtName() + " " + project.code() + " "
              + project.name())).append("</h2>\n<table>\n<tbody>\n")
          .append("<tr><th>区县</th>").append(PublicPages.cell(project.districtName()
              + (project.townshipName() == null ? "" : " " + project.townshipName()))).append("</tr>\n")
          .append("<tr><th>入库方式</th>").append(PublicPages.cell(project.entryRoute() + "，" + project.enteredOn()
              + "入库")).append("</tr>\n")
          .append("<tr><th>资金名称</th>").append(PublicPages.cell(project.fundLine())).append("</tr>\n")
          .append("<tr><th>项目内容</th>").append(PublicPages.cell(project.purpose())).append("</tr>\n")
          .append("<tr><th>预算（元）</th><td class=\"amount\">")
          .append(PublicPages.escape(project.budgetYuan().toPlainString())).append("</td></tr>\n")
          .append("</tbody>\n</table>\n")
          .append("<h3>资金支出计划（累计，%）</h3>\n<table>\n<thead><tr><th>3月底</th><th>6月底</th><th>10月底</th>"
              + "<th>12月底</th></tr></thead>\n<tbody>\n<tr>")
          .append(percent(plan.march())).append(percent(plan.june())).append(percent(plan.october()))
          .append(percent(plan.december())).append("</tr>\n</tbody>\n</table>\n")
          .append("<h3>绩效目标</h3>\n");
      if (project.indicators().isEmpty()) {
        page.append("<p>未填报绩效目标。</p>\n");
      } else {
        page.append("<table>\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>\n"
            + "<tbody>\n");
        for (var indicator : project.indicators()) {
          page.append("<tr>").append(PublicPages.cell(indicator.level())).append(PublicPages.cell(indicator.category()))
              .append(PublicPages.cell(indicator.name())).append(PublicPages.cell(indicator.target())).append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
      }
      page.append("</section>\n");
    }
    page.append("<p>数据格式：<a href=\"/public/projects.json\">JSON</a></p>\n</body>\n</html>\n");
    return page.toString();
  }

  private static String percent(BigDecimal value) {
    return "<td class=\"amount\">" + (value == null ? "" : PublicPages.escape(value.stripTrailingZeros().toPlainString()))
        + "</td>";
  }
}
