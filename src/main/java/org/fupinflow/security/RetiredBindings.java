package org.fupinflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Running cases of an earlier version of a process whose model still calls a bean method that no longer exists (a
 * method expression replaced by a step class): such a case would fail at its next step, so it moves to the latest
 * version of its process, activity by activity with the same ids, keeping its variables, tasks, timers and message
 * subscriptions as they are. Each case moves on its own: one that cannot (its activity is gone) stays and is logged.
 * Idempotent: once moved, no case is left on such a definition; a second node doing the same at the same moment
 * fails on the case's version and logs it.
 */
@Component
public class RetiredBindings {

  private static final Logger log = LoggerFactory.getLogger(RetiredBindings.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  public RetiredBindings(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  /**
   * Moves the running cases of every earlier version of {@code processKey} whose model contains one of
   * {@code retiredExpressions} to the latest version (the shared one, without tenant); returns how many moved.
   */
  public int moveToLatest(String processKey, Collection<String> retiredExpressions) {
    var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).withoutTenantId()
        .latestVersion().singleResult();
    if (latest == null) {
      return 0;
    }
    int moved = 0;
    for (var earlier : repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .withoutTenantId().list()) {
      if (earlier.getVersion() >= latest.getVersion()) {
        continue;
      }
      // the cheap question first: most earlier versions have no running case, and then their model is not read
      var instances = runtimeService.createProcessInstanceQuery().processDefinitionId(earlier.getId()).list();
      if (instances.isEmpty() || !callsRetiredBeans(earlier, retiredExpressions)) {
        continue;
      }
      var plan = runtimeService.createMigrationPlan(earlier.getId(), latest.getId()).mapEqualActivities().build();
      for (ProcessInstance instance : instances) {
        try {
          runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
          moved++;
        } catch (ProcessEngineException e) {
          log.warn("Case {} ({}) stays on {} version {}, whose model calls retired beans: {}",
              instance.getBusinessKey(), instance.getId(), processKey, earlier.getVersion(), e.getMessage());
        }
      }
    }
    if (moved > 0) {
      log.info("{}: {} running cases moved to version {} off models calling retired beans", processKey, moved,
          latest.getVersion());
    }
    return moved;
  }

  private boolean callsRetiredBeans(ProcessDefinition definition, Collection<String> retiredExpressions) {
    try (var model = repositoryService.getProcessModel(definition.getId())) {
      var xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
      return retiredExpressions.stream().anyMatch(xml::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
