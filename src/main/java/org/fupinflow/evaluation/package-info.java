/**
 * The province's performance evaluation of special poverty funds (绩效评价, seed 002, 黑财农〔2017〕185号 and its scoring
 * table): the indicators the product can compute from its own records — 县级财政拨付进度 (5), 项目备案 (10) and
 * 年度资金结转结余率 (14) from the ledger, 信息公开和公告公示 (10) from the public funds board and the village notices — each with its points, the notices, fund lines and amounts they came from and the formula in
 * words ({@code GET /api/evaluation}, issue 13). The items scored from evidence the counties submit are listed as not
 * computed; the city poverty office enters them from the evidence, and the report adds the raw total, the scale (84
 * points for a county that is not a national poverty county, converted to 100), the total and the grade.
 */
package org.fupinflow.evaluation;
