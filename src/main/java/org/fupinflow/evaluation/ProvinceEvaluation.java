package org.fupinflow.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.calendar.HolidayCalendar;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computed part of 002's scoring table for one district and year, read from the fund ledger. A notice is a
 * document number with a RECEIPT on one of the district's fund lines, received (the receipt's business date, which
 * the fund-disbursement case sets to the notice's date) in the year; its allocations and disbursements are the
 * ledger's ALLOCATION and DISBURSEMENT entries with the same document number. Only central and provincial funds
 * count for disbursement speed and project filing (002: 省砍块到县的资金); carry-over counts every fund line.
 * Information disclosure (item 4) reads the public funds board's announcements of the year's disbursed allocations and
 * the year's village public notices. The
 * cut-off is 31 December of the year, or today when earlier; an entry reversed by then counts as never made.
 */
@Service
class ProvinceEvaluation {

  // 002 表 第2项: ≤ 30 日满分，> 60 日 0 分，之间按未拨付资金量和加权时长减分
  static final Scoring.Window DISBURSEMENT_SPEED = new Scoring.Window(5, 30, 60);
  // 002 表 第3项: ≤ 45 日满分，> 60 日 0 分，45–60 日之间按比例减分
  static final Scoring.Window PROJECT_FILING = new Scoring.Window(10, 45, 60);
  static final int CARRY_OVER_MAXIMUM = 14;
  // 002 表 第4项: 信息公开和公告公示 10 分，县级最高 5 分、村级最高 5 分。政府信息公开条例（2019）第二十六条: 主动公开的
  // 政府信息自形成之日起 20 个工作日内公开 — full marks within 20 working days, nothing after twice that.
  static final Scoring.Window FUNDS_PUBLICATION = new Scoring.Window(5, 20, 40);
  static final int VILLAGE_NOTICE_MAXIMUM = 5;
  // 001: 公示期5天
  static final int NOTICE_DAYS = 5;

  /** Entries of the district's central and provincial lines for notices received in the year, not reversed. */
  private static final String NOTICE_ENTRIES = "SELECT e.document_number, e.case_number, e.moves, e.amount,"
      + " e.occurred_on, e.project_code FROM ledger_entry e JOIN fund_line_balance b ON b.id = e.balance_id"
      + " WHERE b.district = ? AND b.fund_level IN ('CENTRAL', 'PROVINCE') AND e.entry_type = e.moves"
      + " AND e.occurred_on <= ? AND e.document_number IN (SELECT r.document_number FROM ledger_entry r"
      + " JOIN fund_line_balance rb ON rb.id = r.balance_id WHERE rb.district = ? AND r.entry_type = 'RECEIPT'"
      + " AND r.occurred_on >= ? AND r.occurred_on <= ?)"
      + " AND NOT EXISTS (SELECT 1 FROM ledger_entry x WHERE x.reverses_entry_id = e.id AND x.occurred_on <= ?)"
      + " ORDER BY e.document_number, e.occurred_on, e.entry_no";
  /** The district's allocation lines disbursed in the year and their announcement on the public funds board. */
  private static final String DISBURSED_LINES = "SELECT f.case_number, f.proposal_round, f.line_no, f.project_code,"
      + " f.amount_fen, f.disbursed_on, p.published_at FROM fund_allocation f LEFT JOIN public_fund_announcement p"
      + " ON p.case_number = f.case_number AND p.proposal_round = f.proposal_round AND p.line_no = f.line_no"
      + " WHERE f.district = ? AND f.status = 'DISBURSED' AND f.disbursed_on >= ? AND f.disbursed_on <= ?"
      + " ORDER BY f.disbursed_on, f.case_number, f.proposal_round, f.line_no";
  /** The district's village public notices posted in the year. */
  private static final String VILLAGE_NOTICES = "SELECT case_number, village, posted_on, ends_on, status, finished_at"
      + " FROM public_notice WHERE district = ? AND posted_on >= ? AND posted_on <= ? ORDER BY posted_on, case_number";
  /** Money in and disbursed per fund line and year of booking, up to the cut-off, not reversed. */
  private static final String LINE_FLOWS = "SELECT b.id, b.fund_line, b.fund_level, b.function_code,"
      + " b.government_economic_code, b.department_economic_code, EXTRACT(YEAR FROM e.occurred_on) AS booked_in,"
      + " SUM(CASE WHEN e.moves IN ('RECEIPT', 'MATCHING') THEN e.amount ELSE 0 END) AS money_in,"
      + " SUM(CASE WHEN e.moves = 'DISBURSEMENT' THEN e.amount ELSE 0 END) AS disbursed"
      + " FROM ledger_entry e JOIN fund_line_balance b ON b.id = e.balance_id"
      + " WHERE b.district = ? AND e.entry_type = e.moves AND e.occurred_on <= ?"
      + " AND NOT EXISTS (SELECT 1 FROM ledger_entry x WHERE x.reverses_entry_id = e.id AND x.occurred_on <= ?)"
      + " GROUP BY b.id, b.fund_line, b.fund_level, b.function_code, b.government_economic_code,"
      + " b.department_economic_code, EXTRACT(YEAR FROM e.occurred_on)"
      + " ORDER BY b.fund_line, b.fund_level, b.function_code, b.government_economic_code,"
      + " b.department_economic_code, b.id";

