package org.fupinflow.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记支出进度落后事件 ({@code ${raiseBehindPlan}}): the case gets its {@code spendingBehindPlan} incident
 * ({@link SpendingSupervisions#behindPlanIncident}), which Cockpit lists.
 */
@Component("raiseBehindPlan")
class RaiseBehindPlanDelegate implements JavaDelegate {

  private final SpendingSupervisions supervisions;

  RaiseBehindPlanDelegate(SpendingSupervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var incident = supervisions.behindPlanIncident(execution.getProcessBusinessKey(), execution.getTenantId());
    execution.createIncident(SpendingSupervisionProcess.INCIDENT_TYPE, incident.configuration(), incident.message());
  }
}
