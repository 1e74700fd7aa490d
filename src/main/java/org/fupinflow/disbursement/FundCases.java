package org.fupinflow.disbursement;

import java.util.List;
import java.util.Objects;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.fundnotice.FundNotice;
import org.fupinflow.fundnotice.FundNotices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The binding of a notice share to its case ({@code fund_notice_share.case_number}, {@code proposal_round},
 * {@code process_instance_id}): written by the application before and as the case starts, read by every step.
 * Each change is a conditional update that must change exactly one row, so a share is bound to one case, a case is
 * worked by one process instance, and a round moves on once.
 */
@Component
class FundCases {

  private final FundNotices notices;
  private final JdbcTemplate jdbc;

  FundCases(FundNotices notices, JdbcTemplate jdbc) {
    this.notices = notices;
    this.jdbc = jdbc;
  }

  /** Binds the share to a new case number, in the caller's transaction, before the case's process starts. */
  void bind(FundNotice notice, String district, String caseNumber) {
    int bound = jdbc.update("UPDATE fund_notice_share SET case_number = ?, proposal_round = 1"
        + " WHERE notice_id = ? AND district = ? AND case_number IS NULL", caseNumber, notice.id(), district);
    if (bound != 1) {
      var existing = jdbc.queryForList("SELECT case_number FROM fund_notice_share WHERE notice_id = ? AND district = ?",
          String.class, notice.id(), district);
      throw new InvalidSubmission("shares", "资金指标 " + notice.documentNumber() + " 的 " + district + " 份额"
          + (existing.isEmpty() ? "不存在" : "已由案件 " + existing.get(0) + " 办理") + "，不能再发起资金分配拨付案件",
          "notice " + notice.documentNumber() + (existing.isEmpty() ? " has no share for " + district
              : ": the share of " + district + " is already worked by case " + existing.get(0))
              + "; no further fund-disbursement case may start for it");
    }
  }

  /**
   * The case's share, by the case number. Refused (400) when no share is bound to it or another process instance
   * works it; a tenant other than the share's district is a bug and fails loudly.
   */
  FundCase require(CaseExecution execution) {
    var caseNumber = execution.caseNumber();
    var rows = caseNumber == null ? List.<Binding>of() : jdbc.query(
        "SELECT notice_id, district, proposal_round, process_instance_id FROM fund_notice_share WHERE case_number = ?",
        (rs, row) -> new Binding(rs.getString("notice_id"), rs.getString("district"), rs.getInt("proposal_round"),
            rs.getString("process_instance_id")), caseNumber);
    if (rows.isEmpty()) {
      throw new InvalidSubmission("businessKey", "案件编号 " + caseNumber + " 没有对应的资金指标份额；资金分配拨付案件只能由登记资金指标发起",
          "case number " + caseNumber + " is bound to no fund notice share; fund-disbursement cases start only when a "
              + "fund notice is registered");
    }
    var binding = rows.get(0);
    if (binding.processInstanceId() != null && !binding.processInstanceId().equals(execution.processInstanceId())) {
      throw new InvalidSubmission("businessKey", "案件 " + caseNumber + " 已由流程实例 " + binding.processInstanceId()
          + " 办理，不能另起一个", "case " + caseNumber + " is worked by process instance " + binding.processInstanceId()
          + "; a second instance cannot work it");
    }
    if (!Objects.equals(execution.tenantId(), binding.district())) {
      throw new IllegalStateException("case " + caseNumber + " runs in tenant " + execution.tenantId()
          + " but its share belongs to district " + binding.district());
    }
    var notice = notices.find(binding.noticeId())
        .orElseThrow(() -> new IllegalStateException("case " + caseNumber + ": no fund notice " + binding.noticeId()));
    var share = notice.shares().stream().filter(candidate -> candidate.district().equals(binding.district())).findFirst()
        .orElseThrow(() -> new IllegalStateException("case " + caseNumber + ": no share of " + binding.district()));
    return new FundCase(caseNumber, notice, share, binding.round());
  }

  /** The case's first step claims the share for its process instance: no other instance can then work the case. */
  FundCase claim(CaseExecution execution) {
    var fundCase = require(execution);
    int claimed = jdbc.update("UPDATE fund_notice_share SET process_instance_id = ? WHERE case_number = ?"
            + " AND (process_instance_id IS NULL OR process_instance_id = ?)", execution.processInstanceId(),
        fundCase.caseNumber(), execution.processInstanceId());
    if (claimed != 1) {
      throw new IllegalStateException("case " + fundCase.caseNumber() + " was claimed by another process instance");
    }
    return fundCase;
  }

  /** Whether the execution's process instance is the one that works the case its business key names. */
  boolean worksCase(CaseExecution execution) {
    return execution.caseNumber() != null && jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice_share"
        + " WHERE case_number = ? AND process_instance_id = ?", Integer.class, execution.caseNumber(),
        execution.processInstanceId()) == 1;
  }

  /** The next proposal round, after district finance sent {@code round} back. */
  int nextRound(FundCase fundCase) {
    int moved = jdbc.update("UPDATE fund_notice_share SET proposal_round = proposal_round + 1"
        + " WHERE case_number = ? AND proposal_round = ?", fundCase.caseNumber(), fundCase.round());
    if (moved != 1) {
      throw new IllegalStateException("case " + fundCase.caseNumber() + " is no longer in round " + fundCase.round());
    }
    return fundCase.round() + 1;
  }

  private record Binding(String noticeId, String district, int round, String processInstanceId) {
  }
}