  private final JdbcTemplate jdbc;
  private final EvaluationEvidence evidence;
  private final HolidayCalendar holidays;
  private final EvaluationResults results;

  ProvinceEvaluation(JdbcTemplate jdbc, EvaluationEvidence evidence, HolidayCalendar holidays,
      EvaluationResults results) {
    this.jdbc = jdbc;
    this.evidence = evidence;
    this.holidays = holidays;
    this.results = results;
  }

  @Transactional(readOnly = true)
  EvaluationReport of(String district, String districtName, int year) {
    var endOfYear = LocalDate.of(year, 12, 31);
    var today = ChinaTime.today();
    var cutOff = today.isBefore(endOfYear) ? today : endOfYear;
    var notices = notices(district, year, cutOff);
    var computed = List.<EvaluationReport.Indicator>of(
        timeliness("2", "县级财政拨付进度 / Disbursement speed of district finance", DISBURSEMENT_SPEED, cutOff,
            disbursements(notices)),
        timeliness("3", "项目备案 / Project filing", PROJECT_FILING, cutOff, allocations(notices)),
        disclosure(district, year, cutOff),
        carryOver(district, year, cutOff));
    var total = computed.stream().map(EvaluationReport.Indicator::points).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    int maximum = computed.stream().mapToInt(EvaluationReport.Indicator::maximumPoints).sum();
    boolean poor = evidence.nationalPovertyCounty(district);
    var entries = new LinkedHashMap<String, EvaluationEvidence.Entry>();
    evidence.of(district, year).forEach(entry -> entries.put(entry.item(), entry));
    var entered = new ArrayList<EvaluationReport.Entered>();
    var notEntered = new ArrayList<EvaluationReport.NotComputed>();
    var missing = new ArrayList<String>();
    var raw = total;
    for (var item : EvidenceItems.applicable(poor)) {
      var entry = entries.get(item.code());
      if (entry == null) {
        notEntered.add(item.notComputed());
        if (!item.bonusOrDeduction()) {
          missing.add(item.code());
        }
        continue;
      }
      raw = raw.add(entry.points());
      entered.add(new EvaluationReport.Entered(item.code(), item.name(), item.maximumPoints(), entry.points(),
          entry.reference(), entry.enteredBy(), entry.enteredAt()));
    }
    var onHundred = Grading.total(raw, poor);
    var grade = missing.isEmpty() ? Grading.grade(onHundred) : null;
    var gradeNote = missing.isEmpty() ? "complete / 全部基础指标已评分"
        : "incomplete / 未完成：尚未录入第 " + String.join("、", missing) + " 项，不评定等级 / items "
            + String.join(", ", missing) + " not entered yet: no grade on partial data";
    var dueOn = PerformanceEvaluationProcess.materialsDueOn(year);
    var materials = results.materials(district, year).map(submitted -> new EvaluationReport.Materials(
        submitted.documents(), submitted.remark(), submitted.submittedBy(), submitted.submittedAt(), dueOn,
        !submitted.submittedAt().toLocalDate().isAfter(dueOn))).orElse(null);
    var published = results.grade(district, year).map(publishedGrade -> new EvaluationReport.Published(
        publishedGrade.total(), publishedGrade.grade(), publishedGrade.publishedAt(), publishedGrade.publishedBy()))
        .orElse(null);
    return new EvaluationReport(district, districtName, year, cutOff, computed, total, maximum, entered, notEntered,
        poor, raw, Grading.scale(poor), Grading.scaleReason(poor), onHundred, grade, gradeNote, materials, published);
  }

