/**
 * Working days and legal deadlines: China's holiday arrangements 2020–2026 (State Council notices, data set
 * holiday-cn, MIT) in a table, the counting rules of 民法典 第二百零一条–第二百零三条, and expressions for
 * BPMN due dates and timers; {@code /api/calendar} answers deadlines and lets an administrator load a new
 * year, re-planning the timers and task due dates that count over it. Time is China time from the engine clock.
 */
package org.fupinflow.calendar;
