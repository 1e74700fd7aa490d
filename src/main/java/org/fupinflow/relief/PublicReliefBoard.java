package org.fupinflow.relief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.documents.PublicPages;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.money.Yuan;
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
 * {@code GET /public/relief} (anonymous): every relief payout (防贫保险救助金) — district, township, the person's
 * name masked as the notices mask it (张**), the event, the amount and the day paid. No ID number, no figures of
 * the person's costs. HTML for browsers, JSON with {@code Accept: application/json} or at {@code /public/relief.json}.
 */
@Controller
class PublicReliefBoard {

  record Announcement(String caseNumber, String district, String districtName, String townshipName, String person,
      String eventTypeLabel, BigDecimal amount, LocalDate paidOn) {
  }

  record Board(OffsetDateTime asOf, BigDecimal total, List<Announcement> payouts) {
  }

  private final ReliefClaims claims;
  private final Districts districts;

  PublicReliefBoard(ReliefClaims claims, Districts districts) {
    this.claims = claims;
    this.districts = districts;
  }

  @GetMapping("/public/relief")
  ResponseEntity<?> relief(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String district) {
    return PublicPages.answer(accept, board(district), PublicReliefBoard::page);
  }

  @GetMapping(path = "/public/relief.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Board json(@RequestParam(required = false) String district) {
    return board(district);
  }

  private Board board(String district) {
    var names = new RegionNames(districts);
    var payouts = claims.paid(district).stream().map(claim -> new Announcement(claim.caseNumber(), claim.district(),
        names.district(claim.district()), names.township(claim.district(), claim.township()),
        IdNumbers.maskName(claim.personName()), claim.eventType().label(), Yuan.of(claim.paidAmountFen()),
        claim.paidOn())).toList();
    var total = payouts.stream().map(Announcement::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new Board(ChinaTime.now().toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), total, payouts);
  }

  private static String page(Board board) {
    var page = PublicPages.page("防贫保险救助金发放公示", "").append("""
        <p>经乡镇提报、区县扶贫办审核、保险公司核查，以下救助金已发放到位。对公示内容有异议的，请向区县扶贫办反映。</p>
        """);
    if (board.payouts().isEmpty()) {
      page.append("<p>目前没有已发放的救助金。</p>\n");
    } else {
      page.append("<table>\n<thead><tr><th>区县</th><th>乡镇</th><th>救助对象</th><th>事故类型</th><th>金额（元）</th>"
          + "<th>发放日期</th></tr></thead>\n<tbody>\n");
      for (var payout : board.payouts()) {
        page.append("<tr>").append(PublicPages.cell(payout.districtName())).append(PublicPages.cell(payout.townshipName()))
            .append(PublicPages.cell(payout.person())).append(PublicPages.cell(payout.eventTypeLabel()))
            .append("<td class=\"amount\">").append(PublicPages.escape(payout.amount().toPlainString())).append("</td>")
            .append(PublicPages.cell(payout.paidOn())).append("</tr>\n");
      }
      page.append("<tr><th colspan=\"4\">合计</th><td class=\"amount\">").append(board.total().toPlainString())
          .append("</td><td></td></tr>\n</tbody>\n</table>\n");
    }
    page.append("<p>数据格式：<a href=\"/public/relief.json\">JSON</a></p>\n</body>\n</html>\n");
    return page.toString();
  }
}
