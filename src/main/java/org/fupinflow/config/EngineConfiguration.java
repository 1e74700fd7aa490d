package org.fupinflow.config;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.fupinflow.security.DistrictTenantIdProvider;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.TaskAuthorizationProvider;
import org.springframework.stereotype.Component;

/**
 * Engine wiring that the starter's properties cannot express: one tenant (district) per case (none for the processes
 * whose policy is {@link ProcessPolicy#cityWide() city-wide}) and the start policy with it, history readable per case (a township's own cases), and
 * indexes on the job table's due date and lock expiry and on a task's parent. Every legal deadline is a timer job;
 * the engine acquires due jobs by due date ({@code job-executor-acquire-by-due-date}), and without these indexes
 * each acquisition scans the whole table. Authorization checks take the official's groups as they are
 * ({@link AuthenticatedGroups}).
 */
@Component
class EngineConfiguration extends AbstractCamundaConfiguration {

  static final String JOB_DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS FUPIN_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)";
  /**
   * Each acquisition skips the due jobs of cases whose exclusive job another thread holds ({@code not exists … J2.LOCK_OWNER_
   * is not null and J2.LOCK_EXP_TIME_ >= now}). PostgreSQL answers that by hashing all locked jobs, and without an index
   * it finds them by reading the whole job table (~100 ms with 200,000 deadline timers, for every 3 jobs acquired).
   * Only jobs being executed carry a lock expiry, so the lookup reads only their few index entries.
   */
  static final String JOB_LOCK_INDEX = "CREATE INDEX IF NOT EXISTS FUPIN_IDX_JOB_LOCK_EXP ON ACT_RU_JOB (LOCK_EXP_TIME_)";
  /**
   * Completing or deleting a task looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?});
   * Camunda's schema has no index there, so every completion read all open tasks (~75 ms with 180,000 on PostgreSQL).
   */
  static final String TASK_PARENT_INDEX =
      "CREATE INDEX IF NOT EXISTS FUPIN_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)";

  /**
   * The task query reads the official's own granting authorizations, by user and by group ({@code mapping/Task.xml}).
   * Camunda indexes the group alone and not the user: a township officer's task count read the whole table (38 ms of
   * ~120 ms with 300,000 rows), a district office's read its group's 21,000 per-task rows from the table to keep 2
   * (3 × 15 ms). With the columns the check reads in the index, both are index-only scans (3 ms for the office).
   */
  static final String AUTHORIZATION_USER_INDEX = "CREATE INDEX IF NOT EXISTS FUPIN_IDX_AUTH_USER_CHECK"
      + " ON ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_)";
  static final String AUTHORIZATION_GROUP_INDEX = "CREATE INDEX IF NOT EXISTS FUPIN_IDX_AUTH_GROUP_CHECK"
      + " ON ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_)";

  private final List<ProcessPolicy> policies;

  EngineConfiguration(List<ProcessPolicy> policies) {
    this.policies = policies;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    var applicationStarted = policies.stream().filter(ProcessPolicy::startedByApplicationOnly)
        .map(ProcessPolicy::processKey).collect(Collectors.toSet());
    var cityWide = policies.stream().filter(ProcessPolicy::isCityWide).map(ProcessPolicy::processKey)
        .collect(Collectors.toSet());
    configuration.setTenantIdProvider(new DistrictTenantIdProvider(cityWide, applicationStarted));
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
    var sessionFactories = new java.util.ArrayList<org.camunda.bpm.engine.impl.interceptor.SessionFactory>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(new AuthenticatedGroups.Factory());
    configuration.setCustomSessionFactories(sessionFactories);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    var dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute(JOB_DUE_DATE_INDEX);
      statement.execute(JOB_LOCK_INDEX);
      statement.execute(TASK_PARENT_INDEX);
      statement.execute(AUTHORIZATION_USER_INDEX);
      statement.execute(AUTHORIZATION_GROUP_INDEX);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("cannot create the indexes on the job, task and authorization tables: " + e.getMessage(), e);
    }
  }
}
