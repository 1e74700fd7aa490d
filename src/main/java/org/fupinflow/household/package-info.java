/**
 * Household identification (返贫致贫风险户识别认定, 威扶贫组发〔2020〕4号 in seed 001): a risk reported to the
 * township becomes a case; the township verifies the household at home. The process carries references and
 * decisions only; personal data stays out of Camunda's history.
 */
package org.fupinflow.household;
