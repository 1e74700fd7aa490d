package org.fupinflow.fundledger;

/** One row of the code table: {@code kind} is FUNCTION, GOVERNMENT_ECONOMIC or DEPARTMENT_ECONOMIC. */
public record BudgetCode(String kind, String code, String name, boolean active) {
}
