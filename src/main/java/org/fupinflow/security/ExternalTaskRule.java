package org.fupinflow.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who works an external task topic over {@code /engine-rest/external-task} and what they may send back: the roles
 * whose members fetch, lock, complete and fail its tasks (everybody else gets 403 at the {@link EngineDoor}), the
 * variables a completion carries, with their kinds, and the BPMN error codes the worker may report with the
 * variables those carry. Each capability declares its topics as beans; the workers' roles get the engine's
 * {@code READ_INSTANCE} and {@code UPDATE_INSTANCE} on that process alone, which fetching and completing need.
 */
public record ExternalTaskRule(String processKey, String topic, Set<Roles> workers,
    Map<String, ProcessPolicy.Kind> completion, Set<String> errorCodes, Map<String, ProcessPolicy.Kind> errorVariables) {

  public ExternalTaskRule {
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("name the roles that work topic " + topic);
    }
    workers = Collections.unmodifiableSet(EnumSet.copyOf(workers));
    completion = Collections.unmodifiableMap(new LinkedHashMap<>(completion));
    errorCodes = Set.copyOf(errorCodes);
    errorVariables = Collections.unmodifiableMap(new LinkedHashMap<>(errorVariables));
  }

  /** The topic of the process, worked by members of these roles, completed without variables until declared. */
  public static ExternalTaskRule topic(String processKey, String topic, Roles... workers) {
    return new ExternalTaskRule(processKey, topic, Set.copyOf(Arrays.asList(workers)), Map.of(), Set.of(), Map.of());
  }

  /** The variables a completion may carry. */
  public ExternalTaskRule completesWith(ProcessPolicy.Field... fields) {
    return new ExternalTaskRule(processKey, topic, workers, fields(fields), errorCodes, errorVariables);
  }

  /** A BPMN error code the worker may report, and the variables the error may carry. */
  public ExternalTaskRule reportsError(String errorCode, ProcessPolicy.Field... fields) {
    var codes = new java.util.HashSet<>(errorCodes);
    codes.add(errorCode);
    var variables = new LinkedHashMap<>(errorVariables);
    variables.putAll(fields(fields));
    return new ExternalTaskRule(processKey, topic, workers, completion, codes, variables);
  }

  public boolean workedBy(FupinPrincipal official) {
    return workers.stream().anyMatch(official::isMemberOf);
  }

  private static Map<String, ProcessPolicy.Kind> fields(ProcessPolicy.Field... fields) {
    var map = new LinkedHashMap<String, ProcessPolicy.Kind>();
    for (var field : fields) {
      if (map.put(field.name(), field.kind()) != null) {
        throw new IllegalArgumentException("variable " + field.name() + " declared twice");
      }
    }
    return map;
  }
}
