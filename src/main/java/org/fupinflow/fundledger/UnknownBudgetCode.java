package org.fupinflow.fundledger;

import org.fupinflow.validation.InvalidSubmission;

/** A budget code that is not in the code table or no longer active: 400, naming the field. */
public class UnknownBudgetCode extends InvalidSubmission {

  UnknownBudgetCode(String field, String chinese, String english) {
    super(field, chinese, english);
  }
}
