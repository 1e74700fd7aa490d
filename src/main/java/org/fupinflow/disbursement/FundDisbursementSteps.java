package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Variables;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.money.Yuan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code fund-disbursement}, each glue around {@link FundDisbursements}: the service tasks
 * {@code ${recordReceipt}}, {@code ${postAllocation}}, {@code ${reverseAllocation}}, {@code ${publishFunds}}, and the
 * complete listeners of the three user tasks, which check what was submitted and post in the task's transaction: a
 * refused submission leaves the task open and the ledger untouched. The process's end listener
 * {@code ${releaseReservations}} releases what a cancelled case's proposal still holds. A step knows its case by the
 * engine's own facts ({@link CaseExecution}); it reads only what the task's form submits, and writes variables only
 * for the forms to show.
 */
@Configuration
class FundDisbursementSteps {

  static final int MAX_COMMENT = 500;
  static final List<String> ALLOCATION_SLOTS = IntStream.rangeClosed(1, FundDisbursementProcess.ALLOCATION_SLOTS)
      .mapToObj(Variables::allocationSlot).toList();

  @Bean
  JavaDelegate recordReceipt(FundDisbursements disbursements) {
    return execution -> disbursements.recordReceipt(CaseExecution.of(execution));
  }

  @Bean
  TaskListener proposeAllocationListener(FundDisbursements disbursements) {
    return task -> {
      var proposal = disbursements.propose(CaseExecution.of(task.getExecution()), task::getVariable,
          task.getAssignee());
      // The round is recorded in fund_allocation; a later round starts from empty slots, never from these.
      task.getExecution().getProcessInstance().removeVariables(ALLOCATION_SLOTS);
      task.setVariable(Variables.PROPOSED_ON, proposal.proposedOn().toString());
      task.setVariable(Variables.ALLOCATION_SUMMARY, String.join("\n", proposal.lines().stream()
          .map(line -> "%d. %s %s：%s 元，%s".formatted(line.lineNo(), line.projectCode(), line.projectName(),
              Yuan.of(line.amountFen()), line.use())).toList()));
    };
  }

  @Bean
  TaskListener arrangeMatchingListener(FundDisbursements disbursements) {
    return task -> {
      var arrangedOn = InvalidSubmission.date(task.getVariable(Variables.MATCHING_ARRANGED_ON), Variables.MATCHING_ARRANGED_ON,
          "配套资金落实日期");
      InvalidSubmission.text(task.getVariable(Variables.MATCHING_SOURCE), Variables.MATCHING_SOURCE, "配套资金来源", MAX_COMMENT);
      disbursements.arrangeMatching(CaseExecution.of(task.getExecution()), arrangedOn);
      // Shown in Cockpit, and asked by the matching gateway of the definitions deployed before V9.
      task.setVariable(Variables.MATCHING_ARRANGED, true);
    };
  }

  @Bean
  JavaDelegate postAllocation(FundDisbursements disbursements) {
    return execution -> disbursements.postAllocation(CaseExecution.of(execution));
  }

  @Bean
  TaskListener disburseFundsListener(FundDisbursements disbursements) {
    return task -> {
      var decision = task.getVariable(Variables.DISBURSEMENT_DECISION);
      if (FundDisbursementProcess.Decisions.REJECT.equals(decision)) {
        InvalidSubmission.text(task.getVariable(Variables.DISBURSEMENT_COMMENT), Variables.DISBURSEMENT_COMMENT,
            "退回理由", MAX_COMMENT);
        return;
      }
      if (!FundDisbursementProcess.Decisions.DISBURSE.equals(decision)) {
        throw new InvalidSubmission(Variables.DISBURSEMENT_DECISION, "请选择：拨付 或 退回资金分配意见", "must be disburse or reject");
      }
      var disbursedOn = InvalidSubmission.date(task.getVariable(Variables.DISBURSED_ON), Variables.DISBURSED_ON, "拨付日期");
      disbursements.disburse(CaseExecution.of(task.getExecution()), disbursedOn);
    };
  }

  @Bean
  JavaDelegate reverseAllocation(FundDisbursements disbursements) {
    return execution -> {
      int round = disbursements.reverseAllocation(CaseExecution.of(execution),
          String.valueOf(execution.getVariable(Variables.DISBURSEMENT_COMMENT)));
      execution.setVariable(Variables.PROPOSAL_ROUND, round);
      // The next round is dated anew: neither its form nor a submission without a date takes this round's day.
      execution.getProcessInstance().removeVariable(Variables.PROPOSED_ON);
    };
  }

  @Bean
  ExecutionListener releaseReservations(FundDisbursements disbursements) {
    return execution -> disbursements.releaseReservations(CaseExecution.of(execution));
  }

  @Bean
  JavaDelegate publishFunds(FundDisbursements disbursements) {
    return execution -> disbursements.publish(CaseExecution.of(execution));
  }
}
