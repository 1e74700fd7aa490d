package org.fupinflow.fundledger;

import java.time.LocalDate;

/**
 * A hold (预留) of an accepted allocation proposal on its fund line, in fen, under a key made of the case and its
 * proposal round; {@code heldOn} is the proposal's business date.
 */
public record Reservation(String key, FundLineKey line, long amountFen, String caseNumber, String documentNumber,
    LocalDate heldOn) {
}
