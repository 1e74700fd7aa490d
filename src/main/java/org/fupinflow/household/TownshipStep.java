package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_NOTE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISAL_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.APPRAISED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_COMPLETED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_PASSED;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InvalidSubmission;

/**
 * What the three township steps (入户核实, 信息采集, 村级民主评议) share: the step's dates, the village's
 * appraisal, and the result the district's review counts its 3 working days from.
 */
final class TownshipStep {

  static final int MAX_NOTE = 500;

  private TownshipStep() {
  }

  /** A date of the step: not before the day its period counts from, not after today. */
  static LocalDate dateWithinStep(DelegateTask task, String variable, String chineseName) {
    var from = ChinaTime.toDate(task.getVariable(TOWNSHIP_STEP_FROM));
    var today = ChinaTime.today();
    var date = InvalidSubmission.date(task.getVariable(variable), variable, chineseName);
    if (date.isBefore(from) || date.isAfter(today)) {
      throw new InvalidSubmission(variable, chineseName + "应在 " + from + " 至 " + today + " 之间",
          "must lie between " + from + " and " + today);
    }
    return date;
  }

  static boolean requiredBoolean(DelegateTask task, String variable, String chineseQuestion) {
    var value = task.getVariable(variable);
    if (value instanceof Boolean answer) {
      return answer;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new InvalidSubmission(variable, chineseQuestion, "true or false is required");
  }

  static String requiredNote(DelegateTask task, String variable, String chineseName) {
    if (!(task.getVariable(variable) instanceof String note) || note.isBlank()) {
      throw new InvalidSubmission(variable, chineseName + "必填", "is required");
    }
    if (note.length() > MAX_NOTE) {
      throw new InvalidSubmission(variable, chineseName + "不能超过500字", "at most 500 characters");
    }
    return note;
  }

  /** 村级民主评议: its date, result and record. Returns whether the village passed the household. */
  static boolean villageAppraisal(DelegateTask task) {
    dateWithinStep(task, APPRAISED_ON, "民主评议日期");
    var passed = requiredBoolean(task, APPRAISAL_PASSED, "请选择民主评议是否通过");
    requiredNote(task, APPRAISAL_NOTE, "评议情况");
    return passed;
  }

  /** Ends the township step: the review's 3 working days count from today. */
  static void complete(DelegateTask task, boolean passed) {
    task.setVariable(TOWNSHIP_PASSED, passed);
    task.setVariable(TOWNSHIP_COMPLETED_ON, ChinaTime.today().toString());
  }
}
