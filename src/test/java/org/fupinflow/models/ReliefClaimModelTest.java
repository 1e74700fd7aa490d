package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.relief.ReliefClaimProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/relief-claim.bpmn} with {@code relief-payout.dmn}: rejected by the district, the insurer's
 * external task completed (payable or nothing payable) or ending in the {@code not-eligible} BPMN error, and the
 * two escalation timers of the check, the insurer's check (on the external task), the payment and informing the
 * applicant.
 */
@Deployment(resources = {"processes/relief-claim.bpmn", "processes/relief-payout.dmn"})
class ReliefClaimModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String CHECK = "UserTask_CheckClaim";
  private static final String INSURER = "ServiceTask_InsurerCheck";
  private static final String PAY = "UserTask_RecordPayment";
  private static final String INFORM = "UserTask_InformApplicant";

  /**
   * {@code reliefClaim}: reported Monday 2 March, check requested Wednesday 4 March, outcome Friday 6 March;
   * forwarded and payable as the test says.
   */
  public static class ReliefClaim {
    public boolean forwarded;
    public boolean payable;

    public LocalDate reportedOn(DelegateExecution execution) {
      return LocalDate.parse(TODAY);
    }

    public LocalDate checkRequestedOn(DelegateExecution execution) {
      return LocalDate.parse("2026-03-04");
    }

    public LocalDate outcomeOn(DelegateExecution execution) {
      return LocalDate.parse("2026-03-06");
    }

    public String townshipGroup(DelegateExecution execution) {
      return "township-daoli-xinnong";
    }

    public boolean forwarded(DelegateExecution execution) {
      return forwarded;
    }

    public boolean payable(DelegateExecution execution) {
      return payable;
    }
  }

  private ReliefClaim claim;

  @BeforeEach
  void caseBeans() {
    claim = doubles.register("reliefClaim", new ReliefClaim());
  }

  /** An accidental death: the payout table's fixed 50,000 yuan. */
  private ProcessInstance start() {
    var variables = new HashMap<String, Object>();
    variables.put("eventType", "accident-death");
    variables.put("disabilityLevel", null);
    return runtimeService().startProcessInstanceByKey(ReliefClaimProcess.KEY, "RC-230102-2026-0001", variables);
  }

  private LockedExternalTask insurerFetches() {
    var locked = externalTaskService().fetchAndLock(1, "insurer").topic(ReliefClaimProcess.CHECK_TOPIC, 60_000)
        .execute();
    assertThat(locked).hasSize(1);
    return locked.get(0);
  }

  private ProcessInstance forwardedToTheInsurer() {
    claim.forwarded = true;
    var instance = start();
    complete(task(instance));
    assertThat(instance).isWaitingAt(INSURER);
    return instance;
  }

  @Test
  void rejectedByTheDistrictTheApplicantIsInformed() {
    var instance = start();
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    // 3 working days from Monday 2 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-05"));
    complete(task(instance));

    assertThat(instance).isWaitingAt(INFORM).hasNotPassed(INSURER);
    assertThat(task(instance)).hasCandidateGroup("township-daoli-xinnong");
    // 5 working days from Friday 6 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-13"));
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_ClaimClosed");
    assertThat(doubles.calls()).containsExactly("registerReliefClaim StartEvent_ClaimReported",
        "checkReliefClaimListener " + CHECK + " complete", "closeEscalations " + CHECK + " complete",
        "informApplicantListener " + INFORM + " complete", "closeEscalations " + INFORM + " complete",
        "closeReliefClaim EndEvent_ClaimClosed");
  }

  @Test
  void theInsurersCheckComputesThePayoutWhichIsPaid() {
    var instance = forwardedToTheInsurer();
    claim.payable = true;
    externalTaskService().complete(insurerFetches().getId(), "insurer");

    assertThat(instance).hasPassed("ServiceTask_RecordCheck", "BusinessRuleTask_ComputePayout").isWaitingAt(PAY);
    assertThat(instance).variables().containsEntry("payoutDecision",
        Map.of("payoutFen", 5_000_000L, "rule", "意外身故：5万元 / accident death: 50,000 yuan"));
    assertThat(task(instance)).hasCandidateGroup("insurers");
    // 30 working days from Wednesday 4 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-04-15"));
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_ReliefPaid").hasNotPassed(INFORM);
    assertThat(doubles.calls()).containsSubsequence("closeStepEscalations " + INSURER,
        "recordInsurerCheck ServiceTask_RecordCheck", "collectYearToDate BusinessRuleTask_ComputePayout",
        "recordPayout BusinessRuleTask_ComputePayout", "recordReliefPaymentListener " + PAY + " complete",
        "closeReliefClaim EndEvent_ReliefPaid");
  }

  @Test
  void nothingPayableTheApplicantIsInformed() {
    var instance = forwardedToTheInsurer();
    externalTaskService().complete(insurerFetches().getId(), "insurer");

    assertThat(instance).hasPassed("BusinessRuleTask_ComputePayout").isWaitingAt(INFORM).hasNotPassed(PAY);
  }

  @Test
  void notEligibleIsABpmnErrorOfTheInsurer() {
    var instance = forwardedToTheInsurer();
    externalTaskService().handleBpmnError(insurerFetches().getId(), "insurer", ReliefClaimProcess.NOT_ELIGIBLE,
        "不在保险期间");

    assertThat(instance).hasPassed("BoundaryEvent_NotEligible", "ServiceTask_RecordNotEligible").isWaitingAt(INFORM)
        .hasNotPassed("ServiceTask_RecordCheck");
    assertThat(doubles.calls()).contains("recordNotEligible ServiceTask_RecordNotEligible");
    assertThat(instance).variables().containsEntry(ReliefClaimProcess.Variables.NOT_ELIGIBLE_REASON, "不在保险期间");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_ClaimClosed");
  }

  @Test
  void everyStepEscalatesTwiceWhenOverdue() {
    claim.forwarded = true;
    var instance = start();
    escalatesTwice(instance, "CheckClaim", "2026-03-05", "2026-03-10");
    complete(task(instance));
    // the insurer's 30 working days from Wednesday 4 March
    escalatesTwice(instance, "InsurerCheck", "2026-04-15", "2026-04-20");
    assertThat(instance).isWaitingAt(INSURER);
    claim.payable = true;
    externalTaskService().complete(insurerFetches().getId(), "insurer");
    escalatesTwice(instance, "RecordPayment", "2026-04-15", "2026-04-20");
    assertThat(doubles.escalations()).containsExactly(CHECK + "/1", CHECK + "/2", INSURER + "/1", INSURER + "/2",
        PAY + "/1", PAY + "/2");
  }

  @Test
  void informingTheApplicantEscalatesTwiceWhenOverdue() {
    var instance = start();
    complete(task(instance));
    escalatesTwice(instance, "InformApplicant", "2026-03-13", "2026-03-18");
    assertThat(instance).isWaitingAt(INFORM);
  }

  private void escalatesTwice(ProcessInstance instance, String step, String firstDue, String secondDue) {
    var first = timer(instance, "BoundaryEvent_" + step + "Overdue");
    var second = timer(instance, "BoundaryEvent_" + step + "StillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay(firstDue));
    assertThat(second.getDuedate()).isEqualTo(endOfDay(secondDue));
    execute(first);
    execute(second);
    assertThat(instance).hasPassed("BoundaryEvent_" + step + "Overdue", "BoundaryEvent_" + step + "StillOverdue");
  }
}
