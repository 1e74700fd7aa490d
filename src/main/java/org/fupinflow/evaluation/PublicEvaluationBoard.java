package org.fupinflow.evaluation;

import static org.fupinflow.errors.InvalidRequestException.invalidField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InputHygiene;
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
 * {@code GET /public/evaluations} (anonymous): the published grades of the province's performance evaluation (002
 * 第十一条) — district, year, total on the 100 scale, grade and the day it was published; nothing else (no evidence, no
 * official). Unpublished evaluations do not appear. HTML for browsers, JSON with {@code Accept: application/json} or
 * at {@code /public/evaluations.json}; {@code year} filters.
 */
@Controller
class PublicEvaluationBoard {

  record Announcement(String district, String districtName, int year, BigDecimal total, String grade,
      LocalDate publishedOn) {
  }

  record Board(OffsetDateTime asOf, Integer year, List<Announcement> evaluations) {
  }

  private final EvaluationResults results;
  private final Districts districts;

  PublicEvaluationBoard(EvaluationResults results, Districts districts) {
    this.results = results;
    this.districts = districts;
  }

  @GetMapping("/public/evaluations")
  ResponseEntity<?> evaluations(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String year) {
    return PublicPages.answer(accept, board(year), PublicEvaluationBoard::page);
  }

  @GetMapping(path = "/public/evaluations.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Board json(@RequestParam(required = false) String year) {
    return board(year);
  }

  private Board board(String year) {
    var wanted = year(year);
    var names = districts.names();
    var evaluations = results.published(wanted).stream().map(grade -> new Announcement(grade.district(),
        names.getOrDefault(grade.district(), grade.district()), grade.year(), grade.total(), grade.grade(),
        grade.publishedAt().toLocalDate())).toList();
    return new Board(ChinaTime.now().toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), wanted, evaluations);
  }

  private static Integer year(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    int value;
    try {
      value = Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw invalidField("year", "年度", "应为四位年份：" + year, "expected a year such as 2020: " + year);
    }
    return InputHygiene.year(value, ChinaTime.today().getYear());
  }

  private static String page(Board board) {
    var title = (board.year() == null ? "" : board.year() + "年度") + "财政专项扶贫资金绩效评价结果公告";
    var page = PublicPages.page(title, "").append("""
        <p>依照《黑龙江省财政专项扶贫资金绩效评价办法》（黑财农〔2017〕185号），各区县绩效评价结果分为优秀（≥90分）、良好（80–90分）、及格（60–80分）、不及格（&lt;60分）四个等级，现予公告。非国家级贫困县按84分满分折算为百分制。</p>
        """);
    if (board.evaluations().isEmpty()) {
      page.append("<p>目前没有已公布的绩效评价结果。</p>\n");
    } else {
      page.append("<table>\n<thead><tr><th>区县</th><th>年度</th><th>总分（百分制）</th><th>等级</th><th>公布日期</th></tr>"
          + "</thead>\n<tbody>\n");
      for (var evaluation : board.evaluations()) {
        page.append("<tr>").append(PublicPages.cell(evaluation.districtName())).append(PublicPages.cell(evaluation.year()))
            .append("<td class=\"amount\">").append(PublicPages.escape(evaluation.total().toPlainString())).append("</td>")
            .append(PublicPages.cell(evaluation.grade())).append(PublicPages.cell(evaluation.publishedOn()))
            .append("</tr>\n");
      }
      page.append("</tbody>\n</table>\n");
    }
    page.append("<p>数据格式：<a href=\"/public/evaluations.json\">JSON</a></p>\n</body>\n</html>\n");
    return page.toString();
  }
}
