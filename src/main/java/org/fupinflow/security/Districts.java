package org.fupinflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.fupinflow.errors.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The districts (tenants) and their townships by name, as officials see them in Camunda Admin. Names are no
 * secret: they are read without the caller's Camunda authorization (an official may not read tenants or other
 * townships' groups), for public boards, messages, spreadsheets and imports alike.
 */
@Component
public class Districts {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  Districts(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  /** District code → Chinese name (the code when unnamed), in code order. */
  public Map<String, String> names() {
    var names = new LinkedHashMap<String, String>();
    for (Tenant tenant : asSystem(() -> identityService.createTenantQuery().orderByTenantId().asc().list())) {
      names.put(tenant.getId(), nameOf(tenant));
    }
    return names;
  }

  /** The district's Chinese name, empty for an unknown district. */
  public Optional<String> name(String district) {
    if (district == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(asSystem(() -> identityService.createTenantQuery().tenantId(district).singleResult()))
        .map(Districts::nameOf);
  }

  /** The Chinese name of a district a caller named; 400 naming {@code district} when there is no such district. */
  public String nameOfRequested(String district) {
    return name(district).orElseThrow(() -> unknown(district));
  }

  /** 400 naming {@code district}: the caller named a district there is none of. */
  public static InvalidRequestException unknown(String district) {
    return InvalidRequestException.invalidField("district", "区县", "未知：" + district, "unknown district: " + district);
  }

  /**
   * The district a report is asked for: {@code district} when given, else the official's one district; 400 naming
   * {@code district} for administrators and officials of several districts, who must name it.
   */
  public static String requestedOrOwn(FupinPrincipal official, String district) {
    if (district != null && !district.isBlank()) {
      return district.strip();
    }
    if (official.isMemberOf(Roles.ADMINS) || official.tenantIds().size() != 1) {
      throw InvalidRequestException.invalidField("district", "区县", "必填（如 daoli）", "required (e.g. daoli)");
    }
    return official.tenantIds().get(0);
  }

  /** Township code → name of a district's townships ({@code 新农镇（道里区）} → 新农镇). */
  public Map<String, String> townshipNames(String district) {
    var prefix = Townships.GROUP_PREFIX + district + "-";
    var names = new LinkedHashMap<String, String>();
    for (Group group : asSystem(() -> identityService.createGroupQuery().groupType(Townships.GROUP_TYPE).list())) {
      if (group.getId().startsWith(prefix) && group.getName() != null) {
        var bracket = group.getName().indexOf('（');
        names.put(group.getId().substring(prefix.length()),
            bracket > 0 ? group.getName().substring(0, bracket) : group.getName());
      }
    }
    return names;
  }

  private static String nameOf(Tenant tenant) {
    return tenant.getName() != null ? tenant.getName() : tenant.getId();
  }

  private <T> T asSystem(Callable<T> query) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(query));
  }
}
