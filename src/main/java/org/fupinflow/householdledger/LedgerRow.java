package org.fupinflow.householdledger;

import java.time.LocalDate;
import java.util.List;
import org.fupinflow.household.HouseholdCategory;
import org.fupinflow.household.HouseholdStatus;

/** One household in the ledger (Annex 2): where it lives, who heads it, what it is and why. No identifiers. */
record LedgerRow(String township, String village, String headName, HouseholdCategory category,
    HouseholdStatus status, LocalDate recognizedOn, List<String> risks, String assistanceMeasures, String caseNumber) {
}
