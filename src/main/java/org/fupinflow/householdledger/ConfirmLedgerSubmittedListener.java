package org.fupinflow.householdledger;

import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_NOTE;
import static org.fupinflow.householdledger.HouseholdLedgerReportProcess.Variables.LEDGER_SUBMITTED;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side check of 报送监测户和即时帮扶人口台账: the form's required checkbox is checked only in the
 * browser. Without the confirmation the engine REST API answers 400 and the task stays open.
 */
@Component("confirmLedgerSubmitted")
class ConfirmLedgerSubmittedListener implements TaskListener {

  static final int MAX_NOTE = 500;

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(LEDGER_SUBMITTED))) {
      throw new BadUserRequestException(LEDGER_SUBMITTED + "：请先将台账报送市扶贫办并勾选确认 / " + LEDGER_SUBMITTED
          + ": send the ledger to the city poverty office and confirm it");
    }
    if (task.getVariable(LEDGER_NOTE) instanceof String note && note.length() > MAX_NOTE) {
      throw new BadUserRequestException(LEDGER_NOTE + "：备注不能超过500字 / " + LEDGER_NOTE + ": at most 500 characters");
    }
  }
}
