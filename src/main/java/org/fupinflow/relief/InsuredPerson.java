package org.fupinflow.relief;

import java.time.LocalDate;
import org.fupinflow.household.HouseholdStatus;

/**
 * One insured person of a district's insurance year: the name, the ID number masked ({@code 2301**********1234}),
 * where the household lives, the status that insures it and the cover (from 1 January or the day of recognition, to
 * 31 December).
 */
record InsuredPerson(String name, String idNumber, String township, String townshipName, String village,
    HouseholdStatus status, String statusLabel, LocalDate insuredFrom, LocalDate insuredTo) {
}
