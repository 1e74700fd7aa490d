package org.fupinflow.fundledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A budget code added twice through our own API: 409 with {@code type} and the Chinese and English message. (The
 * ledger's refusals are {@code BadUserRequestException}s, which {@code ApiErrors} answers with a 400.)
 */
@RestControllerAdvice(basePackages = "org.fupinflow")
class LedgerErrors {

  record ErrorAnswer(String type, String message) {
  }

  @ExceptionHandler(BudgetCodes.DuplicateBudgetCode.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ErrorAnswer duplicate(BudgetCodes.DuplicateBudgetCode e) {
    return new ErrorAnswer("DuplicateBudgetCode", e.getMessage());
  }
}
