/**
 * The district's poverty project library (项目库, seed 001): a project may receive special poverty funds only when
 * it is in its district's library, and it enters the library only with performance goals (绩效目标) laid out as
 * in seed 004 — budget, spending plan by the end of March, June, October and December, and indicators in three
 * levels (产出/效益/满意度). Each project names the one fund line it may be paid from (专款专用). The disbursement
 * process asks {@link org.fupinflow.projects.ProjectLibrary} whether a project is fundable and whether a use is on
 * the negative list (负面清单); officials maintain the library through {@code /api/projects}. Supervisors watch spending
 * behind plan: {@link org.fupinflow.projects.SpendingAgainstPlan} reads the ledger's disbursements per project against
 * budget and plan ({@code /api/projects/spending}, issue 13); {@link org.fupinflow.projects.MonthlyStatistics} sums a
 * district's month and year to date per fund line and project ({@code /api/projects/monthly-statistics}, 月统计); on
 * the 1st of each month a city-wide schedule asks every district poverty office to confirm the month before within 5
 * working days (确认月统计, escalated like any step) and records who confirmed it and when.
 */
package org.fupinflow.projects;
