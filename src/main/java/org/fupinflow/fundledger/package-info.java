/**
 * The fund ledger (专项扶贫资金台账, 001): an append-only journal of receipts, matching funds, allocations,
 * disbursements and their reversals, with one balance per district × fund line (资金名称) × level × the three
 * budget codes. Money is integer fen. {@link org.fupinflow.fundledger.FundLedger#post} joins the caller's
 * transaction (the engine's, when a delegate posts), locks the line's balance row and refuses anything that
 * would break disbursed ≤ allocated ≤ received + matched; the database checks the same invariants. Each
 * posting carries an idempotency key from the case and step, so a retried job never posts twice. An accepted
 * allocation proposal holds (预留) its amount on the line until its allocations post, so no two proposals promise
 * the same money.
 * {@code /api/ledger} shows balances and journal by tenant; {@code /api/budget-codes} holds the code table.
 */
package org.fupinflow.fundledger;
