package org.fupinflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.fupinflow.security.Roles.ADMINS;
import static org.fupinflow.security.Roles.CITY_FINANCE;
import static org.fupinflow.security.Roles.CITY_POVERTY_OFFICE;
import static org.fupinflow.security.Roles.DISTRICT_FINANCE;
import static org.fupinflow.security.Roles.DISTRICT_POVERTY_OFFICE;
import static org.fupinflow.security.Roles.INSURERS;
import static org.fupinflow.security.Roles.SUPERVISORS;
import static org.fupinflow.security.Roles.TOWNSHIP_OFFICERS;
import static org.fupinflow.security.Roles.VILLAGE_COMMITTEES;

import java.util.Arrays;
import java.util.EnumSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The role groups and what each may do, seeded at every start (idempotent, missing permissions are added,
 * nothing an administrator granted is taken away). Districts are enforced by tenant checks on top: a grant on
 * {@code *} reaches the official's own districts only.
 *
 * <p>Task work is never granted by role: the engine gives a task's candidate groups and assignee
 * {@code READ} and {@code TASK_WORK} on that task alone, so a township officer works their township's tasks
 * and a supervisor reads every task of the city without being able to complete any.
 */
@Component
class RoleAuthorizations {

  private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);
  private static final String ANY = "*";
  private static final EnumSet<Roles> STARTERS =
      EnumSet.of(TOWNSHIP_OFFICERS, DISTRICT_POVERTY_OFFICE, DISTRICT_FINANCE, CITY_POVERTY_OFFICE, CITY_FINANCE);
  private static final EnumSet<Roles> COCKPIT_USERS =
      EnumSet.of(DISTRICT_POVERTY_OFFICE, DISTRICT_FINANCE, CITY_POVERTY_OFFICE, CITY_FINANCE, SUPERVISORS);
  private static final EnumSet<Roles> TASK_READERS = EnumSet.of(DISTRICT_POVERTY_OFFICE, CITY_POVERTY_OFFICE, SUPERVISORS);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  void seed() {
    Arrays.stream(Roles.values()).forEach(this::ensureGroup);

    for (Resources resource : Resources.values()) {
      grant(ADMINS, resource, ANY, ALL);
    }
    for (Roles role : EnumSet.complementOf(EnumSet.of(ADMINS))) {
      grant(role, APPLICATION, "tasklist", ACCESS);
      // Names of colleagues and groups, shown in Tasklist as assignee and candidate group.
      grant(role, USER, ANY, READ);
      grant(role, GROUP, ANY, READ);
      grant(role, PROCESS_DEFINITION, ANY, READ);
    }
    for (Roles role : STARTERS) {
      grant(role, PROCESS_DEFINITION, ANY, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
      grant(role, PROCESS_INSTANCE, ANY, CREATE, READ);
    }
    grant(VILLAGE_COMMITTEES, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
    grant(VILLAGE_COMMITTEES, PROCESS_INSTANCE, ANY, READ);
    // An objection correlated by message (POST /engine-rest/message) needs UPDATE on the instance or UPDATE_INSTANCE
    // on its definition: granted on public notices only, and tenant checks keep it to the committee's districts.
    grant(VILLAGE_COMMITTEES, PROCESS_DEFINITION, PublicNoticeProcess.KEY, UPDATE_INSTANCE);
    grant(SUPERVISORS, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
    grant(SUPERVISORS, PROCESS_INSTANCE, ANY, READ);
    for (Roles role : COCKPIT_USERS) {
      grant(role, APPLICATION, "cockpit", ACCESS);
    }
    for (Roles role : TASK_READERS) {
      grant(role, PROCESS_DEFINITION, ANY, READ_TASK);
      grant(role, TASK, ANY, READ);
    }
    // Insurers see only the tasks addressed to them: no instance or history grants.
  }

  private void ensureGroup(Roles role) {
    if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
      return;
    }
    var group = identityService.newGroup(role.groupId());
    group.setName(role.groupName());
    group.setType(role == ADMINS ? "SYSTEM" : Roles.GROUP_TYPE);
    identityService.saveGroup(group);
    log.info("Created role group {} ({})", role.groupId(), role.groupName());
  }

  private void grant(Roles role, Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(role.groupId())
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    var authorization = existing;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(role.groupId());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
