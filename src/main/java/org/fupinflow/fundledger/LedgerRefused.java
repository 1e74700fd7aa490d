package org.fupinflow.fundledger;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The ledger refuses a posting (it would overdraw a line, break an invariant, or reuse an idempotency key for
 * other content). A {@link BadUserRequestException}, so inside an engine command the REST API answers 400 and
 * the transaction rolls back; {@code /api} answers 400 as well. The message is Chinese, then English.
 */
public class LedgerRefused extends BadUserRequestException {

  public LedgerRefused(String chinese, String english) {
    super(chinese + " / " + english);
  }
}
