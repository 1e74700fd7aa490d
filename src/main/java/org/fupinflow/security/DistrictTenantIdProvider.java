package org.fupinflow.security;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Each district is a tenant. Process definitions are shared; every case belongs to the district named by
 * its start variable {@code districtCode}, which must be one of the starting official's districts. Called
 * activities inherit the tenant of their parent case. City-wide processes (schedulers that start one case per
 * district) belong to no district and get no tenant.
 */
public class DistrictTenantIdProvider implements TenantIdProvider {

  public static final String DISTRICT_VARIABLE = "districtCode";

  private final Set<String> cityWideProcessKeys;

  public DistrictTenantIdProvider() {
    this(Set.of());
  }

  public DistrictTenantIdProvider(Set<String> cityWideProcessKeys) {
    this.cityWideProcessKeys = Set.copyOf(cityWideProcessKeys);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    if (context.getSuperCaseExecution() != null) {
      return context.getSuperCaseExecution().getTenantId();
    }
    if (cityWideProcessKeys.contains(context.getProcessDefinition().getKey())) {
      return null;
    }
    var value = context.getVariables() == null ? null : context.getVariables().get(DISTRICT_VARIABLE);
    if (!(value instanceof String district) || district.isBlank()) {
      throw new BadUserRequestException(
          "缺少区县：请提供启动变量 districtCode（区县代码，如 daoli）/ Missing district: the start variable districtCode (e.g. daoli) is required");
    }
    var commandContext = Context.getCommandContext();
    var authentication = commandContext.getAuthentication();
    if (authentication != null) {
      if (authentication.getTenantIds() == null || !authentication.getTenantIds().contains(district)) {
        throw new AuthorizationException(
            "您不属于区县 " + district + "，不能为其发起案件 / You are not an official of district " + district
                + " and cannot start a case there");
      }
      return district;
    }
    long known = commandContext.runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createTenantQuery().tenantId(district).count());
    if (known == 0) {
      throw new BadUserRequestException("未知区县 " + district + " / Unknown district " + district);
    }
    return district;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return context.getSuperExecution() != null ? context.getSuperExecution().getTenantId() : null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    if (context.getExecution() != null) {
      return context.getExecution().getTenantId();
    }
    return context.getCaseExecution() != null ? context.getCaseExecution().getTenantId() : null;
  }
}
