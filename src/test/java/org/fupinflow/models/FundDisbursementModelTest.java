package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.disbursement.FundDisbursementProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/fund-disbursement.bpmn}: with and without matching funds (parallel split and join), disbursed
 * or returned for a new proposal (the loop back to 提出分配意见), and the two escalation timers of each task
 * (30 days from the notice, 15 days from the proposal, extended to a working day); the process's end listener
 * releases the reservations.
 */
@Deployment(resources = "processes/fund-disbursement.bpmn")
class FundDisbursementModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String PROPOSE = "UserTask_ProposeAllocation";
  private static final String MATCHING = "UserTask_ArrangeMatching";
  private static final String DISBURSE = "UserTask_DisburseFunds";

  /** {@code fundCase}: notice issued Monday 2 March, proposal on Thursday 12 March, matching as the test says. */
  public static class FundCase {
    public boolean matchingStillDue;

    public LocalDate issuedOn(DelegateExecution execution) {
      return LocalDate.parse(TODAY);
    }

    public LocalDate proposedOn(DelegateExecution execution) {
      return LocalDate.parse("2026-03-12");
    }

    public boolean matchingStillDue(DelegateExecution execution) {
      return matchingStillDue;
    }
  }

  private FundCase fundCase;

  @BeforeEach
  void caseBean() {
    fundCase = doubles.register("fundCase", new FundCase());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(FundDisbursementProcess.KEY, "FD-230102-2026-001");
  }

  @Test
  void withoutMatchingFundsTheProposalAloneLeadsToDisbursement() {
    var instance = start();
    assertThat(instance).hasPassed("ServiceTask_RecordReceipt", "Gateway_MatchingMerged").isWaitingAt(PROPOSE)
        .hasNotPassed(MATCHING);
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    // 30 days from Monday 2 March: Wednesday 1 April
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-04-01"));
    complete(task(instance));

    assertThat(instance).hasPassed("Gateway_JoinWork", "ServiceTask_PostAllocation").isWaitingAt(DISBURSE);
    assertThat(task(instance)).hasCandidateGroup("district-finance");
    // 15 days from Thursday 12 March: Friday 27 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-27"));
    complete(task(instance), withVariables("disbursementDecision", "disburse"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_PublishFunds", "EndEvent_FundsDisbursed")
        .hasNotPassed("ServiceTask_ReverseAllocation");
    assertThat(doubles.calls()).containsExactly("recordReceipt ServiceTask_RecordReceipt",
        "proposeAllocationListener " + PROPOSE + " complete", "closeEscalations " + PROPOSE + " complete",
        "postAllocation ServiceTask_PostAllocation",
        "disburseFundsListener " + DISBURSE + " complete", "closeEscalations " + DISBURSE + " complete",
        "publishFunds ServiceTask_PublishFunds", "releaseReservations EndEvent_FundsDisbursed");
  }

  @Test
  void matchingFundsRunBesideTheProposalAndBothMustFinish() {
    fundCase.matchingStillDue = true;
    var instance = start();
    assertThat(instance).isWaitingAt(PROPOSE, MATCHING);
    var matching = taskOf(instance, MATCHING);
    assertThat(matching).hasCandidateGroup("district-finance");
    assertThat(matching.getDueDate()).isEqualTo(endOfDay("2026-04-01"));

    complete(matching);
    assertThat(instance).isWaitingAt(PROPOSE).hasNotPassed("ServiceTask_PostAllocation");
    complete(taskOf(instance, PROPOSE));
    assertThat(instance).isWaitingAt(DISBURSE);
  }

  @Test
  void aReturnedDisbursementReversesTheAllocationAndAsksForANewProposal() {
    fundCase.matchingStillDue = true;
    var instance = start();
    complete(taskOf(instance, MATCHING));
    complete(taskOf(instance, PROPOSE));
    fundCase.matchingStillDue = false; // arranged in the first round
    complete(task(instance), withVariables("disbursementDecision", "return"));

    assertThat(instance).hasPassed("ServiceTask_ReverseAllocation").isWaitingAt(PROPOSE).isNotEnded();
    assertThat(taskOf(instance, MATCHING)).isNull();
    assertThat(doubles.calls()).containsSubsequence("disburseFundsListener " + DISBURSE + " complete",
        "reverseAllocation ServiceTask_ReverseAllocation");
    assertThat(doubles.calls()).as("the receipt is recorded once").filteredOn(c -> c.startsWith("recordReceipt"))
        .hasSize(1);
    complete(task(instance));
    complete(task(instance), withVariables("disbursementDecision", "disburse"));
    assertThat(instance).isEnded().hasPassed("EndEvent_FundsDisbursed");
  }

  @Test
  void eachTaskEscalatesTwiceWhenOverdue() {
    fundCase.matchingStillDue = true;
    var instance = start();
    var propose = timer(instance, "BoundaryEvent_ProposeAllocationOverdue");
    var proposeAgain = timer(instance, "BoundaryEvent_ProposeAllocationStillOverdue");
    assertThat(propose.getDuedate()).isEqualTo(endOfDay("2026-04-01"));
    assertThat(proposeAgain.getDuedate()).isEqualTo(endOfDay("2026-04-06"));
    assertThat(timer(instance, "BoundaryEvent_ArrangeMatchingOverdue").getDuedate()).isEqualTo(endOfDay("2026-04-01"));

    fire(propose);
    fire(proposeAgain);
    fire(timer(instance, "BoundaryEvent_ArrangeMatchingOverdue"));
    fire(timer(instance, "BoundaryEvent_ArrangeMatchingStillOverdue"));
    assertThat(instance).hasPassed("EndEvent_ProposeAllocationEscalated", "EndEvent_ProposeAllocationEscalatedToCity",
        "EndEvent_ArrangeMatchingEscalated", "EndEvent_ArrangeMatchingEscalatedToCity").isWaitingAt(PROPOSE, MATCHING);

    complete(taskOf(instance, PROPOSE));
    complete(taskOf(instance, MATCHING));
    var disburse = timer(instance, "BoundaryEvent_DisburseFundsOverdue");
    var disburseAgain = timer(instance, "BoundaryEvent_DisburseFundsStillOverdue");
    assertThat(disburse.getDuedate()).isEqualTo(endOfDay("2026-03-27"));
    // 3 working days after Friday 27 March
    assertThat(disburseAgain.getDuedate()).isEqualTo(endOfDay("2026-04-01"));
    // already past (the clock stands after the matching's escalations): the job executor would fire both at once
    execute(disburse);
    execute(disburseAgain);
    assertThat(instance).hasPassed("EndEvent_DisburseFundsEscalated", "EndEvent_DisburseFundsEscalatedToCity")
        .isWaitingAt(DISBURSE);
    assertThat(doubles.escalations()).containsExactly(PROPOSE + "/1", PROPOSE + "/2", MATCHING + "/1", MATCHING + "/2",
        DISBURSE + "/1", DISBURSE + "/2");
  }
}
