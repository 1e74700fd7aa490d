package org.fupinflow.security;

/**
 * Seeds identities (users, districts, townships) at start, after the role groups exist and before the check
 * that an administrator exists. Implementations must be idempotent.
 */
public interface IdentitySeed {
  void seed();
}
