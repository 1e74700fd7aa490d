package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.casenumber.CaseNumbers;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.fundledger.Entry;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.fundledger.Reservation;
import org.fupinflow.fundledger.ReservationRefused;
import org.fupinflow.fundnotice.FundNoticeRegistered;
import org.fupinflow.money.Yuan;
import org.fupinflow.projects.ProjectLibrary;
import org.fupinflow.projects.SpendingSupervisions;
import org.fupinflow.security.ApplicationStarts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a district's share of a fund notice, from receipt to money out. The case's identity — notice,
 * district, proposal round, dates and amounts — is read from the application's tables by the case number (the
 * process's business key), never from process variables a caller could write. Every movement is posted to the fund
 * ledger in the caller's transaction (the process step's), with an idempotency key made of the share (receipt,
 * matching) or of the case, the proposal round, the line and the step, so a retried job, a replayed delegate or a
 * second case never posts twice. An accepted proposal holds its total on the line until its allocations post, so
 * cases sharing a line cannot promise the same money and none is left unable to post.
 */
@Service
public class FundDisbursements {

  static final int MAX_USE = 200;
  /** The longest 配套资金来源 or 退回理由 a form may submit. */
  static final int MAX_COMMENT = 500;

  record Line(int lineNo, String projectCode, String projectName, long amountFen, String use) {
  }

  /** An accepted proposal: its business date and its lines. */
  record Proposal(LocalDate proposedOn, List<Line> lines) {

    /** The lines as the disbursement form shows them, one a line: {@code 1. P001 名称：1000.00 元，用途}. */
    String summary() {
      return String.join("\n", lines.stream().map(line -> "%d. %s %s：%s 元，%s".formatted(line.lineNo(),
          line.projectCode(), line.projectName(), Yuan.of(line.amountFen()), line.use())).toList());
    }
  }

  private final FundCases cases;
  private final FundLedger ledger;
  private final ProjectLibrary projects;
  private final CaseNumbers caseNumbers;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final ApplicationStarts applicationStarts;
  private final SpendingSupervisions spendingSupervisions;
  private final ObjectMapper json;

  FundDisbursements(FundCases cases, FundLedger ledger, ProjectLibrary projects, CaseNumbers caseNumbers,
      RuntimeService runtimeService, JdbcTemplate jdbc, ApplicationStarts applicationStarts,
      SpendingSupervisions spendingSupervisions, ObjectMapper json) {
    this.json = json;
    this.applicationStarts = applicationStarts;
    this.spendingSupervisions = spendingSupervisions;
    this.cases = cases;
    this.ledger = ledger;
    this.projects = projects;
    this.caseNumbers = caseNumbers;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
  }

  /**
   * One {@code fund-disbursement} case per district share, in that district's tenant, dated by the notice: the
   * share is bound to its case number first, in this transaction, and only then does the process start.
   */
  @EventListener
  @Transactional
  void start(FundNoticeRegistered registered) {
    var notice = registered.notice();
    for (var share : notice.shares()) {
      var caseNumber = caseNumbers.next(FundDisbursementProcess.CASE_KIND, share.district(), ChinaTime.now().toInstant());
      cases.bind(notice, share.district(), caseNumber);
      // What the forms show; no step reads them back.
      var variables = new HashMap<String, Object>();
      variables.put(Variables.DISTRICT_CODE, share.district());
      variables.put(Variables.FUND_NOTICE_ID, notice.id());
      variables.put(Variables.DOCUMENT_NUMBER, notice.documentNumber());
      variables.put(Variables.FUND_LINE, notice.fundLine());
      variables.put(Variables.FUND_LEVEL, notice.level().label());
      variables.put(Variables.NOTICE_ISSUED_ON, notice.issuedOn().toString());
      variables.put(Variables.RECEIVED_AMOUNT, Yuan.of(share.amountFen()).toPlainString());
      variables.put(Variables.MATCHING_AMOUNT, share.matchingFen() == null ? "0.00" : Yuan.of(share.matchingFen()).toPlainString());
      variables.put(Variables.PROPOSAL_ROUND, 1);
      applicationStarts.run(() -> runtimeService.startProcessInstanceByKey(FundDisbursementProcess.KEY, caseNumber, variables));
    }
  }

  /** 登记到账: the district's share arrives on its fund line, once per share; the case claims its share. */
  void recordReceipt(CaseExecution execution) {
    var fundCase = cases.claim(execution);
    var notice = fundCase.notice();
    ledger.post(new Posting(fundCase.receiptKey(), EntryType.RECEIPT, fundCase.line(), fundCase.share().amountFen(),
        fundCase.caseNumber(), notice.documentNumber(), null, "到账：" + notice.fundLine(), notice.issuedOn()));
  }

