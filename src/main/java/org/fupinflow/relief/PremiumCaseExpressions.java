package org.fupinflow.relief;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the premium model's due date and timers ask of a case, answered from {@code insurance_premium} by the case
 * number: {@code ${deadlines.days(premiumCase.startedOn(execution), 15)}}. No variable a caller could write moves the
 * deadline. Public, as the expression language calls only public classes' methods.
 */
@Component("premiumCase")
public class PremiumCaseExpressions {

  private final InsurancePremiums premiums;

  PremiumCaseExpressions(InsurancePremiums premiums) {
    this.premiums = premiums;
  }

  /** The day the district poverty office started the case: district finance pays within 15 days of it. */
  public LocalDate startedOn(DelegateExecution execution) {
    return premiums.require(InsurancePremiums.CaseRef.of(execution)).startedOn();
  }
}
