package org.fupinflow.household;

import org.fupinflow.security.Townships;
import org.springframework.stereotype.Component;

/**
 * Who works a household case's township steps, for the BPMN's candidate groups
 * ({@code ${householdCase.townshipGroup(execution.processBusinessKey)}}): the township of the household the case
 * was opened for, read from the household tables by case number. Overwriting the variables {@code districtCode}
 * or {@code townshipCode} therefore cannot send a returned case to another township.
 */
@Component("householdCase")
public class HouseholdCase {

  private final Households households;

  HouseholdCase(Households households) {
    this.households = households;
  }

  /** {@code township-daoli-xinnong}. */
  public String townshipGroup(String caseNumber) {
    var household = households.ofCase(caseNumber);
    return Townships.groupId(household.district(), household.township());
  }
}
