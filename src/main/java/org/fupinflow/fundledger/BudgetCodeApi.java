package org.fupinflow.fundledger;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  record NewCode(
      @Schema(description = "FUNCTION 功能科目、GOVERNMENT_ECONOMIC 政府经济科目、DEPARTMENT_ECONOMIC "
          + "部门经济科目", example = "FUNCTION") String kind,
      @Schema(description = "科目编码，5到7位数字 / The code, 5 to 7 digits", example = "2130506") String code,
      @Schema(description = "科目名称 / Name", example = "社会发展") String name) {
  }

  private final BudgetCodes codes;

  BudgetCodeApi(BudgetCodes codes) {
    this.codes = codes;
  }

  @Operation(operationId = "listBudgetCodes",
      summary = "预算科目表 / The budget code table",
      description = "任何已登录的官员。 / Any logged-in official.")
  @GetMapping("/api/budget-codes")
  List<BudgetCode> list(
      @Parameter(description = "科目种类：FUNCTION 功能科目、GOVERNMENT_ECONOMIC 政府经济科目、DEPARTMENT_ECONOMIC "
          + "部门经济科目；其他值 400 / Kind of code; any other value is 400", example = "FUNCTION")
      @RequestParam(required = false) String kind) {
    return codes.list(kind == null || kind.isBlank() ? null : kind.strip());
  }

  @Operation(operationId = "addBudgetCode",
      summary = "新增预算科目 / Add a budget code",
      description = "仅系统管理员。kind 同上，code 为5到7位数字（否则 400），该种类已有此科目 409。 / Administrators "
      + "only. kind as above, code 5 to 7 digits (else 400); a code the kind already has is 409.")
  @PostMapping("/api/budget-codes")
  @PreAuthorize("hasRole('camunda-admin')")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetCode add(@RequestBody NewCode code) {
    return codes.add(code.kind(), code.code(), code.name());
  }
}
