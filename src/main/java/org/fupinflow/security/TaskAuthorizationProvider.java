package org.fupinflow.security;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default authorizations for a task's candidates and assignee, without the second row per task and
 * group that historic instance permissions would add ({@code HISTORIC_TASK}): task history is read through the
 * case ({@link CaseReaders}) or the district roles' {@code READ_HISTORY}, and every row more per open task slows
 * every task list (see CAMUNDA-NOTES, scale).
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
  }
}
