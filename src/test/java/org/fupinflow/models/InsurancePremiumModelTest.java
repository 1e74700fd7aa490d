package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.relief.InsurancePremiumProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/insurance-premium.bpmn}: the premium paid, and the two escalation timers of 缴纳保费. */
@Deployment(resources = "processes/insurance-premium.bpmn")
class InsurancePremiumModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String PAY = "UserTask_PayPremium";

  /** {@code premiumCase}: requested on Wednesday 4 March; 15 days later is Thursday 19 March. */
  public static class PremiumCase {
    public LocalDate startedOn(DelegateExecution execution) {
      return LocalDate.parse("2026-03-04");
    }
  }

  @BeforeEach
  void caseBean() {
    doubles.register("premiumCase", new PremiumCase());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(InsurancePremiumProcess.KEY, "IP-230102-2026");
  }

  @Test
  void paidEndsTheCase() {
    var instance = start();
    assertThat(task(instance)).hasCandidateGroup("district-finance");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-19"));
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_PremiumPaid");
    assertThat(doubles.calls()).containsSubsequence("payPremiumListener " + PAY + " complete",
        "closeEscalations " + PAY + " complete");
  }

  @Test
  void overduePaymentEscalatesTwice() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_PayPremiumOverdue");
    var second = timer(instance, "BoundaryEvent_PayPremiumStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-03-19"));
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-03-24"));
    fire(first);
    fire(second);

    assertThat(instance).hasPassed("BoundaryEvent_PayPremiumOverdue", "BoundaryEvent_PayPremiumStillOverdue")
        .isWaitingAt(PAY);
    assertThat(doubles.escalations()).containsExactly(PAY + "/1", PAY + "/2");
    complete(task(instance));
    assertThat(instance).isEnded();
  }
}
