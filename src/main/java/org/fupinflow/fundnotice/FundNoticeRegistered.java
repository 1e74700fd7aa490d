package org.fupinflow.fundnotice;

/**
 * Published, inside the registering transaction, when a notice is registered: a listener that fails (e.g. a
 * district's case cannot start) rolls the whole registration back.
 */
public record FundNoticeRegistered(FundNotice notice) {
}
