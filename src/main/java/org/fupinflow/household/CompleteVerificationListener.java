package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REPORTED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_CONFIRMED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFICATION_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VERIFIED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * Server-side check of 乡镇入户核实 when it is completed: Tasklist's form checks run only in the browser. A bad
 * submission is refused with a 400 naming the field, and the task stays open with nothing changed.
 */
@Component
class CompleteVerificationListener implements TaskListener {

  static final int MAX_NOTE = 500;

  @Override
  public void notify(DelegateTask task) {
    var today = ChinaTime.today();
    var reportedOn = Dates.parse(task.getVariable(REPORTED_ON), REPORTED_ON, "风险报至乡镇日期");
    var verifiedOn = Dates.parse(task.getVariable(VERIFIED_ON), VERIFIED_ON, "入户核实日期");
    if (verifiedOn.isBefore(reportedOn) || verifiedOn.isAfter(today)) {
      throw new InvalidSubmission(VERIFIED_ON, "入户核实日期应在 " + reportedOn + " 至 " + today + " 之间",
          "must lie between " + reportedOn + " and " + today);
    }
    if (!(task.getVariable(RISK_CONFIRMED) instanceof Boolean)) {
      throw new InvalidSubmission(RISK_CONFIRMED, "请确认返贫致贫风险是否属实", "true or false is required");
    }
    if (!(task.getVariable(VERIFICATION_NOTE) instanceof String note) || note.isBlank()) {
      throw new InvalidSubmission(VERIFICATION_NOTE, "核实情况必填", "a description of the visit is required");
    }
    if (note.length() > MAX_NOTE) {
      throw new InvalidSubmission(VERIFICATION_NOTE, "核实情况不能超过500字", "at most 500 characters");
    }
  }
}
