package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.COLLECTED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HOUSEHOLD;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Component;

/**
 * 乡镇信息采集 and 村级民主评议 (category B): validates the collection form (members with resident IDs, incomes,
 * risks) and the appraisal, files the household's members and incomes in the household tables, and removes them
 * from the case, in the task's transaction. The household is the one the case number was opened for, whatever
 * the variable {@code householdId} says. The personal variables never reach history (see
 * {@link PersonalDataOutOfHistory}); a refused submission changes nothing.
 */
@Component
class CollectHouseholdInformationListener implements TaskListener {

  private final Households households;

  CollectHouseholdInformationListener(Households households) {
    this.households = households;
  }

  @Override
  public void notify(DelegateTask task) {
    var collectedOn = TownshipStep.dateWithinStep(task, COLLECTED_ON, "采集日期");
    var information = HouseholdInformation.from(task.getVariable(HOUSEHOLD),
        HouseholdInformation.submittedMembers(task::getVariable), ChinaTime.today());
    var risks = RiskReport.risks(task.getVariables());
    var passed = TownshipStep.villageAppraisal(task);

    var caseNumber = task.getExecution().getProcessBusinessKey();
    var household = households.ofCase(caseNumber);
    if (!information.head().idNumber().startsWith(household.headIdNumber())) {
      throw new InvalidSubmission(HouseholdIdentificationProcess.Variables.MEMBERS, "户主的身份证号码与上报时的户主身份证号码不一致",
          "the head's resident ID differs from the one reported when the case started");
    }
    households.saveInformation(household.id(), caseNumber, collectedOn, information, ChinaTime.now().toInstant());
    households.updateRisks(caseNumber, risks);
    task.removeVariables(HouseholdIdentificationProcess.Variables.PERSONAL);
    TownshipStep.complete(task, passed);
  }
}
