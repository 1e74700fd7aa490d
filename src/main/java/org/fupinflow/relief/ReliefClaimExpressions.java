package org.fupinflow.relief;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fupinflow.relief.ReliefClaim.Outcome;
import org.fupinflow.security.Townships;
import org.springframework.stereotype.Component;

/**
 * What {@code relief-claim.bpmn}'s deadlines, gateways and candidate groups read, as {@code ${reliefClaim.…}}: the
 * claim's dates and township from {@code relief_claim}, never from a variable a caller could have written.
 */
@Component("reliefClaim")
public class ReliefClaimExpressions {

  private final ReliefClaims claims;

  ReliefClaimExpressions(ReliefClaims claims) {
    this.claims = claims;
  }

  /** The day the township reported the claim: the district office's 3 working days count from it. */
  public LocalDate reportedOn(DelegateExecution execution) {
    return claim(execution).reportedOn();
  }

  /** The day the district office asked the insurer to check: the 30 working days count from it. */
  public LocalDate checkRequestedOn(DelegateExecution execution) {
    return claim(execution).checkRequestedOn();
  }

  /** The day the claim ended without payment: the township's 5 working days to tell the applicant count from it. */
  public LocalDate outcomeOn(DelegateExecution execution) {
    return claim(execution).outcomeOn();
  }

  /** Whether the decision gave an amount to pay. */
  public boolean payable(DelegateExecution execution) {
    var claim = claim(execution);
    return claim.outcome() != Outcome.NOTHING_PAYABLE && claim.payoutFen() != null && claim.payoutFen() > 0;
  }

  /** Whether the district office forwarded the claim to the insurer. */
  public boolean forwarded(DelegateExecution execution) {
    var claim = claim(execution);
    return claim.outcome() != Outcome.REJECTED && claim.checkRequestedOn() != null;
  }

  /** The township officers' group of the claim's township. */
  public String townshipGroup(DelegateExecution execution) {
    var claim = claim(execution);
    return Townships.groupId(claim.district(), claim.township());
  }

  private ReliefClaim claim(DelegateExecution execution) {
    return claims.get(execution.getProcessBusinessKey());
  }
}