  private record NoticeEntry(String documentNumber, String caseNumber, String moves, long amountFen, LocalDate on,
      String projectCode) {
  }

  private List<NoticeEntry> notices(String district, int year, LocalDate cutOff) {
    return jdbc.query(NOTICE_ENTRIES, (rs, row) -> new NoticeEntry(rs.getString("document_number"),
        rs.getString("case_number"), rs.getString("moves"), rs.getLong("amount"),
        rs.getObject("occurred_on", LocalDate.class), rs.getString("project_code")),
        district, cutOff, district, LocalDate.of(year, 1, 1), cutOff, cutOff);
  }

  private static List<Scoring.NoticeFlow> disbursements(List<NoticeEntry> entries) {
    return flows(entries, "DISBURSEMENT");
  }

  private static List<Scoring.NoticeFlow> allocations(List<NoticeEntry> entries) {
    return flows(entries, "ALLOCATION");
  }

  /** Per document number: its receipts (amount, earliest date) and its movements of {@code moves}. */
  private static List<Scoring.NoticeFlow> flows(List<NoticeEntry> entries, String moves) {
    var byDocument = new LinkedHashMap<String, List<NoticeEntry>>();
    entries.forEach(entry -> byDocument.computeIfAbsent(entry.documentNumber(), key -> new ArrayList<>()).add(entry));
    var flows = new ArrayList<Scoring.NoticeFlow>();
    for (Map.Entry<String, List<NoticeEntry>> document : byDocument.entrySet()) {
      var receipts = document.getValue().stream().filter(entry -> entry.moves().equals("RECEIPT")).toList();
      if (receipts.isEmpty()) {
        continue;
      }
      var caseNumber = document.getValue().stream().map(NoticeEntry::caseNumber).filter(Objects::nonNull).findFirst()
          .orElse(null);
      var movements = document.getValue().stream().filter(entry -> entry.moves().equals(moves))
          .map(entry -> new Scoring.Movement(entry.on(), entry.amountFen(), entry.projectCode())).toList();
      flows.add(new Scoring.NoticeFlow(document.getKey(), caseNumber, receipts.get(0).on(),
          receipts.stream().mapToLong(NoticeEntry::amountFen).sum(), movements));
    }
    return flows;
  }

  private static EvaluationReport.Timeliness timeliness(String item, String name, Scoring.Window window,
      LocalDate cutOff, List<Scoring.NoticeFlow> flows) {
    var scored = Scoring.timeliness(window, flows, cutOff);
    var notices = scored.notices().stream().map(notice -> new EvaluationReport.Notice(
        notice.notice().documentNumber(), notice.notice().caseNumber(), notice.notice().receivedOn(),
        Yuan.of(notice.notice().amountFen()), Yuan.of(notice.countedFen()), notice.points(),
        notice.movements().stream().map(movement -> new EvaluationReport.Movement(movement.on(), movement.days(),
            Yuan.of(movement.amountFen()), Yuan.of(movement.countedFen()), movement.share(), movement.projectCode(),
            movement.note())).toList())).toList();
    return new EvaluationReport.Timeliness(item, name, window.maximumPoints(), scored.points(), formula(window),
        Yuan.of(scored.countedFen()), notices);
  }

