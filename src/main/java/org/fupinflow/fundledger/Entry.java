package org.fupinflow.fundledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A journal entry as posted. {@code moves} is the balance column it changes (for a REVERSAL the type of the
 * reversed entry); {@code amountFen} is signed (negative for a reversal).
 */
public record Entry(String id, String idempotencyKey, EntryType type, EntryType moves, FundLineKey line,
    long amountFen, String caseNumber, String documentNumber, String projectCode, String use, LocalDate occurredOn,
    Instant recordedAt, String recordedBy, String reversesEntryId, String reversalReason) {
}
