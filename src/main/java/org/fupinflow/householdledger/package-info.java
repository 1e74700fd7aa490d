/**
 * Household ledger cadence (台账报送, 威扶贫组发〔2020〕4号 in seed 001): on the 15th and 29th of each month every
 * district poverty office sends the 脱贫监测户和即时帮扶人口管理台账 (Annex 2) to the city. A city-wide schedule
 * starts one report per district, due that day and escalated like any other step; its Tasklist form links to
 * {@code /api/household-ledger.xlsx}, the ledger built from the household tables without ID numbers, phones or
 * incomes.
 */
package org.fupinflow.householdledger;
