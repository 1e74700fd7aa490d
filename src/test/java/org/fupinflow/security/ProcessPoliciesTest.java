package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.fupinflow.security.ProcessPolicy.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The policies the engine door applies are the models' and forms' own: every process in processes/ has one, every
 * user task is declared, and every field a step's Camunda Form submits is declared with the kind the form sends
 * (checkbox and true/false radio: Boolean; date: yyyy-MM-dd text; group: Json; number: a number; read-only: shown
 * unchanged; the rest text). A form field missing here would be refused to the officials in Tasklist.
 */
class ProcessPoliciesTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, ProcessPolicy> policies;

  @BeforeAll
  static void loadThePolicyBeans() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
    try (var context = new AnnotationConfigApplicationContext()) {
      for (var candidate : scanner.findCandidateComponents("org.fupinflow")) {
        if (candidate.getBeanClassName().endsWith("Policy")) {
          context.register(Class.forName(candidate.getBeanClassName()));
        }
      }
      context.refresh();
      policies = context.getBeansOfType(ProcessPolicy.class).values().stream()
          .collect(Collectors.toMap(ProcessPolicy::processKey, policy -> policy));
    }
  }

  static Stream<Path> models() throws IOException {
    try (var files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyProcessHasAPolicyDeclaringExactlyItsUserTasks(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(policies).as("policy of " + process.getId()).containsKey(process.getId());
    var userTasks = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).collect(Collectors.toSet());
    assertThat(policies.get(process.getId()).declaredTasks()).containsExactlyInAnyOrderElementsOf(userTasks);
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormFieldIsDeclaredWithTheKindTheFormSubmits(Path file) throws IOException {
    var model = Bpmn.readModelFromFile(file.toFile());
    var process = model.getModelElementsByType(Process.class).iterator().next();
    var policy = policies.get(process.getId());
    for (var task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        assertThat(policy.taskVariables(task.getId())).as("fields of " + task.getId())
            .containsAllEntriesOf(fieldsOf(process.getId(), task.getCamundaFormRef()));
      }
    }
    for (var start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertThat(policy.startVariables()).as("start form of " + process.getId())
            .containsAllEntriesOf(fieldsOf(process.getId(), start.getCamundaFormRef()));
      }
    }
  }

  @Test
  void processesStartableInTasklistAreThoseOfficialsStartAndNoOther() throws IOException {
    for (var file : models().toList()) {
      var process = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).iterator().next();
      assertThat(process.isCamundaStartableInTasklist()).as(process.getId() + " startable in Tasklist")
          .isEqualTo(!policies.get(process.getId()).startedByApplicationOnly());
    }
  }

  @Test
  void processesTheApplicationStartsTakeNoStartVariablesFromOutside() {
    policies.values().stream().filter(ProcessPolicy::startedByApplicationOnly)
        .forEach(policy -> assertThat(policy.startVariables()).as(policy.processKey()).isEmpty());
  }

  /** The keyed top-level fields of a form (group paths included) and the kind each submits. */
  private static Map<String, Kind> fieldsOf(String processKey, String formId) throws IOException {
    Path file;
    try (var found = Files.find(FORMS, 2, (path, attributes) -> path.getFileName().toString().equals(formId + ".form"))) {
      file = found.findFirst().orElseThrow(() -> new AssertionError("no form " + formId + " of " + processKey));
    }
    var form = JSON.readTree(file.toFile());
    var fields = new LinkedHashMap<String, Kind>();
    for (var component : form.path("components")) {
      var key = component.has("key") ? component.get("key").asText() : component.path("path").asText(null);
      if (key != null && !key.isEmpty()) {
        fields.put(key, kindOf(component));
      }
    }
    return fields;
  }

  private static Kind kindOf(JsonNode component) {
    if (component.path("readonly").asBoolean(false)) {
      return Kind.SHOWN;
    }
    return switch (component.path("type").asText()) {
      case "checkbox" -> Kind.BOOLEAN;
      case "radio" -> component.path("values").path(0).path("value").isBoolean() ? Kind.BOOLEAN : Kind.TEXT;
      case "datetime" -> Kind.DATE;
      case "group", "dynamiclist" -> Kind.JSON;
      case "number" -> Kind.NUMBER;
      // a text field that takes a resident ID number says so with GB 11643's pattern
      default -> component.path("validate").path("pattern").asText().startsWith("^[1-9]\\d{16}") ? Kind.RESIDENT_ID : Kind.TEXT;
    };
  }
}
