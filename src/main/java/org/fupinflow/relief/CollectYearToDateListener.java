package org.fupinflow.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of 计算救助金 ({@code ${collectYearToDate}}): the inputs of {@code relief-payout.dmn} from the register
 * ({@link ReliefClaimCases#yearToDate}), local to the decision's step.
 */
@Component("collectYearToDate")
class CollectYearToDateListener implements ExecutionListener {

  private final ReliefClaimCases cases;

  CollectYearToDateListener(ReliefClaimCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariablesLocal(cases.yearToDate(execution.getProcessBusinessKey()));
  }
}
