/**
 * Household identification (返贫致贫风险户识别认定, 威扶贫组发〔2020〕4号 in seed 001): a risk reported to the township
 * becomes a case; the township verifies (A), collects the household's information with a village appraisal (B) or
 * holds the appraisal (C) within 5 working days; the district reviews within 3 working days, may return the case
 * once; B and C go through the 5-day village notice; the household's status changes are kept as history, with the
 * epidemic fast track (先帮扶、后认定) taking effect at once and reverted if the case fails. Household and member
 * data live in this capability's tables; the process carries {@code householdId}, and personal variables never
 * reach Camunda's history ({@link org.fupinflow.household.PersonalDataOutOfHistory}).
 */
package org.fupinflow.household;