  /**
   * 提出资金分配意见: each filled slot {projectCode, amount, use} must name a project of the district's library with
   * performance goals on this notice's fund line, a use off the negative list, and together fit what the line has
   * available to this case (received plus matched, less what is allocated and what other proposals hold, plus the
   * case's own matching still to come). The proposal is dated {@code proposedOn} (the day it was actually made, between
   * the notice's issue and today; today when not given) and holds its total on the line until its allocations post.
   */
  Proposal propose(CaseExecution execution, Function<String, Object> variable, String proposedBy) {
    var fundCase = cases.require(execution);
    var notice = fundCase.notice();
    var district = fundCase.district();
    var proposedOn = proposedOn(variable.apply(Variables.PROPOSED_ON), notice.issuedOn());
    var lines = new ArrayList<Line>();
    for (int slot = 1; slot <= FundDisbursementProcess.ALLOCATION_SLOTS; slot++) {
      var field = Variables.allocationSlot(slot);
      var node = InvalidSubmission.json(json, variable.apply(field), field, "分配第" + slot + "行");
      if (node == null || node.path("projectCode").asText("").isBlank() && node.path("amount").asText("").isBlank()) {
        continue;
      }
      var code = node.path("projectCode").asText("").strip();
      if (code.isEmpty()) {
        throw new InvalidSubmission(field + ".projectCode", "第" + slot + "行：请填写项目编码", "a project code is required");
      }
      var project = projects.requireFundable(district, code, notice.fundLine(), notice.level());
      var use = node.path("use").asText("").strip();
      if (use.isEmpty() || use.length() > MAX_USE) {
        throw new InvalidSubmission(field + ".use", "第" + slot + "行：资金用途必填，不超过200字", "a use of at most 200 characters is required");
      }
      ProjectLibrary.requireAllowedUse(use);
      lines.add(new Line(lines.size() + 1, project.code(), project.name(), fen(node.get("amount"), field + ".amount", slot), use));
    }
    if (lines.isEmpty()) {
      throw new InvalidSubmission(Variables.allocationSlot(1), "请至少填写一行资金分配（项目、金额、用途）",
          "at least one allocation line (project, amount, use) is required");
    }
    long total = lines.stream().mapToLong(Line::amountFen).sum();
    long matchingToCome = matchingStillDue(fundCase) ? fundCase.share().matchingFen() : 0;
    try {
      ledger.reserve(new Reservation(reservationKey(fundCase), fundCase.line(), total, fundCase.caseNumber(),
          notice.documentNumber(), proposedOn), matchingToCome);
    } catch (ReservationRefused e) {
      throw new InvalidSubmission(Variables.allocationSlot(1), "分配合计 " + Yuan.of(total) + " 元超过该资金可分配额 "
          + Yuan.of(e.availableFen()) + " 元（到账加本案应配套，减已分配和其他分配意见已预留）", "the lines add up to "
          + Yuan.of(total) + " yuan, more than the " + Yuan.of(e.availableFen()) + " yuan available to this case on the"
          + " fund line (received plus its matching, less what is allocated and what other proposals hold)");
    }
    for (var line : lines) {
      jdbc.update("INSERT INTO fund_allocation (case_number, proposal_round, line_no, district, project_code, project_name,"
              + " amount_fen, use_description, proposed_on, proposed_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')",
          fundCase.caseNumber(), fundCase.round(), line.lineNo(), district, line.projectCode(), line.projectName(),
          line.amountFen(), line.use(), proposedOn, proposedBy);
    }
    return new Proposal(proposedOn, lines);
  }

  /**
   * 落实配套资金: the matching the notice requires (ratio × received) is posted to the line, once per share, dated
   * between the notice's issue and today; the form names the matching's source (required, at most 500 characters).
   */
  void arrangeMatching(CaseExecution execution, Object arrangedOnGiven, Object source) {
    var arrangedOn = InvalidSubmission.date(arrangedOnGiven, Variables.MATCHING_ARRANGED_ON, "配套资金落实日期");
    InvalidSubmission.text(source, Variables.MATCHING_SOURCE, "配套资金来源", MAX_COMMENT);
    var fundCase = cases.require(execution);
    var issuedOn = fundCase.notice().issuedOn();
    requireBetween(arrangedOn, issuedOn, Variables.MATCHING_ARRANGED_ON, "配套资金落实日期");
    if (!matchingStillDue(fundCase)) {
      return;
    }
    ledger.post(new Posting(fundCase.matchingKey(), EntryType.MATCHING, fundCase.line(), fundCase.share().matchingFen(),
        fundCase.caseNumber(), fundCase.notice().documentNumber(), null, "配套资金", arrangedOn));
  }

