package org.fupinflow.household;

import java.util.Set;

/**
 * Personal variables of other procedures (a relief claim's insured person's resident ID), declared as a bean by their
 * capability: kept out of Camunda's history as the household's own are ({@code PersonalDataOutOfHistory}), without
 * the safety net's warning.
 */
public interface PersonalVariables {

  Set<String> names();
}
