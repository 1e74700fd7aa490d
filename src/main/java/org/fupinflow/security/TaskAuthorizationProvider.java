package org.fupinflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default authorizations for a task's candidates and assignee, with two rows fewer per open task:
 * <ul>
 *   <li>no second row per task and group that historic instance permissions would add ({@code HISTORIC_TASK}): task
 *       history is read through the case ({@link CaseReaders}) or the district roles' {@code READ_HISTORY};</li>
 *   <li>no {@code READ} in the row of a candidate group or assignee that reads every task of its districts already
 *       ({@code READ} on task {@code *}, {@link RoleAuthorizations}: district and city poverty offices, supervisors):
 *       the row keeps {@code TASK_WORK}, so they claim and complete the task as before, and they see exactly the tasks
 *       they saw, since tenant checks bound the {@code *} grant and the per-task grant alike. An assignee who later
 *       leaves such a role no longer reads the tasks assigned to them meanwhile: the role's grant did.</li>
 * </ul>
 * Every task list joins the {@code READ} rows of the official's groups against the listed tasks, one by one: a district
 * office's per-task rows made its lists grow with the square of its open tasks (see README, Performance).
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    Permission[] permissions = getRuntimePermissions(isEnforceSpecificVariablePermission());
    if (groupId != null ? readsEveryTask(List.of(groupId), null) : readsEveryTask(groupsOf(userId), userId)) {
      permissions = Arrays.stream(permissions).filter(permission -> permission != Permissions.READ)
          .toArray(Permission[]::new);
    }
    return new AuthorizationEntity[] {
        createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false, permissions)};
  }

  /** Whether the user or one of the groups holds {@code READ} on task {@code *}. */
  private static boolean readsEveryTask(List<String> groupIds, String userId) {
    var authorizations = Context.getCommandContext().getAuthorizationManager();
    if (userId != null && grantsRead(authorizations.findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId,
        Resources.TASK, ANY))) {
      return true;
    }
    return groupIds.stream().anyMatch(groupId -> grantsRead(
        authorizations.findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId, Resources.TASK, ANY)));
  }

  private static boolean grantsRead(AuthorizationEntity grant) {
    return grant != null && grant.isPermissionGranted(Permissions.READ);
  }

  /** The assignee's groups, whoever assigns (an official may not read every group). */
  private static List<String> groupsOf(String userId) {
    var commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> commandContext.getReadOnlyIdentityProvider()
        .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