  /**
   * 登记资金分配: the proposal's hold becomes its allocations, dated when both the proposal and the matching it waited
   * for were made.
   */
  void postAllocation(CaseExecution execution) {
    var fundCase = cases.require(execution);
    var proposedOn = proposedOn(fundCase);
    var allocatedOn = matching(fundCase).map(Entry::occurredOn).filter(proposedOn::isBefore).orElse(proposedOn);
    ledger.convertReservation(reservationKey(fundCase));
    for (var line : lines(fundCase)) {
      ledger.post(new Posting(key(fundCase, line, "allocation"), EntryType.ALLOCATION, fundCase.line(), line.amountFen(),
          fundCase.caseNumber(), fundCase.notice().documentNumber(), line.projectCode(), line.use(), allocatedOn));
    }
    setStatus(fundCase, "ALLOCATED", null);
  }

  /** A case that ends without posting its proposal (cancelled) releases what the proposal holds. */
  void releaseReservations(CaseExecution execution) {
    if (cases.worksCase(execution)) {
      ledger.releaseReservations(execution.caseNumber());
    }
  }

  /**
   * A proposal district finance sends back: its allocations are reversed, never deleted, and the case moves on to
   * the next round, which is proposed whole. Returns that round.
   */
  int reverseAllocation(CaseExecution execution, String reason) {
    var fundCase = cases.require(execution);
    for (var line : lines(fundCase)) {
      var entry = ledger.entryPostedAs(key(fundCase, line, "allocation"));
      if (entry.isPresent()) {
        ledger.reverse(key(fundCase, line, "allocation-reversal"), entry.get().id(), "退回资金分配意见：" + reason,
            ChinaTime.today());
      }
    }
    setStatus(fundCase, "REJECTED", null);
    return cases.nextRound(fundCase);
  }

  /**
   * 拨付下达 or 退回: district finance either disburses (dated, see below) or sends the proposal back with a reason
   * (required, at most 500 characters), which {@link #reverseAllocation} records; nothing else is a decision.
   */
  void decideDisbursement(CaseExecution execution, Object decision, Object comment, Object disbursedOn) {
    if (requireDisbursementDecision(decision, comment)) {
      disburse(execution, InvalidSubmission.date(disbursedOn, Variables.DISBURSED_ON, "拨付日期"));
    }
  }

  /** Whether the decision is to disburse; a return must give its reason. */
  static boolean requireDisbursementDecision(Object decision, Object comment) {
    if (FundDisbursementProcess.Decisions.REJECT.equals(decision)) {
      InvalidSubmission.text(comment, Variables.DISBURSEMENT_COMMENT, "退回理由", MAX_COMMENT);
      return false;
    }
    if (!FundDisbursementProcess.Decisions.DISBURSE.equals(decision)) {
      throw new InvalidSubmission(Variables.DISBURSEMENT_DECISION, "请选择：拨付 或 退回资金分配意见", "must be disburse or reject");
    }
    return true;
  }

  /**
   * 拨付下达: each line of the proposal is disbursed, dated between the proposal and today; the ledger refuses
   * anything beyond what was allocated.
   */
  private void disburse(CaseExecution execution, LocalDate disbursedOn) {
    var fundCase = cases.require(execution);
    requireBetween(disbursedOn, proposedOn(fundCase), Variables.DISBURSED_ON, "拨付日期");
    for (var line : lines(fundCase)) {
      ledger.post(new Posting(key(fundCase, line, "disbursement"), EntryType.DISBURSEMENT, fundCase.line(),
          line.amountFen(), fundCase.caseNumber(), fundCase.notice().documentNumber(), line.projectCode(), line.use(),
          disbursedOn));
    }
    // Projects behind their spending plan that have now caught up end their supervision, in this transaction.
    spendingSupervisions.afterDisbursement(fundCase.district());
    setStatus(fundCase, "DISBURSED", disbursedOn);
  }

  /** 公告公示: each disbursed line goes on the public board /public/funds. */
  void publish(CaseExecution execution) {
    var fundCase = cases.require(execution);
    var notice = fundCase.notice();
    var now = new Timestamp(ChinaTime.now().getTime());
    jdbc.update("INSERT INTO public_fund_announcement (case_number, proposal_round, line_no, district, document_number,"
            + " fund_line, fund_level, project_code, project_name, amount_fen, allocated_on, disbursed_on, published_at)"
            + " SELECT case_number, proposal_round, line_no, district, ?, ?, ?, project_code, project_name, amount_fen,"
            + " proposed_on, disbursed_on, ? FROM fund_allocation WHERE case_number = ? AND proposal_round = ?"
            + " AND status = 'DISBURSED' AND NOT EXISTS (SELECT 1 FROM public_fund_announcement p"
            + " WHERE p.case_number = fund_allocation.case_number AND p.proposal_round = fund_allocation.proposal_round"
            + " AND p.line_no = fund_allocation.line_no)",
        notice.documentNumber(), notice.fundLine(), notice.level().name(), now, fundCase.caseNumber(), fundCase.round());
  }

