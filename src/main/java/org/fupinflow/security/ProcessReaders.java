package org.fupinflow.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Roles that read one process's cases and history in their districts beyond the roles that read every case (e.g.
 * village committees the village notices). Each capability declares these as beans beside its {@link ProcessPolicy};
 * {@code RoleAuthorizations} grants them {@code READ_INSTANCE} and {@code READ_HISTORY} on that process and never
 * {@code UPDATE_INSTANCE}. Security thus knows no capability's process by name.
 */
public record ProcessReaders(String processKey, Set<Roles> readers) {

  public ProcessReaders {
    if (readers.isEmpty()) {
      throw new IllegalArgumentException("name the roles that read " + processKey);
    }
    readers = Collections.unmodifiableSet(EnumSet.copyOf(readers));
  }

  /** The cases of {@code processKey} are read (in the readers' districts) by members of these roles. */
  public static ProcessReaders of(String processKey, Roles... readers) {
    return new ProcessReaders(processKey, Set.copyOf(Arrays.asList(readers)));
  }
}
