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
import static org.fupinflow.security.Roles.SUPERVISORS;
import static org.fupinflow.security.Roles.TOWNSHIP_OFFICERS;
import static org.fupinflow.security.Roles.VILLAGE_COMMITTEES;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The role groups and what each may do, seeded at every start (idempotent: missing permissions are added). Districts
 * are enforced by tenant checks on top: a grant on {@code *} reaches the official's own districts only.
 *
 * <ul>
 *   <li>Starts are granted per process, to the roles its {@link ProcessPolicy} names; processes the application
 *       starts are granted to nobody.</li>
 *   <li>District and city roles read their districts' cases and history; the roles a capability names as
 *       {@link ProcessReaders} of a process (village committees the village notices) that process's cases of their
 *       district; township officers only their own township's cases, through a grant per case
 *       ({@link CaseReaders}).</li>
 *   <li>Nobody but administrators holds rights to change instances ({@code UPDATE_INSTANCE}), their variables,
 *       jobs or timers: officials act through their tasks, and {@link EngineDoor} refuses the rest at the door.</li>
 * </ul>
 *
 * <p>Task work is never granted by role: the engine gives a task's candidate groups and assignee
 * {@code READ} and {@code TASK_WORK} on that task alone, so a township officer works their township's tasks
 * and a supervisor reads every task of the city without being able to complete any.
 *
 * <p>Permissions that earlier versions seeded and the trust boundary withdrew (starting every process, village
 * committees' {@code UPDATE_INSTANCE} on notices, township officers reading their whole district) are revoked at
 * start, so an existing database is brought to the same rules.
 */
@Component
class RoleAuthorizations {

  private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);
  private static final String ANY = "*";
  /** Read the cases and history of their districts (tenants). */
  private static final EnumSet<Roles> CASE_READERS =
      EnumSet.of(DISTRICT_POVERTY_OFFICE, DISTRICT_FINANCE, CITY_POVERTY_OFFICE, CITY_FINANCE, SUPERVISORS);
  private static final EnumSet<Roles> COCKPIT_USERS =
      EnumSet.of(DISTRICT_POVERTY_OFFICE, DISTRICT_FINANCE, CITY_POVERTY_OFFICE, CITY_FINANCE, SUPERVISORS);
  private static final EnumSet<Roles> TASK_READERS = EnumSet.of(DISTRICT_POVERTY_OFFICE, CITY_POVERTY_OFFICE, SUPERVISORS);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<ProcessPolicy> policies;
  private final List<ExternalTaskRule> topics;
  private final List<ProcessReaders> readers;

  RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
      List<ProcessPolicy> policies, List<ExternalTaskRule> topics, List<ProcessReaders> readers) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.policies = policies;
    this.topics = topics;
    this.readers = readers;
  }

  void seed() {
    Arrays.stream(Roles.values()).forEach(this::ensureGroup);

    for (Resources resource : Resources.values()) {
      grant(ADMINS, resource, ANY, ALL);
    }
    var officials = EnumSet.complementOf(EnumSet.of(ADMINS));
    for (Roles role : officials) {
      grant(role, APPLICATION, "tasklist", ACCESS);
      // Names of colleagues and groups, shown in Tasklist as assignee and candidate group.
      grant(role, USER, ANY, READ);
      grant(role, GROUP, ANY, READ);
      grant(role, PROCESS_DEFINITION, ANY, READ);
    }
    for (ProcessPolicy policy : policies) {
      for (Roles role : policy.starters()) {
        grant(role, PROCESS_DEFINITION, policy.processKey(), CREATE_INSTANCE);
        grant(role, PROCESS_INSTANCE, ANY, CREATE);
      }
    }
    for (Roles role : CASE_READERS) {
      grant(role, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
      grant(role, PROCESS_INSTANCE, ANY, READ);
    }
    for (ProcessReaders process : readers) {
      for (Roles role : process.readers()) {
        grant(role, PROCESS_DEFINITION, process.processKey(), READ_INSTANCE, READ_HISTORY);
      }
    }
    for (Roles role : COCKPIT_USERS) {
      grant(role, APPLICATION, "cockpit", ACCESS);
    }
    for (Roles role : TASK_READERS) {
      grant(role, PROCESS_DEFINITION, ANY, READ_TASK);
      grant(role, TASK, ANY, READ);
    }
    // Workers of an external task topic fetch and complete its tasks: the engine asks READ_INSTANCE and
    // UPDATE_INSTANCE on the process for both; the EngineDoor keeps every other change of those instances from them.
    // Insurers see otherwise only the tasks addressed to them: no history grants.
    for (ExternalTaskRule topic : topics) {
      for (Roles role : topic.workers()) {
        grant(role, PROCESS_DEFINITION, topic.processKey(), READ_INSTANCE, UPDATE_INSTANCE);
      }
    }
    revokeWithdrawnGrants(officials);
  }

  private void revokeWithdrawnGrants(Set<Roles> officials) {
    var starters = policies.stream().flatMap(policy -> policy.starters().stream()).collect(Collectors.toSet());
    for (Roles role : officials) {
      revoke(role, PROCESS_DEFINITION, ANY, CREATE_INSTANCE, UPDATE_INSTANCE);
      if (!starters.contains(role)) {
        revoke(role, PROCESS_INSTANCE, ANY, CREATE);
      }
    }
    for (Roles role : EnumSet.of(TOWNSHIP_OFFICERS, VILLAGE_COMMITTEES)) {
      revoke(role, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
      revoke(role, PROCESS_INSTANCE, ANY, READ);
    }
    for (ProcessReaders process : readers) {
      for (Roles role : process.readers()) {
        revoke(role, PROCESS_DEFINITION, process.processKey(), UPDATE_INSTANCE);
      }
    }
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

  private Authorization existing(Roles role, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(role.groupId())
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  private void grant(Roles role, Resource resource, String resourceId, Permission... permissions) {
    var existing = existing(role, resource, resourceId);
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

  private void revoke(Roles role, Resource resource, String resourceId, Permission... permissions) {
    var authorization = existing(role, resource, resourceId);
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (!changed) {
      return;
    }
    log.info("Revoked {} on {} {} from {}", Arrays.toString(permissions), resource.resourceName(), resourceId, role.groupId());
    if (((AuthorizationEntity) authorization).getPermissions() == 0) {
      authorizationService.deleteAuthorization(authorization.getId());
    } else {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
