package org.fupinflow.projects;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code spending-supervision.bpmn}'s deadlines read, as {@code ${spendingSupervision.…}}: the case's checkpoint
 * from {@code spending_supervision} by business key and tenant, never from a variable a caller could have written.
 * Public, as the expression language calls only public classes' methods.
 */
@Component("spendingSupervision")
public class SpendingSupervisionExpressions {

  private final SpendingSupervisions supervisions;

  SpendingSupervisionExpressions(SpendingSupervisions supervisions) {
    this.supervisions = supervisions;
  }

  /** The day the city's 3 working days count from: the day after the checkpoint. */
  public LocalDate detectedOn(DelegateExecution execution) {
    return SpendingSupervisionProcess.detectedOn(
        supervisions.require(execution.getProcessBusinessKey(), execution.getTenantId()).checkpointDate());
  }
}
