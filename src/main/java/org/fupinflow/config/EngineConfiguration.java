package org.fupinflow.config;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.fupinflow.security.DistrictTenantIdProvider;
import org.springframework.stereotype.Component;

/** Engine wiring that the starter's properties cannot express: one tenant (district) per case. */
@Component
class EngineConfiguration extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setTenantIdProvider(new DistrictTenantIdProvider());
  }
}
