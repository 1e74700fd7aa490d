package org.fupinflow.fundledger;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/budget-codes[?kind=FUNCTION]} for any official; {@code POST /api/budget-codes} with
 * {@code {"kind","code","name"}} for administrators: 201, or 409 when the code exists.
 */
@RestController
class BudgetCodeApi {

  record NewCode(String kind, String code, String name) {
  }

  private final BudgetCodes codes;

  BudgetCodeApi(BudgetCodes codes) {
    this.codes = codes;
  }

  @GetMapping("/api/budget-codes")
  List<BudgetCode> list(@RequestParam(required = false) String kind) {
    return codes.list(kind == null || kind.isBlank() ? null : kind.strip());
  }

  @PostMapping("/api/budget-codes")
  @PreAuthorize("hasRole('camunda-admin')")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetCode add(@RequestBody NewCode code) {
    return codes.add(code.kind(), code.code(), code.name());
  }
}
