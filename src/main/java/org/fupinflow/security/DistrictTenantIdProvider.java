package org.fupinflow.security;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Each district is a tenant. Process definitions are shared; every case belongs to the district named by
 * its start variable {@code districtCode}, which must be one of the starting official's districts. Called
 * activities inherit the tenant of their parent case. City-wide processes (schedulers that start one case per
 * district) belong to no district and get no tenant.
 *
 * <p>Every new process instance passes here, whatever started it (a start, a start form, a restart, an instantiation
 * by modification), so this is also where the start policy holds: a process that only the application starts
 * ({@link ProcessPolicy#startedByApplicationOnly()}) is refused to any logged-in user, administrators included,
 * unless the application itself starts it ({@link ApplicationStarts}, a job it runs, or a call activity).
 */
public class DistrictTenantIdProvider implements TenantIdProvider {

  public static final String DISTRICT_VARIABLE = "districtCode";

  private final Set<String> cityWideProcessKeys;
  private final Set<String> applicationStartedKeys;

  public DistrictTenantIdProvider() {
    this(Set.of(), Set.of());
  }

  public DistrictTenantIdProvider(Set<String> cityWideProcessKeys, Set<String> applicationStartedKeys) {
    this.cityWideProcessKeys = Set.copyOf(cityWideProcessKeys);
    this.applicationStartedKeys = Set.copyOf(applicationStartedKeys);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    if (context.getSuperCaseExecution() != null) {
      return context.getSuperCaseExecution().getTenantId();
    }
    checkStartedByTheApplication(context.getProcessDefinition());
    if (cityWideProcessKeys.contains(context.getProcessDefinition().getKey())) {
      return null;
    }
    var value = context.getVariables() == null ? null : context.getVariables().get(DISTRICT_VARIABLE);
    if (!(value instanceof String district) || district.isBlank()) {
      throw new BadUserRequestException(
          "缺少区县：请提供启动变量 districtCode（区县代码，如 daoli） / Missing district: the start variable districtCode (e.g. daoli) is required");
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

  private void checkStartedByTheApplication(ProcessDefinition definition) {
    if (!applicationStartedKeys.contains(definition.getKey())) {
      return;
    }
    var commandContext = Context.getCommandContext();
    if (commandContext.getAuthentication() == null || commandContext.getCurrentJob() != null) {
      return; // the application's own code (ApplicationStarts), the job executor, or a job of the application's
    }
    throw startedByTheApplicationOnly(definition);
  }

  /** The refusal of a start by hand, as the engine and the engine door give it. */
  static AuthorizationException startedByTheApplicationOnly(ProcessDefinition definition) {
    return new AuthorizationException("「" + nameOf(definition) + "」由系统根据已登记的业务自动发起，任何人不能手动发起 / The process "
        + definition.getKey() + " is started by the application from its business record; nobody starts it by hand");
  }

  /** The process's name as officials read it, its key when it has none. */
  static String nameOf(ProcessDefinition definition) {
    return definition.getName() != null ? definition.getName() : definition.getKey();
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
