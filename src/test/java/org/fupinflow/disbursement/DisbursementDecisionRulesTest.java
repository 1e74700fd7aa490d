package org.fupinflow.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fupinflow.disbursement.FundDisbursementProcess.Decisions;
import org.fupinflow.disbursement.FundDisbursementProcess.Variables;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.Test;

/** The rules of 拨付下达's decision and of the proposal's summary, as {@link FundDisbursements} holds them. */
class DisbursementDecisionRulesTest {

  @Test
  void disbursingNeedsNoReasonAndReturningNeedsOne() {
    assertThat(FundDisbursements.requireDisbursementDecision(Decisions.DISBURSE, null)).isTrue();
    assertThat(FundDisbursements.requireDisbursementDecision(Decisions.REJECT, "项目未开工")).isFalse();
    assertThatThrownBy(() -> FundDisbursements.requireDisbursementDecision(Decisions.REJECT, " "))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(Variables.DISBURSEMENT_COMMENT + "：退回理由必填");
    assertThatThrownBy(() -> FundDisbursements.requireDisbursementDecision(Decisions.REJECT, "理".repeat(501)))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("退回理由不能超过500字");
  }

  @Test
  void anythingElseIsNoDecisionAndNamesTheField() {
    for (var decision : new Object[] {null, "", "approve", true}) {
      assertThatThrownBy(() -> FundDisbursements.requireDisbursementDecision(decision, "理由"))
          .isInstanceOf(InvalidSubmission.class)
          .hasMessage(Variables.DISBURSEMENT_DECISION + "：请选择：拨付 或 退回资金分配意见 / " + Variables.DISBURSEMENT_DECISION
              + ": must be disburse or reject");
    }
  }

  @Test
  void theSummaryShowsEachLineToTheFen() {
    var proposal = new FundDisbursements.Proposal(LocalDate.of(2021, 1, 4), List.of(
        new FundDisbursements.Line(1, "230-0102-CYF-0007", "食用菌大棚", 12_345_601, "建设大棚"),
        new FundDisbursements.Line(2, "230-0102-CYF-0008", "光伏电站", 5, "并网")));
    assertThat(proposal.summary()).isEqualTo("1. 230-0102-CYF-0007 食用菌大棚：123456.01 元，建设大棚\n"
        + "2. 230-0102-CYF-0008 光伏电站：0.05 元，并网");
  }
}
