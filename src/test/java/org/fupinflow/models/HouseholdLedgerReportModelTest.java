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
import org.fupinflow.householdledger.HouseholdLedgerReportProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/household-ledger-report.bpmn}: the ledger submitted by the end of its fixed day, and the two
 * escalation timers of 报送台账.
 */
@Deployment(resources = "processes/household-ledger-report.bpmn")
class HouseholdLedgerReportModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String SUBMIT = "UserTask_SubmitHouseholdLedger";

  /** {@code ledgerReport}: the report day is Sunday 15 March (a fixed date, not moved to a working day). */
  public static class LedgerReport {
    public LocalDate day(DelegateExecution execution) {
      return LocalDate.parse("2026-03-15");
    }
  }

  @BeforeEach
  void caseBean() {
    doubles.register("ledgerReport", new LedgerReport());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(HouseholdLedgerReportProcess.KEY, "HL-230102-2026-03-15");
  }

  @Test
  void submittedEndsTheReport() {
    var instance = start();
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-15"));
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_HouseholdLedgerSubmitted");
    assertThat(doubles.calls()).containsSubsequence("confirmLedgerSubmitted " + SUBMIT + " complete",
        "closeEscalations " + SUBMIT + " complete");
  }

  @Test
  void overdueReportEscalatesTwice() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_SubmitHouseholdLedgerOverdue");
    var second = timer(instance, "BoundaryEvent_SubmitHouseholdLedgerStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-03-15"));
    // 3 working days after Sunday 15 March
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-03-18"));
    fire(first);
    fire(second);

    assertThat(instance).hasPassed("BoundaryEvent_SubmitHouseholdLedgerOverdue",
        "BoundaryEvent_SubmitHouseholdLedgerStillOverdue").isWaitingAt(SUBMIT);
    assertThat(doubles.escalations()).containsExactly(SUBMIT + "/1", SUBMIT + "/2");
  }
}
