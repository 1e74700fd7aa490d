package org.fupinflow.publicnotice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.documents.PublicPages;
import org.fupinflow.security.Districts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public notice board, anonymous and read-only: {@code GET /public/notices} as a page (HTML, no script) or,
 * with {@code Accept: application/json} or at {@code /public/notices.json}, as JSON. It lists the notices running
 * and those finished in the last 30 days (engine clock). It reads only {@code public_notice}, which holds no ID
 * number, phone, income or member, and the person's given name masked.
 */
@Controller
class PublicBoard {

  /** How long a finished notice stays on the board. */
  static final Duration RECENT = Duration.ofDays(30);

  record BoardNotice(String district, String districtName, String kind, String village, String title, String person,
                     String category, String reason, LocalDate postedOn, LocalDate endsOn, String status,
                     String statusLabel) {
  }

  record Board(OffsetDateTime asOf, int noticeDays, List<BoardNotice> notices) {
  }

  private final PublicNotices notices;
  private final Districts districts;

  PublicBoard(PublicNotices notices, Districts districts) {
    this.notices = notices;
    this.districts = districts;
  }

  /** A page unless the caller prefers JSON: browsers, {@code curl} and a missing Accept header get the page. */
  @GetMapping("/public/notices")
  ResponseEntity<?> notices(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return PublicPages.answer(accept, board(), PublicBoard::page);
  }

  @GetMapping(path = "/public/notices.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Board json() {
    return board();
  }

  private Board board() {
    var now = ChinaTime.now();
    var districtNames = districts.names();
    var shown = notices.onBoard(new java.util.Date(now.getTime() - RECENT.toMillis())).stream()
        .map(notice -> new BoardNotice(notice.district(), districtNames.getOrDefault(notice.district(), notice.district()),
            notice.kind(), notice.village(), notice.title(), notice.person(), notice.categoryLabel(), notice.reason(),
            notice.postedOn(), notice.endsOn(), notice.status().name(), notice.status().label()))
        .toList();
    return new Board(now.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), PublicNoticeProcess.NOTICE_DAYS, shown);
  }

  private static String page(Board board) {
    var page = PublicPages.page("村级公示栏", """
        .RUNNING { color: #0a6b2d; font-weight: bold; }
        .WITHDRAWN { color: #a0241c; }
        """);
    page.append("<p>公示期").append(board.noticeDays()).append("天，自张贴次日起算，至第").append(board.noticeDays())
        .append("天24:00止。对公示内容有异议的，请在公示期内向本村村两委或区县扶贫办反映。下列为正在公示及近")
        .append(RECENT.toDays()).append("天内结束的公示。</p>\n");
    if (board.notices().isEmpty()) {
      page.append("<p>目前没有公示。</p>\n");
    } else {
      page.append("<table>\n<thead><tr><th>区县</th><th>村</th><th>公示事项</th><th>公示对象</th><th>类别</th>"
          + "<th>事由</th><th>公示期</th><th>状态</th></tr></thead>\n<tbody>\n");
      for (var notice : board.notices()) {
        page.append("<tr>")
            .append(cell(notice.districtName())).append(cell(notice.village())).append(cell(notice.title()))
            .append(cell(notice.person())).append(cell(notice.category())).append(cell(notice.reason()))
            .append(cell(notice.postedOn() + " 至 " + notice.endsOn()))
            .append("<td class=\"").append(notice.status()).append("\">").append(escape(notice.statusLabel())).append("</td>")
            .append("</tr>\n");
      }
      page.append("</tbody>\n</table>\n");
    }
    page.append("<p>本页不公开身份证号、电话、收入及家庭成员信息。数据格式：<a href=\"/public/notices.json\">JSON</a></p>\n")
        .append("</body>\n</html>\n");
    return page.toString();
  }

  private static String cell(String text) {
    return PublicPages.cell(text);
  }

  private static String escape(String text) {
    return PublicPages.escape(text);
  }
}
