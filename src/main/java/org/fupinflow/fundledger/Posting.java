package org.fupinflow.fundledger;

import java.time.LocalDate;

/**
 * A business event to post: {@code idempotencyKey} names the event (e.g. case number and step, stable across
 * job retries); {@code amountFen} is positive; {@code occurredOn} is the business date (the notice's date, the
 * day of the disbursement), not the moment of typing.
 */
public record Posting(String idempotencyKey, EntryType type, FundLineKey line, long amountFen, String caseNumber,
    String documentNumber, String projectCode, String use, LocalDate occurredOn) {
}
