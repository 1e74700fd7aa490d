package org.fupinflow.escalation;

import java.time.OffsetDateTime;

/** One escalation of one overdue step, as stored and as {@code /api/escalations} shows it. */
record EscalationRecord(String id, String caseKey, String processInstanceId, String taskId, String stepId,
                        String stepName, String district, String responsibleGroup, OffsetDateTime deadline,
                        int level, OffsetDateTime escalatedAt, String supervisingGroup, String incidentId,
                        String supervisionTaskId, OffsetDateTime completedAt, Integer lateWorkingDays) {

  boolean open() {
    return completedAt == null;
  }
}
