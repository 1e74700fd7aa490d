package org.fupinflow.household;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 先行纳入帮扶 ({@code ${applyFastTrack}}): the fast track (先帮扶、后认定) takes effect at once. */
@Component("applyFastTrack")
class ApplyFastTrackDelegate implements JavaDelegate {

  private final HouseholdStatusChanges changes;

  ApplyFastTrackDelegate(HouseholdStatusChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.applyFastTrack(execution.getProcessBusinessKey());
  }
}
