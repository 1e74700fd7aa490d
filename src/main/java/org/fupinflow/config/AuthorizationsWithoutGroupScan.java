package org.fupinflow.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its group scan. Before the first authorization check of every command the
 * stock manager reads {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} — every group that holds any
 * authorization — only to drop the official's groups that hold none from the checks' {@code IN} lists. The table
 * holds a grant per open task and per case, so this scan grew with the cases (3–8 ms at 10,000 open tasks, tens of ms
 * at 100,000 on PostgreSQL) and ran several times per Tasklist request. A group that holds no authorization matches
 * no row in any check, so passing the official's groups unfiltered gives the same answers.
 */
class AuthorizationsWithoutGroupScan implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new AuthorizationManager() {
      @Override
      public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        return authenticatedGroupIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      }
    };
  }
}
