package org.fupinflow.models;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * One plain Camunda engine for all model tests of a JVM: in-memory H2 of its own, no job executor (tests fire
 * timers themselves), history full, expressions resolved against {@link #BEANS} — the test doubles a test
 * installs, read at evaluation time — and left out of {@code ProcessEngines}' registry.
 */
final class ModelEngine {

  /** Name → test double, as {@code ${name}} in a model. Filled by {@link ModelDoubles#install}. */
  static final Map<Object, Object> BEANS = new HashMap<>();

  private static ProcessEngine engine;

  private ModelEngine() {}

  static synchronized ProcessEngine engine() {
    if (engine == null) {
      var configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("fupin-models");
      configuration.setJdbcUrl("jdbc:h2:mem:fupin-models;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setJobExecutorActivate(false);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setBeans(BEANS);
      engine = configuration.buildProcessEngine();
      // Not in the static registry: Camunda BPM Assert, unless bound with init(), picks "the" registered engine,
      // and the integration tests in the same JVM count on finding only Spring Boot's.
      ProcessEngines.unregister(engine);
    }
    return engine;
  }

  static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
  }
}
