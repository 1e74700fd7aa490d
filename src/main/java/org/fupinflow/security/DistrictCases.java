package org.fupinflow.security;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a city-wide schedule does (the ledger reports, the monthly statistics): start one case of a process per district
 * (every tenant of the identity store), each in its district's tenant. Idempotent by business key: a district that
 * already has the case, running or finished, gets no second one, so a retried or repeated run creates nothing twice.
 * The cases are the application's own starts ({@link ApplicationStarts}), also when an administrator executes the
 * schedule's job.
 */
@Component
public class DistrictCases {

  private static final Logger log = LoggerFactory.getLogger(DistrictCases.class);

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ApplicationStarts applicationStarts;

  DistrictCases(IdentityService identityService, RuntimeService runtimeService, HistoryService historyService,
      ApplicationStarts applicationStarts) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.applicationStarts = applicationStarts;
  }

  /**
   * Starts {@code processKey} with the business key {@code businessKeyOf(district)} in every district that has no such
   * case yet, with {@code districtCode} and {@code variables}; returns how many districts got a new case.
   */
  public int startInEveryDistrict(String processKey, Function<String, String> businessKeyOf,
      Map<String, Object> variables) {
    int started = 0;
    for (Tenant district : identityService.createTenantQuery().orderByTenantId().asc().list()) {
      var businessKey = businessKeyOf.apply(district.getId());
      if (exists(processKey, businessKey)) {
        log.debug("Case {} of {} exists already", businessKey, processKey);
        continue;
      }
      applicationStarts.run(() -> runtimeService.createProcessInstanceByKey(processKey)
          .businessKey(businessKey)
          .setVariable(DistrictTenantIdProvider.DISTRICT_VARIABLE, district.getId())
          .setVariables(variables)
          .execute());
      started++;
    }
    return started;
  }

  private boolean exists(String processKey, String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).count() > 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey).count() > 0;
  }
}
