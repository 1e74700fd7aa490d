package org.fupinflow.config;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.fupinflow.fundnotice.FundNoticeRegistrationProcess;
import org.fupinflow.householdledger.HouseholdLedgerScheduleProcess;
import org.fupinflow.security.DistrictTenantIdProvider;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.TaskAuthorizationProvider;
import org.springframework.stereotype.Component;

/**
 * Engine wiring that the starter's properties cannot express: one tenant (district) per case (none for the
 * city-wide ledger schedule) and the start policy with it, history readable per case (a township's own cases),
 * authorization checks without a scan of all authorized groups per command ({@link AuthorizationsWithoutGroupScan}), and
 * an index on the job table's due date. Every legal deadline is a timer job;
 * the engine acquires due jobs by due date ({@code job-executor-acquire-by-due-date}), and without the index
 * each acquisition scans the whole table.
 */
@Component
class EngineConfiguration extends AbstractCamundaConfiguration {

  static final String JOB_DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS FUPIN_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)";

  private final List<ProcessPolicy> policies;

  EngineConfiguration(List<ProcessPolicy> policies) {
    this.policies = policies;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    var applicationStarted = policies.stream().filter(ProcessPolicy::startedByApplicationOnly)
        .map(ProcessPolicy::processKey).collect(Collectors.toSet());
    configuration.setTenantIdProvider(new DistrictTenantIdProvider(Set.of(HouseholdLedgerScheduleProcess.KEY,
        FundNoticeRegistrationProcess.KEY), applicationStarted));
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
    var sessionFactories = new ArrayList<SessionFactory>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(new AuthorizationsWithoutGroupScan());
    configuration.setCustomSessionFactories(sessionFactories);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    var dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute(JOB_DUE_DATE_INDEX);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("cannot create the job due-date index: " + e.getMessage(), e);
    }
  }
}
