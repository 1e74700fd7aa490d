/**
 * Escalation of overdue steps (超期督办): one BPMN pattern (a due date, two non-interrupting boundary timers
 * with {@code ${escalateOverdueStep}}, a {@code complete} listener {@code ${closeEscalations}}) and one piece of
 * Java for every deadline-bearing user task. Supervisors see {@code deadlineOverdue} incidents in Cockpit and
 * 督办 tasks in Tasklist; the records say who was late and by how many working days, and 督办看板 in Cockpit
 * ({@code /api/escalations/board}) shows them by district, step and level.
 */
package org.fupinflow.escalation;
