package org.fupinflow.security;

import java.util.function.Supplier;

/**
 * The application's own starts of the processes that no official may start (a district's fund case, the ledger
 * reports): code that starts one wraps the call in {@link #run}, and the start policy lets it through whoever
 * is logged in, because the case's business record was written by that same code. Any other start of such a
 * process by a logged-in user, administrators included, is refused with a 403 whatever door it comes through
 * ({@code /engine-rest}, Tasklist, a restart or a modification).
 */
public final class ApplicationStarts {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private ApplicationStarts() {
  }

  public static <T> T run(Supplier<T> start) {
    boolean outer = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return start.get();
    } finally {
      ACTIVE.set(outer);
    }
  }

  static boolean active() {
    return ACTIVE.get();
  }
}