  /** The notice's issue date: the 30 days to propose and to match count from it (001). */
  LocalDate issuedOn(CaseExecution execution) {
    return cases.require(execution).notice().issuedOn();
  }

  /** The day the current round was proposed: district finance disburses within 15 days of it (001). */
  LocalDate proposedOn(CaseExecution execution) {
    return proposedOn(cases.require(execution));
  }

  /** Whether district finance still has to arrange the matching funds the notice requires of the share. */
  boolean matchingStillDue(CaseExecution execution) {
    return matchingStillDue(cases.require(execution));
  }

  private boolean matchingStillDue(FundCase fundCase) {
    return fundCase.matchingRequired() && matching(fundCase).isEmpty();
  }

  private Optional<Entry> matching(FundCase fundCase) {
    return ledger.entryPostedAs(fundCase.matchingKey()).or(() -> ledger.entryPostedAs(fundCase.matchingKeyBeforeV9()));
  }

  List<Line> lines(FundCase fundCase) {
    return jdbc.query("SELECT * FROM fund_allocation WHERE case_number = ? AND proposal_round = ? ORDER BY line_no",
        (rs, row) -> new Line(rs.getInt("line_no"), rs.getString("project_code"), rs.getString("project_name"),
            rs.getLong("amount_fen"), rs.getString("use_description")), fundCase.caseNumber(), fundCase.round());
  }

  private LocalDate proposedOn(FundCase fundCase) {
    var proposedOn = jdbc.queryForObject("SELECT MIN(proposed_on) FROM fund_allocation WHERE case_number = ?"
        + " AND proposal_round = ?", LocalDate.class, fundCase.caseNumber(), fundCase.round());
    if (proposedOn == null) {
      throw new IllegalStateException("case " + fundCase.caseNumber() + " has no proposal in round " + fundCase.round());
    }
    return proposedOn;
  }

  private void setStatus(FundCase fundCase, String status, LocalDate disbursedOn) {
    jdbc.update("UPDATE fund_allocation SET status = ?, disbursed_on = COALESCE(?, disbursed_on)"
        + " WHERE case_number = ? AND proposal_round = ?", status, disbursedOn, fundCase.caseNumber(), fundCase.round());
  }

  private static String reservationKey(FundCase fundCase) {
    return fundCase.caseNumber() + ":" + fundCase.round() + ":reservation";
  }

  /** The proposal's business date: as given, or today; never before the notice nor after today. */
  private static LocalDate proposedOn(Object given, LocalDate issuedOn) {
    var proposedOn = given == null || given instanceof String text && text.isBlank() ? ChinaTime.today()
        : InvalidSubmission.date(given, Variables.PROPOSED_ON, "分配意见提出日期");
    requireBetween(proposedOn, issuedOn, Variables.PROPOSED_ON, "分配意见提出日期");
    return proposedOn;
  }

  private static String key(FundCase fundCase, Line line, String step) {
    return fundCase.caseNumber() + ":" + fundCase.round() + ":" + line.lineNo() + ":" + step;
  }

  private static void requireBetween(LocalDate day, LocalDate from, String field, String chineseName) {
    var today = ChinaTime.today();
    if (day.isBefore(from) || day.isAfter(today)) {
      throw new InvalidSubmission(field, chineseName + "应在 " + from + " 至 " + today + " 之间",
          "must lie between " + from + " and " + today);
    }
  }

  private static long fen(JsonNode amount, String field, int slot) {
    if (amount == null || amount.isNull() || amount.asText().isBlank()) {
      throw new InvalidSubmission(field, "第" + slot + "行：金额必填", "an amount in yuan is required");
    }
    BigDecimal yuan;
    try {
      yuan = amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asText().strip());
    } catch (NumberFormatException e) {
      throw new InvalidSubmission(field, "第" + slot + "行：金额不是有效数字：" + amount.asText(), "not a number: " + amount.asText());
    }
    if (yuan.signum() <= 0) {
      throw new InvalidSubmission(field, "第" + slot + "行：金额应大于0", "must be positive");
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw new InvalidSubmission(field, "第" + slot + "行：金额最多精确到分（两位小数）", "at most two decimals (fen)");
    }
    return Yuan.toFen(yuan);
  }
}
