package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.MAX_RETURNS;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.ASSISTANCE_MEASURES;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RETURN_COUNT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_COMMENT;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REVIEW_DECISION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_STEP_FROM;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.springframework.stereotype.Component;

/**
 * 区县审核: approve, reject with reasons, or return to the township once with a reason. A return restarts the
 * township's 5 working days from today.
 */
@Component
class ReviewHouseholdListener implements TaskListener {

  private static final Set<String> DECISIONS = Set.of(ReviewDecisions.APPROVE, ReviewDecisions.REJECT, ReviewDecisions.RETURN);

  private final Households households;

  ReviewHouseholdListener(Households households) {
    this.households = households;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(REVIEW_DECISION) instanceof String decision) || !DECISIONS.contains(decision)) {
      throw new InvalidSubmission(REVIEW_DECISION, "请选择审核意见：审核通过、不予认定或退回乡镇",
          "must be approve, reject or return");
    }
    var caseNumber = task.getExecution().getProcessBusinessKey();
    switch (decision) {
      case ReviewDecisions.APPROVE -> {
        var measures = task.getVariable(ASSISTANCE_MEASURES);
        if (measures instanceof String text && text.length() > TownshipStep.MAX_NOTE) {
          throw new InvalidSubmission(ASSISTANCE_MEASURES, "帮扶措施不能超过500字", "at most 500 characters");
        }
        if (measures instanceof String text && !text.isBlank()) {
          households.recordAssistanceMeasures(caseNumber, text.trim());
        }
      }
      case ReviewDecisions.REJECT -> TownshipStep.requiredNote(task, REVIEW_COMMENT, "不予认定的理由");
      default -> {
        TownshipStep.requiredNote(task, REVIEW_COMMENT, "退回的理由");
        int returns = task.getVariable(RETURN_COUNT) instanceof Number number ? number.intValue() : 0;
        if (returns >= MAX_RETURNS) {
          throw new InvalidSubmission(REVIEW_DECISION, "本案已退回过乡镇一次，不能再次退回，请审核通过或不予认定",
              "the case was already returned once; approve or reject it");
        }
        task.setVariable(RETURN_COUNT, returns + 1);
        task.setVariable(TOWNSHIP_STEP_FROM, ChinaTime.today().toString());
      }
    }
  }
}
