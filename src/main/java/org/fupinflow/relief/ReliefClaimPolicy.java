package org.fupinflow.relief;

import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_INFORM_APPLICANT;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_RECORD_PAYMENT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.BASIC_INSURANCE_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECKED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_COMMENT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_DECISION;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CHECK_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.COMPLIANT_COSTS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.CRITICAL_ILLNESS_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.DISABILITY_LEVEL;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.EVENT_DATE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.EVENT_TYPE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.HOSPITAL_WAIVERS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORMED_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INFORM_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INSURED_ID_NUMBER;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.INSURED_NAME;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.MEDICAL_AID_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_AMOUNT;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.PAID_ON;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.REPORT_NOTE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.TOWNSHIP_CODE;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_BASIC_INSURANCE_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_COMPLIANT_COSTS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_CRITICAL_ILLNESS_PAID;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_DISABILITY_LEVEL;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_HOSPITAL_WAIVERS;
import static org.fupinflow.relief.ReliefClaimProcess.Variables.VERIFIED_MEDICAL_AID_PAID;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.number;
import static org.fupinflow.security.ProcessPolicy.residentId;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ExternalTaskRule;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Township officers report relief claims for their township (000: 乡镇提报); the district office checks them; the
 * insurer's worker alone fetches and completes the check ({@code relief-claim-check}) and its clerks record the
 * payment. Each step accepts its form's fields, the worker its contract's: the claim's identity and amounts come
 * from the register, never from a variable.
 */
@Configuration
class ReliefClaimPolicy {

  @Bean
  ProcessPolicy reliefClaimProcessPolicy() {
    return ProcessPolicy.startedBy(ReliefClaimProcess.KEY, Roles.TOWNSHIP_OFFICERS)
        .startWith(text(DISTRICT_CODE), text(TOWNSHIP_CODE), text(INSURED_NAME), residentId(INSURED_ID_NUMBER),
            text(EVENT_TYPE), number(DISABILITY_LEVEL), date(EVENT_DATE), text(COMPLIANT_COSTS),
            text(BASIC_INSURANCE_PAID), text(CRITICAL_ILLNESS_PAID), text(HOSPITAL_WAIVERS), text(MEDICAL_AID_PAID),
            text(REPORT_NOTE))
        .task(TASK_CHECK_CLAIM, text(CHECK_DECISION), text(CHECK_COMMENT))
        .task(TASK_RECORD_PAYMENT, date(PAID_ON), text(PAID_AMOUNT))
        .task(TASK_INFORM_APPLICANT, date(INFORMED_ON), text(INFORM_NOTE));
  }

  @Bean
  ExternalTaskRule reliefClaimCheckRule() {
    return ExternalTaskRule.topic(ReliefClaimProcess.KEY, ReliefClaimProcess.CHECK_TOPIC, Roles.INSURERS)
        .completesWith(text(VERIFIED_COMPLIANT_COSTS), text(VERIFIED_BASIC_INSURANCE_PAID),
            text(VERIFIED_CRITICAL_ILLNESS_PAID), text(VERIFIED_HOSPITAL_WAIVERS), text(VERIFIED_MEDICAL_AID_PAID),
            number(VERIFIED_DISABILITY_LEVEL), date(CHECKED_ON), text(CHECK_NOTE))
        .reportsError(ReliefClaimProcess.NOT_ELIGIBLE);
  }
}
