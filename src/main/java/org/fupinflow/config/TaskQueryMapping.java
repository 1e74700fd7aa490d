package org.fupinflow.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine with one SQL mapping of ours on PostgreSQL: the task query's authorization check ({@code mapping/Task.xml},
 * Camunda's own with the check written as a set test instead of a join; the file says why). Everything else is the
 * starter's engine configuration as the starter builds it: the same class, the same plugins (the starter yields its
 * bean to this one). H2 keeps Camunda's join: it evaluates the set test row by row in some of Tasklist's queries (a
 * township officer's 我组的待办 list at 10,000 open tasks took 50 s instead of 0.6 s).
 */
@Configuration(proxyBeanMethods = false)
class TaskQueryMapping {

  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String FUPIN_TASK_MAPPING = "org/fupinflow/config/mapping/Task.xml";

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    var configuration = CamundaSpringBootUtil.initCustomFields(new EngineWithFupinTaskQuery());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /** Camunda's list of mappings with our task mapping in place of the engine's. */
  static String mappings() {
    var engineMappings = resource(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
    var engineEntry = "resource=\"" + ENGINE_TASK_MAPPING + "\"";
    if (engineMappings.indexOf(engineEntry) < 0
        || engineMappings.indexOf(engineEntry) != engineMappings.lastIndexOf(engineEntry)) {
      throw new ProcessEngineException(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE
          + " does not name " + ENGINE_TASK_MAPPING + " exactly once: compare " + FUPIN_TASK_MAPPING
          + " with the engine's after an upgrade");
    }
    return engineMappings.replace(engineEntry, "resource=\"" + FUPIN_TASK_MAPPING + "\"");
  }

  static String resource(String name) {
    try (var in = TaskQueryMapping.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new ProcessEngineException("missing on the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static class EngineWithFupinTaskQuery extends SpringProcessEngineConfiguration {
    @Override
    protected InputStream getMyBatisXmlConfigurationSteam() {
      if (!DbSqlSessionFactory.POSTGRES.equals(getDatabaseType())) {
        return super.getMyBatisXmlConfigurationSteam();
      }
      return new ByteArrayInputStream(mappings().getBytes(StandardCharsets.UTF_8));
    }
  }
}
