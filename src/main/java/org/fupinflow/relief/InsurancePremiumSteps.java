package org.fupinflow.relief;

import static org.fupinflow.relief.InsurancePremiumProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.money.Yuan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code insurance-premium}, each glue around {@link InsurancePremiums}: the process's start listener
 * {@code ${openPremiumCase}} (refuses a bad start with 400, gives the case its number and figures), the payment's
 * complete listener {@code ${payPremiumListener}} (posts in the task's transaction; a refusal leaves the task open
 * and nothing written) and the end listener {@code ${closePremiumCase}} (a cancelled case frees its year). A step
 * knows its case by the engine's own facts; the variables it writes are only what the payment form shows.
 */
@Configuration
class InsurancePremiumSteps {

  static final int MAX_COMMENT = 500;

  @Bean
  ExecutionListener openPremiumCase(InsurancePremiums premiums) {
    return execution -> {
      var premiumCase = premiums.open(execution.getTenantId(), execution.getVariable(Variables.INSURANCE_YEAR),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(premiumCase.caseNumber());
      execution.setVariable(Variables.INSURANCE_YEAR, premiumCase.year());
      execution.setVariable(Variables.DISTRICT_NAME, premiums.districtName(premiumCase));
      execution.setVariable(Variables.INSURED_PEOPLE, String.valueOf(premiumCase.insuredPeople()));
      execution.setVariable(Variables.PREMIUM_PER_PERSON, Yuan.of(premiumCase.premiumPerPersonFen()).toPlainString());
      execution.setVariable(Variables.PREMIUM_NEED, Yuan.of(premiumCase.needFen()).toPlainString());
      execution.setVariable(Variables.PROVINCE_PART, Yuan.of(premiumCase.provincePartFen()).toPlainString());
      execution.setVariable(Variables.CITY_PART, Yuan.of(premiumCase.cityPartFen()).toPlainString());
      execution.setVariable(Variables.DISTRICT_MATCHING, Yuan.of(premiumCase.districtMatchingFen()).toPlainString());
    };
  }

  @Bean
  TaskListener payPremiumListener(InsurancePremiums premiums) {
    return task -> {
      var paidOn = InvalidSubmission.date(task.getVariable(Variables.PAID_ON), Variables.PAID_ON, "缴费日期");
      var comment = InvalidSubmission.optionalText(task.getVariable(Variables.PAYMENT_COMMENT), Variables.PAYMENT_COMMENT,
          "备注", MAX_COMMENT);
      premiums.pay(caseOf(task.getExecution()), paidOn, comment);
    };
  }

  @Bean
  ExecutionListener closePremiumCase(InsurancePremiums premiums) {
    return execution -> premiums.closeUnpaid(caseOf(execution));
  }

  static InsurancePremiums.CaseRef caseOf(DelegateExecution execution) {
    return new InsurancePremiums.CaseRef(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        execution.getTenantId());
  }
}
