package org.fupinflow.fundledger;

/** What a journal entry records; a REVERSAL moves the column of the entry it reverses. */
public enum EntryType {
  RECEIPT, MATCHING, ALLOCATION, DISBURSEMENT, REVERSAL
}
