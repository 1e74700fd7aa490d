package org.fupinflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of every model in processes/ (STYLE.md): file name = process id, diagram interchange for
 * Cockpit and Modeler, history time to live, element ids {@code <Type>_<PascalCase>}, Chinese labels, code
 * bound by delegate expression, and every form reference resolving to a form in forms/ whose id is its
 * file name.
 */
class BpmnConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  static Stream<Path> models() throws IOException {
    try (var files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void processIdEqualsFileNameAndHistoryIsBounded(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var processes = model.getModelElementsByType(Process.class);
    assertThat(processes).hasSize(1);
    var process = processes.iterator().next();
    assertThat(process.getId()).isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getName()).as("process label").matches(".*\\p{IsHan}.*");
    assertThat(process.isExecutable()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementIsDrawn(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var drawn = model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId())
        .collect(Collectors.toSet());
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (element instanceof FlowNode || element instanceof SequenceFlow) {
        assertThat(drawn).as("diagram of " + element.getId()).contains(element.getId());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void idsNameTypeAndPurposeAndLabelsAreChinese(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      var type = element instanceof Gateway ? "Gateway" : element instanceof SequenceFlow ? "Flow"
          : element.getElementType().getTypeName().substring(0, 1).toUpperCase() + element.getElementType().getTypeName().substring(1);
      assertThat(element.getId()).as("id of a " + type).matches(type + "_[A-Z][A-Za-z0-9]*");
      if (element instanceof FlowNode) {
        assertThat(element.getName()).as("label of " + element.getId()).isNotBlank().matches(".*\\p{IsHan}.*");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void codeIsBoundByDelegateExpressionNeverByClass(Path file) throws IOException {
    var xml = Files.readString(file);
    assertThat(xml).doesNotContain("camunda:class=");
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormRefIsBoundToItsDeploymentAndExists(Path file) throws IOException {
    var forms = formsById();
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      var formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (formRef == null) {
        continue;
      }
      assertThat(element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding")).as(element.getId()).isEqualTo("deployment");
      assertThat(forms).as("form of " + element.getId()).containsKey(formRef);
    }
  }

  @org.junit.jupiter.api.Test
  void everyFormsIdIsItsFileName() throws IOException {
    var forms = formsById();
    assertThat(forms).isNotEmpty();
    forms.forEach((id, path) -> assertThat(path.getFileName().toString()).isEqualTo(id + ".form"));
  }

  private static Map<String, Path> formsById() throws IOException {
    var json = new ObjectMapper();
    try (var files = Files.walk(FORMS)) {
      return files.filter(file -> file.toString().endsWith(".form")).collect(Collectors.toMap(file -> {
        try {
          return json.readTree(file.toFile()).get("id").asText();
        } catch (IOException e) {
          throw new IllegalStateException(file + " is not a Camunda Form", e);
        }
      }, file -> file));
    }
  }
}
