package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.config.InvalidSubmission;
import org.fupinflow.money.Yuan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code fund-disbursement}, each glue around {@link FundDisbursements}: the service tasks
 * {@code ${recordReceipt}}, {@code ${postAllocation}}, {@code ${reverseAllocation}}, {@code ${postDisbursement}},
 * {@code ${publishFunds}}, and the complete listeners of the three user tasks, which check what was submitted and
 * post in the task's transaction: a refused submission leaves the task open and the ledger untouched.
 */
@Configuration
class FundDisbursementSteps {

  static final int MAX_COMMENT = 500;

  @Bean
  JavaDelegate recordReceipt(FundDisbursements disbursements) {
    return execution -> disbursements.recordReceipt(execution.getProcessBusinessKey(), noticeId(execution), district(execution));
  }

  @Bean
  TaskListener proposeAllocationListener(FundDisbursements disbursements) {
    return task -> {
      var execution = task.getExecution();
      var lines = disbursements.propose(execution.getProcessBusinessKey(), noticeId(execution), district(execution),
          round(execution), task::getVariable, task.getAssignee());
      task.setVariable(Variables.PROPOSED_ON, ChinaTime.today().toString());
      task.setVariable(Variables.ALLOCATION_SUMMARY, String.join("\n", lines.stream().map(line -> "%d. %s %s：%s 元，%s"
          .formatted(line.lineNo(), line.projectCode(), line.projectName(), Yuan.of(line.amountFen()),
              line.use())).toList()));
    };
  }

  @Bean
  TaskListener arrangeMatchingListener(FundDisbursements disbursements) {
    return task -> {
      var execution = task.getExecution();
      var arrangedOn = InvalidSubmission.date(task.getVariable(Variables.MATCHING_ARRANGED_ON), Variables.MATCHING_ARRANGED_ON,
          "配套资金落实日期");
      var issuedOn = ChinaTime.toDate(execution.getVariable(Variables.NOTICE_ISSUED_ON));
      if (arrangedOn.isBefore(issuedOn) || arrangedOn.isAfter(ChinaTime.today())) {
        throw new InvalidSubmission(Variables.MATCHING_ARRANGED_ON, "配套资金落实日期应在 " + issuedOn + " 至 " + ChinaTime.today()
            + " 之间", "must lie between " + issuedOn + " and " + ChinaTime.today());
      }
      InvalidSubmission.text(task.getVariable(Variables.MATCHING_SOURCE), Variables.MATCHING_SOURCE, "配套资金来源", MAX_COMMENT);
      disbursements.arrangeMatching(execution.getProcessBusinessKey(), noticeId(execution), district(execution), arrangedOn);
      task.setVariable(Variables.MATCHING_ARRANGED, true);
    };
  }

  @Bean
  JavaDelegate postAllocation(FundDisbursements disbursements) {
    return execution -> disbursements.postAllocation(execution.getProcessBusinessKey(), noticeId(execution),
        district(execution), round(execution));
  }

  @Bean
  TaskListener disburseFundsListener(FundDisbursements disbursements) {
    return task -> {
      var decision = task.getVariable(Variables.DISBURSEMENT_DECISION);
      var execution = task.getExecution();
      if (FundDisbursementProcess.Decisions.REJECT.equals(decision)) {
        InvalidSubmission.text(task.getVariable(Variables.DISBURSEMENT_COMMENT), Variables.DISBURSEMENT_COMMENT,
            "退回理由", MAX_COMMENT);
        return;
      }
      if (!FundDisbursementProcess.Decisions.DISBURSE.equals(decision)) {
        throw new InvalidSubmission(Variables.DISBURSEMENT_DECISION, "请选择：拨付 或 退回资金分配意见", "must be disburse or reject");
      }
      var proposedOn = ChinaTime.toDate(execution.getVariable(Variables.PROPOSED_ON));
      var disbursedOn = InvalidSubmission.date(task.getVariable(Variables.DISBURSED_ON), Variables.DISBURSED_ON, "拨付日期");
      if (disbursedOn.isBefore(proposedOn) || disbursedOn.isAfter(ChinaTime.today())) {
        throw new InvalidSubmission(Variables.DISBURSED_ON, "拨付日期应在 " + proposedOn + " 至 " + ChinaTime.today() + " 之间",
            "must lie between " + proposedOn + " and " + ChinaTime.today());
      }
      disbursements.disburse(execution.getProcessBusinessKey(), noticeId(execution), district(execution), round(execution),
          disbursedOn);
    };
  }

  @Bean
  JavaDelegate reverseAllocation(FundDisbursements disbursements) {
    return execution -> {
      int round = round(execution);
      disbursements.reverseAllocation(execution.getProcessBusinessKey(), round,
          String.valueOf(execution.getVariable(Variables.DISBURSEMENT_COMMENT)));
      execution.setVariable(Variables.PROPOSAL_ROUND, round + 1);
    };
  }

  @Bean
  JavaDelegate publishFunds(FundDisbursements disbursements) {
    return execution -> disbursements.publish(execution.getProcessBusinessKey(), noticeId(execution), district(execution),
        round(execution));
  }

  private static String noticeId(DelegateExecution execution) {
    return (String) execution.getVariable(Variables.FUND_NOTICE_ID);
  }

  private static String district(DelegateExecution execution) {
    return (String) execution.getVariable(Variables.DISTRICT_CODE);
  }

  private static int round(DelegateExecution execution) {
    return ((Number) execution.getVariable(Variables.PROPOSAL_ROUND)).intValue();
  }

}
