package org.fupinflow.fundledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ledger's refusals reaching our own API (any capability's controller that posts or checks codes) answered
 * like the engine REST API: 400 (409 for a duplicate code) with {@code type} and the Chinese and English message.
 */
@RestControllerAdvice(basePackages = "org.fupinflow")
class LedgerErrors {

  record ErrorAnswer(String type, String message) {
  }

  @ExceptionHandler(LedgerRefused.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer refused(LedgerRefused e) {
    return new ErrorAnswer("LedgerRefused", e.getMessage());
  }

  @ExceptionHandler(UnknownBudgetCode.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorAnswer unknownCode(UnknownBudgetCode e) {
    return new ErrorAnswer("UnknownBudgetCode", e.getMessage());
  }

  @ExceptionHandler(BudgetCodes.DuplicateBudgetCode.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ErrorAnswer duplicate(BudgetCodes.DuplicateBudgetCode e) {
    return new ErrorAnswer("DuplicateBudgetCode", e.getMessage());
  }
}
