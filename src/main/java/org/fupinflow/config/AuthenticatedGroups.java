package org.fupinflow.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the official's groups as they are. Camunda first narrows a user's groups to
 * those named by some authorization, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per
 * command: a scan of a table that holds a row per open task and candidate group, so every call of a logged-in
 * official (a start, a completion, a task query) grew with the number of open tasks (100,000 open tasks: tens of ms
 * per call on PostgreSQL). The narrowing only shortens the {@code IN} list of the checks; a group without
 * authorizations matches no row, so the checks grant and refuse exactly as before. Our officials belong to a handful of
 * groups, so the list stays short without it.
 */
final class AuthenticatedGroups extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
  }

  /** Opens {@link AuthenticatedGroups} wherever the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AuthenticatedGroups();
    }
  }
}
