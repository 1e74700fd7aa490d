package org.fupinflow.disbursement;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the model's due dates, timers and matching gateway ask of a case, answered from the tables by the case
 * number: {@code ${deadlines.days(fundCase.issuedOn(execution), 30)}}, {@code ${fundCase.matchingStillDue(execution)}}.
 * A variable a caller overwrote, then a recalculated timer, moves no deadline and skips no step. Public, as the
 * expression language calls only public classes' methods.
 */
@Component("fundCase")
public class FundCaseExpressions {

  private final FundDisbursements disbursements;

  FundCaseExpressions(FundDisbursements disbursements) {
    this.disbursements = disbursements;
  }

  public LocalDate issuedOn(DelegateExecution execution) {
    return disbursements.issuedOn(CaseExecution.of(execution));
  }

  public LocalDate proposedOn(DelegateExecution execution) {
    return disbursements.proposedOn(CaseExecution.of(execution));
  }

  public boolean matchingStillDue(DelegateExecution execution) {
    return disbursements.matchingStillDue(CaseExecution.of(execution));
  }
}
