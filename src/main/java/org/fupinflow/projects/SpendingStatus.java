package org.fupinflow.projects;

/** Where a project stands against its spending plan at a checkpoint, or at the latest checkpoint passed. */
enum SpendingStatus {
  /** The checkpoint has passed and at least the planned amount was disbursed by it. */
  AHEAD_OR_ON_PLAN,
  /** The checkpoint has passed and less than the planned amount was disbursed by it. */
  BEHIND_PLAN,
  /** The checkpoint lies after the as-of date. */
  NOT_YET_DUE
}
