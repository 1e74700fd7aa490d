/**
 * Fund disbursement (资金分配拨付, 关于加强2020年度财政专项扶贫资金使用管理的意见 in seed 001): each district's share
 * of a fund notice is received on its fund line, allocated by the district poverty office to projects of its
 * library within 30 days of the notice, matched by district finance when the notice requires it, disbursed within
 * 15 days of the proposal and published on {@code /public/funds}; every movement is posted to the fund ledger in
 * the step's own transaction. A case is the share it was bound to before it started ({@code fund_notice_share}
 * by case number): its steps read the notice, district and round from there, never from process variables.
 */
package org.fupinflow.disbursement;
