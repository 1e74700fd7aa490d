/**
 * Money shared by every capability: integer fen inside, yuan with two decimals at the edges ({@link
 * org.fupinflow.money.Yuan}), never floating point.
 */
package org.fupinflow.money;