  static String formula(Scoring.Window window) {
    int full = window.fullWithinDays();
    int zero = window.zeroAfterDays();
    return "每笔金额a、日期D（通知到账日R起自然日）：D−R≤" + full + "得1，>" + zero + "得0，之间得(" + zero + "−(D−R))/"
        + (zero - full) + "；按日期先后计至通知金额为止；截止日仍未完成的金额超过" + zero + "日按0计入，未满" + zero
        + "日暂不计；得分=" + window.maximumPoints() + "×Σ(a×得分率)÷Σ计入金额，四舍五入两位小数 / each amount a on day D"
        + " (calendar days from the receipt R): D−R ≤ " + full + " scores 1, > " + zero + " scores 0, between ("
        + zero + " − (D−R)) / " + (zero - full) + "; amounts count in date order up to the notice's amount; what is"
        + " still not done at the cut-off counts with 0 once more than " + zero + " days have passed, and not yet"
        + " before; points = " + window.maximumPoints() + " × Σ(a × score) / Σ(amounts counted), rounded to 2"
        + " decimals half up";
  }

  private EvaluationReport.CarryOver carryOver(String district, int year, LocalDate cutOff) {
    var lines = new LinkedHashMap<Long, List<Scoring.YearFlow>>();
    var names = new LinkedHashMap<Long, String[]>();
    jdbc.query(LINE_FLOWS, rs -> {
      long id = rs.getLong("id");
      names.putIfAbsent(id, new String[] {rs.getString("fund_line"),
          FundLevel.valueOf(rs.getString("fund_level")).label(),
          rs.getString("function_code"), rs.getString("government_economic_code"),
          rs.getString("department_economic_code")});
      lines.computeIfAbsent(id, key -> new ArrayList<>()).add(new Scoring.YearFlow(rs.getInt("booked_in"),
          rs.getLong("money_in"), rs.getLong("disbursed")));
    }, district, cutOff, cutOff);
    var total = new Scoring.CarryOver(0, 0, 0, 0);
    var fundLines = new ArrayList<EvaluationReport.FundLine>();
    for (var line : lines.entrySet()) {
      var carried = Scoring.carryOver(year, line.getValue());
      if (carried.availableFen() == 0 && carried.overTwoYearsFen() == 0 && carried.oneToTwoYearsFen() == 0
          && carried.underOneYearFen() == 0) {
        continue;
      }
      total = total.plus(carried);
      fundLines.add(EvaluationReport.FundLine.of(names.get(line.getKey()), carried));
    }
    var points = Scoring.carryOverPoints(total);
    return new EvaluationReport.CarryOver("6", "年度资金结转结余率 / Carry-over rate", CARRY_OVER_MAXIMUM,
        points == null ? null : points.total(), CARRY_OVER_FORMULA, Yuan.of(total.availableFen()),
        Yuan.of(total.underOneYearFen()), total.underOneYearPercent(), points == null ? null : points.underOneYear(),
        Yuan.of(total.oneToTwoYearsFen()), total.oneToTwoYearsPercent(), points == null ? null : points.oneToTwoYears(),
        Yuan.of(total.overTwoYearsFen()), points == null ? null : points.overTwoYears(), fundLines);
  }

