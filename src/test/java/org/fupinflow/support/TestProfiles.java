package org.fupinflow.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** Demo data always; the {@code postgres} profile when Maven's {@code -Ppostgres} sets fupin.test.database. */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    return "postgres".equals(System.getProperty("fupin.test.database"))
        ? new String[] {"demo", "postgres"}
        : new String[] {"demo"};
  }
}
