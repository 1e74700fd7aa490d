package org.fupinflow.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.documents.PublicPages;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /public/funds} (anonymous): every allocation that has been disbursed — document number, fund line,
 * level, project, amount, allocation and disbursement dates — the "两个一律" publication of 001. HTML for browsers,
 * JSON with {@code Accept: application/json} or at {@code /public/funds.json}; {@code district} filters.
 */
@Controller
class PublicFundsBoard {

  record Announcement(String district, String districtName, String documentNumber, String fundLine, String level,
                      String levelLabel, String projectCode, String projectName, BigDecimal amount, LocalDate allocatedOn,
                      LocalDate disbursedOn, String caseNumber) {
  }

  record Board(OffsetDateTime asOf, BigDecimal total, List<Announcement> funds) {
  }

  private final JdbcTemplate jdbc;
  private final Districts districts;

  PublicFundsBoard(JdbcTemplate jdbc, Districts districts) {
    this.jdbc = jdbc;
    this.districts = districts;
  }

  @GetMapping("/public/funds")
  ResponseEntity<?> funds(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String district) {
    return PublicPages.answer(accept, board(district), PublicFundsBoard::page);
  }

  @GetMapping(path = "/public/funds.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Board json(@RequestParam(required = false) String district) {
    return board(district);
  }

  private Board board(String district) {
    var names = districts.names();
    var sql = "SELECT * FROM public_fund_announcement" + (district == null ? "" : " WHERE district = ?")
        + " ORDER BY disbursed_on DESC, case_number, proposal_round, line_no";
    var args = district == null ? new Object[0] : new Object[] {district};
    List<Announcement> funds = jdbc.query(sql, (rs, row) -> {
      var level = FundLevel.valueOf(rs.getString("fund_level"));
      return new Announcement(rs.getString("district"), names.getOrDefault(rs.getString("district"), rs.getString("district")),
          rs.getString("document_number"), rs.getString("fund_line"), level.name(), level.label(),
          rs.getString("project_code"), rs.getString("project_name"), Yuan.of(rs.getLong("amount_fen")),
          rs.getObject("allocated_on", LocalDate.class), rs.getObject("disbursed_on", LocalDate.class),
          rs.getString("case_number"));
    }, args);
    var total = funds.stream().map(Announcement::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new Board(ChinaTime.now().toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), total, funds);
  }

  private static String page(Board board) {
    var page = PublicPages.page("财政专项扶贫资金分配及拨付公告", "").append("""
        <p>依照“两个一律”要求，财政专项扶贫资金的分配和拨付结果一律公告公示。对公示内容有异议的，请向区县扶贫办或财政局反映。</p>
        """);
    if (board.funds().isEmpty()) {
      page.append("<p>目前没有已拨付的资金。</p>\n");
    } else {
      page.append("<table>\n<thead><tr><th>区县</th><th>资金文件</th><th>资金名称</th><th>级次</th><th>项目</th>"
          + "<th>金额（元）</th><th>分配日期</th><th>拨付日期</th></tr></thead>\n<tbody>\n");
      for (var fund : board.funds()) {
        page.append("<tr>").append(PublicPages.cell(fund.districtName())).append(PublicPages.cell(fund.documentNumber()))
            .append(PublicPages.cell(fund.fundLine())).append(PublicPages.cell(fund.levelLabel()))
            .append(PublicPages.cell(fund.projectCode() + " " + fund.projectName()))
            .append("<td class=\"amount\">").append(PublicPages.escape(fund.amount().toPlainString())).append("</td>")
            .append(PublicPages.cell(fund.allocatedOn())).append(PublicPages.cell(fund.disbursedOn())).append("</tr>\n");
      }
      page.append("<tr><th colspan=\"5\">合计</th><td class=\"amount\">").append(board.total().toPlainString())
          .append("</td><td colspan=\"2\"></td></tr>\n</tbody>\n</table>\n");
    }
    page.append("<p>数据格式：<a href=\"/public/funds.json\">JSON</a></p>\n</body>\n</html>\n");
    return page.toString();
  }

}
