package org.fupinflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who reads a case beyond its district's offices: a township's officers read their own township's cases — the case,
 * its variables and its history — and no other township's, although all are in the same district (tenant). Each
 * case grants its township group {@code READ} on the instance and on its history (historic instance permissions
 * are on), in the transaction that starts it; the engine deletes the instance grant when the case ends and gives
 * the history grant the case's removal time.
 */
@Component
public class CaseReaders {

  private final AuthorizationService authorizationService;

  CaseReaders(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Inside the engine command that starts the case (its start listener). */
  public void grantTownship(String processInstanceId, String districtCode, String townshipCode) {
    var group = Townships.groupId(districtCode, townshipCode);
    // The officer starting the case may not write authorizations: the application does, for the case it files.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
      grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
      return null;
    });
  }

  /**
   * For a case filed before cases had township readers (an upgrade; the application's own work, no official
   * logged in): its history, and the running case too while it runs. Grants it holds already are kept.
   */
  public void grantTownshipToEarlierCase(String processInstanceId, String districtCode, String townshipCode,
      boolean running) {
    var group = Townships.groupId(districtCode, townshipCode);
    if (running && !granted(group, Resources.PROCESS_INSTANCE, processInstanceId)) {
      grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }
    if (!granted(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId)) {
      grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }
  }

  private boolean granted(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() > 0;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