  static final String CARRY_OVER_FORMULA = "每条资金线：截止日前到账+配套减已拨付为结转结余，拨付先用最早的资金，结余按到账年度分龄"
      + "（当年<1年，上年1–2年，更早>2年）；可用资金=截止日前到账+配套−上年末前已拨付；结转率r=结余÷可用资金（各资金线合计）。"
      + "<1年：r<8%得8分，r≥20%得0分，之间8×(20−r)/12；1–2年：r<2%得4分，r≥10%得0分，之间4×(10−r)/8；无>2年结余得2分，否则0分"
      + " / per fund line: received + matched up to the cut-off less disbursed is carried over; disbursements spend the"
      + " oldest money first, so what is left is aged by the year it came in (this year < 1 year, last year 1–2 years,"
      + " earlier > 2 years); available = received + matched up to the cut-off − disbursed before 1 January; rate r ="
      + " carried over ÷ available, summed over the district's lines. < 1 year: r < 8% → 8, r ≥ 20% → 0, between"
      + " 8 × (20 − r) / 12; 1–2 years: r < 2% → 4, r ≥ 10% → 0, between 4 × (10 − r) / 8; none older than 2 years → 2,"
      + " else 0";

  private EvaluationReport.Disclosure disclosure(String district, int year, LocalDate cutOff) {
    var county = countyDisclosure(district, year, cutOff);
    var village = villageDisclosure(district, year, cutOff);
    BigDecimal points = null;
    for (var part : new BigDecimal[] {county.points(), village.points()}) {
      if (part != null) {
        points = points == null ? part : points.add(part);
      }
    }
    return new EvaluationReport.Disclosure("4", "信息公开和公告公示制度建设和执行 / Information disclosure and public"
        + " notices", FUNDS_PUBLICATION.maximumPoints() + VILLAGE_NOTICE_MAXIMUM, points, DISCLOSURE_FORMULA, county,
        village);
  }

  private EvaluationReport.CountyDisclosure countyDisclosure(String district, int year, LocalDate cutOff) {
    var calendar = holidays.current();
    var lines = jdbc.query(DISBURSED_LINES, (rs, row) -> {
      var disbursedOn = rs.getObject("disbursed_on", LocalDate.class);
      var publishedAt = rs.getTimestamp("published_at");
      var publishedOn = publishedAt == null ? null : ChinaTime.dateOf(publishedAt);
      return new Scoring.Publication(rs.getString("case_number"), rs.getInt("proposal_round"), rs.getInt("line_no"),
          rs.getString("project_code"), rs.getLong("amount_fen"), disbursedOn, publishedOn,
          publishedOn == null ? null : calendar.workingDaysBetween(disbursedOn, publishedOn),
          calendar.workingDaysBetween(disbursedOn, cutOff));
    }, district, LocalDate.of(year, 1, 1), cutOff);
    var scored = Scoring.publications(FUNDS_PUBLICATION, lines);
    int inTime = 0;
    int late = 0;
    int notPublished = 0;
    var publications = new ArrayList<EvaluationReport.Publication>();
    for (var line : scored.lines()) {
      var publication = line.publication();
      if (publication.workingDaysToPublish() == null) {
        notPublished++;
      } else if (publication.workingDaysToPublish() <= FUNDS_PUBLICATION.fullWithinDays()) {
        inTime++;
      } else {
        late++;
      }
      publications.add(new EvaluationReport.Publication(publication.caseNumber(), publication.round(),
          publication.line(), publication.projectCode(), Yuan.of(publication.amountFen()), publication.disbursedOn(),
          publication.publishedOn(), publication.workingDaysToPublish(), publication.workingDaysOpen(),
          Yuan.of(line.countedFen()), line.share(), line.note()));
    }
    return new EvaluationReport.CountyDisclosure(FUNDS_PUBLICATION.maximumPoints(), scored.points(), COUNTY_FORMULA,
        Yuan.of(scored.disbursedFen()), Yuan.of(scored.countedFen()), lines.size(), inTime, late, notPublished,
        publications);
  }

