/**
 * Fund notices (指标下达): city finance, or a system acting for it, registers a budget index notice — document
 * number, date, level, fund line, the three budget codes, each district's amount in 元 or 万元 and the matching
 * required — as JSON or by importing its district table (.xlsx, .xls or .csv like Annex 1 of 哈财指（农）〔2020〕590号,
 * from a template to download); each district's share then starts its {@code fund-disbursement} case.
 */
package org.fupinflow.fundnotice;
