package org.fupinflow.disbursement;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the engine itself knows of a running {@code fund-disbursement} case: its business key (the case number),
 * its process instance and its tenant. None of them is a variable a caller could write.
 */
record CaseExecution(String caseNumber, String processInstanceId, String tenantId) {

  static CaseExecution of(DelegateExecution execution) {
    return new CaseExecution(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution.getTenantId());
  }
}