  private EvaluationReport.VillageDisclosure villageDisclosure(String district, int year, LocalDate cutOff) {
    var notices = jdbc.query(VILLAGE_NOTICES, (rs, row) -> {
      var postedOn = rs.getObject("posted_on", LocalDate.class);
      var endsOn = rs.getObject("ends_on", LocalDate.class);
      var status = rs.getString("status");
      var finishedAt = rs.getTimestamp("finished_at");
      Boolean fullPeriod = null;
      if ("COMPLETED".equals(status)) {
        fullPeriod = finishedAt != null && !endsOn.isBefore(postedOn.plusDays(NOTICE_DAYS))
            && !finishedAt.before(new Timestamp(ChinaTime.endOfDay(endsOn).getTime()));
      }
      return new EvaluationReport.VillageNotice(rs.getString("case_number"), rs.getString("village"), postedOn, endsOn,
          status, finishedAt == null ? null : finishedAt.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(),
          fullPeriod);
    }, district, LocalDate.of(year, 1, 1), cutOff);
    int running = (int) notices.stream().filter(notice -> "RUNNING".equals(notice.status())).count();
    int withdrawn = (int) notices.stream().filter(notice -> "WITHDRAWN".equals(notice.status())).count();
    int ended = (int) notices.stream().filter(notice -> notice.fullPeriod() != null).count();
    int full = (int) notices.stream().filter(notice -> Boolean.TRUE.equals(notice.fullPeriod())).count();
    return new EvaluationReport.VillageDisclosure(VILLAGE_NOTICE_MAXIMUM,
        Scoring.noticePoints(VILLAGE_NOTICE_MAXIMUM, full, ended), VILLAGE_FORMULA, notices.size(), running, withdrawn,
        ended, full, NOT_STORED, notices);
  }

  static final String COUNTY_FORMULA = "县级5分：本年度（至截止日）已拨付的每笔资金分配a，拨付日D起至在扶贫资金公告栏（/public/funds）"
      + "公告之日的工作日数L：L≤20得1，L>40得0，之间得(40−L)/20；截止日仍未公告的，已超过40个工作日按0计入，未满暂不计；"
      + "得分=5×Σ(a×得分率)÷Σ计入金额，四舍五入两位小数（政府信息公开条例第二十六条：20个工作日内公开） / county 5: each"
      + " allocation line a disbursed in the year up to the cut-off, published on the public funds board L working days"
      + " after its disbursement day: L ≤ 20 scores 1, L > 40 scores 0, between (40 − L) / 20; a line not published by"
      + " the cut-off counts with 0 once more than 40 working days have passed, and not yet before; points = 5 × Σ(a ×"
      + " score) / Σ(amounts counted), rounded once to 2 decimals half up (Regulations on Open Government Information,"
      + " art. 26: published within 20 working days)";
  static final String VILLAGE_FORMULA = "村级5分：本年度张贴的村级公示中，公示期已结束的（撤回的除外）公示满5日（至第5日24时）的比例；"
      + "得分=5×满期公示数÷已结束公示数，四舍五入两位小数 / village 5: of the village public notices posted in the year"
      + " whose period has ended (withdrawn ones aside), the share shown for the whole 5 days (to the end of the 5th"
      + " day); points = 5 × notices shown in full / notices ended, rounded once to 2 decimals half up";
  static final String NOT_STORED = "未计分：提请公示日期只在流程变量中，public_notice 表未存，张贴是否及时（提请后2个工作日内）不计分；"
      + "项目库的项目一经入库即在项目公示栏（/public/projects）公示，不单独计分 / not scored: the day a notice was"
      + " requested is a process variable only, not stored in public_notice, so whether it was posted within 2 working"
      + " days of the request is not scored; a project is on the project board (/public/projects) from the moment it"
      + " is filed, so the project board scores nothing of its own";
  static final String DISCLOSURE_FORMULA = "县级（最高5分）+村级（最高5分），各部分四舍五入两位小数后相加；无记录的部分不计分 /"
      + " county (at most 5) + village (at most 5), each part rounded to 2 decimals, then added; a part without records"
      + " adds nothing. " + COUNTY_FORMULA + "; " + VILLAGE_FORMULA;
}
