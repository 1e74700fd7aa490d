package org.fupinflow.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the doors of the engine ({@code /engine-rest}, Tasklist's engine API) accept of one process: who may start
 * it (nobody but the application when no role is named), the variables a start may carry, and the variables each
 * of its user tasks accepts, with their kinds. Each capability declares its processes' policy as a bean; anything
 * not declared is refused, so a submission carries only what the step's form and the README's contract name.
 */
public final class ProcessPolicy {

  /** What a variable may hold, as the engine REST API types it. */
  public enum Kind {
    /** {@code String}: free text, without control characters or a resident ID number in it. */
    TEXT("String"),
    /** {@code String}: a resident ID number (the step's listener checks it), without control characters. */
    RESIDENT_ID("String"),
    /** {@code String} {@code yyyy-MM-dd} (or {@code Date}); the step's listener checks the day. */
    DATE("String yyyy-MM-dd"),
    /** {@code Boolean}. */
    BOOLEAN("Boolean"),
    /** {@code Integer}, {@code Long}, {@code Short} or {@code Double}. */
    NUMBER("Number"),
    /** {@code Json}, or JSON as {@code String}. */
    JSON("Json"),
    /** Shown on the form, read-only: accepted only unchanged (form-js submits read-only fields back). */
    SHOWN("unchanged");

    private final String restType;

    Kind(String restType) {
      this.restType = restType;
    }

    public String restType() {
      return restType;
    }
  }

  /** A declared variable. */
  public record Field(String name, Kind kind) {
  }

  public static Field text(String name) {
    return new Field(name, Kind.TEXT);
  }

  public static Field residentId(String name) {
    return new Field(name, Kind.RESIDENT_ID);
  }

  public static Field date(String name) {
    return new Field(name, Kind.DATE);
  }

  public static Field bool(String name) {
    return new Field(name, Kind.BOOLEAN);
  }

  public static Field number(String name) {
    return new Field(name, Kind.NUMBER);
  }

  public static Field json(String name) {
    return new Field(name, Kind.JSON);
  }

  public static Field shown(String name) {
    return new Field(name, Kind.SHOWN);
  }

  private final String processKey;
  private final Set<Roles> starters;
  private final Map<String, Kind> startVariables;
  private final Map<String, Map<String, Kind>> taskVariables;
  private final boolean cityWide;

  private ProcessPolicy(String processKey, Set<Roles> starters, Map<String, Kind> startVariables,
      Map<String, Map<String, Kind>> taskVariables, boolean cityWide) {
    this.processKey = processKey;
    this.cityWide = cityWide;
    this.starters = starters.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(starters));
    this.startVariables = Collections.unmodifiableMap(new LinkedHashMap<>(startVariables));
    this.taskVariables = Collections.unmodifiableMap(new LinkedHashMap<>(taskVariables));
  }

  /** A process that only the application starts (a call activity, a case per fund share, a scheduled report). */
  public static ProcessPolicy startedByApplication(String processKey) {
    return new ProcessPolicy(processKey, Set.of(), Map.of(), Map.of(), false);
  }

  /** A process that members of these roles start, within their districts (tenants). */
  public static ProcessPolicy startedBy(String processKey, Roles... starters) {
    if (starters.length == 0) {
      throw new IllegalArgumentException("name the roles that start " + processKey);
    }
    return new ProcessPolicy(processKey, Set.copyOf(Arrays.asList(starters)), Map.of(), Map.of(), false);
  }

  /** The variables a start (the start form, {@code POST …/start}) may carry. */
  public ProcessPolicy startWith(Field... fields) {
    return new ProcessPolicy(processKey, starters, fields(fields), taskVariables, cityWide);
  }

  /**
   * A process of the whole city, in no district: its instances carry no tenant (a schedule that starts a case per
   * district, the city's registration of a fund notice).
   */
  public ProcessPolicy cityWide() {
    return new ProcessPolicy(processKey, starters, startVariables, taskVariables, true);
  }

  /** The variables the user task with this BPMN id accepts. */
  public ProcessPolicy task(String taskDefinitionKey, Field... fields) {
    var tasks = new LinkedHashMap<>(taskVariables);
    if (tasks.put(taskDefinitionKey, fields(fields)) != null) {
      throw new IllegalArgumentException("task " + taskDefinitionKey + " declared twice in " + processKey);
    }
    return new ProcessPolicy(processKey, starters, startVariables, tasks, cityWide);
  }

  public String processKey() {
    return processKey;
  }

  public Set<Roles> starters() {
    return starters;
  }

  public boolean startedByApplicationOnly() {
    return starters.isEmpty();
  }

  public boolean isCityWide() {
    return cityWide;
  }

  public Map<String, Kind> startVariables() {
    return startVariables;
  }

  /** The variables a user task accepts; empty when the task is not declared (it then accepts none). */
  public Map<String, Kind> taskVariables(String taskDefinitionKey) {
    return Optional.ofNullable(taskVariables.get(taskDefinitionKey)).orElse(Map.of());
  }

  public Set<String> declaredTasks() {
    return taskVariables.keySet();
  }

  private static Map<String, Kind> fields(Field... fields) {
    var map = new LinkedHashMap<String, Kind>();
    for (var field : fields) {
      if (map.put(field.name(), field.kind()) != null) {
        throw new IllegalArgumentException("variable " + field.name() + " declared twice");
      }
    }
    return map;
  }
}
