package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model reads as a swimlane picture (泳道图): one pool, one lane per role holding each of the process's steps,
 * and nothing drawn over anything else (no two shapes, no label on a shape or on another label). The layout is written
 * by {@code src/lint/swimlanes.py}; this test is what keeps a hand edit or a new model honest.
 */
class DiagramLayoutTest {

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  record Box(String what, double x, double y, double w, double h) {
    static Box of(String what, Bounds b) {
      return new Box(what, b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(Box o) {
      return x <= o.x && o.x + o.w <= x + w && y <= o.y && o.y + o.h <= y + h;
    }

    boolean containsCentreOf(Box o) {
      double cx = o.x + o.w / 2;
      double cy = o.y + o.h / 2;
      return x <= cx && cx <= x + w && y <= cy && cy <= y + h;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void eachStepSitsInTheLaneOfItsRole(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    var process = model.getModelElementsByType(Process.class).iterator().next();
    var pools = model.getModelElementsByType(Participant.class);
    assertThat(pools).as(file + ": one pool for the procedure").hasSize(1);
    assertThat(pools.iterator().next().getProcess()).isEqualTo(process);
    assertThat(pools.iterator().next().getName()).isEqualTo(process.getName());

    var lanes = model.getModelElementsByType(Lane.class);
    assertThat(lanes).as(file + ": lanes").isNotEmpty();
    var shapes = shapes(model);
    Map<String, String> laneOf = new HashMap<>();
    for (var lane : lanes) {
      assertThat(lane.getName()).as(lane.getId() + " is named after its role").isNotBlank();
      var laneBox = Box.of(lane.getId(), shapes.get(lane.getId()).getBounds());
      for (FlowNode node : lane.getFlowNodeRefs()) {
        assertThat(laneOf.put(node.getId(), lane.getId())).as(node.getId() + " in one lane only").isNull();
        var box = Box.of(node.getId(), shapes.get(node.getId()).getBounds());
        assertThat(node instanceof BoundaryEvent ? laneBox.containsCentreOf(box) : laneBox.contains(box))
            .as(file + ": " + node.getId() + " drawn inside its lane " + lane.getName()).isTrue();
      }
    }
    var outsideLanes = process.getChildElementsByType(FlowNode.class).stream()
        .map(BaseElement::getId).filter(id -> !laneOf.containsKey(id)).toList();
    assertThat(outsideLanes).as(file + ": steps in no lane").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void noShapeOrLabelIsDrawnOverAnother(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    List<Box> nodes = new ArrayList<>();
    Map<String, FlowNode> byId = new HashMap<>();
    for (var shape : shapes(model).values()) {
      if (shape.getBpmnElement() instanceof FlowNode node) {
        nodes.add(Box.of(node.getId(), shape.getBounds()));
        byId.put(node.getId(), node);
      }
    }
    List<Box> labels = new ArrayList<>();
    for (var shape : shapes(model).values()) {
      label(shape.getBpmnLabel(), shape.getBpmnElement().getId()).ifPresent(labels::add);
    }
    for (var edge : model.getModelElementsByType(BpmnEdge.class)) {
      label(edge.getBpmnLabel(), edge.getBpmnElement().getId()).ifPresent(labels::add);
    }

    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        var a = nodes.get(i);
        var b = nodes.get(j);
        if (a.overlaps(b) && !mayTouch(byId.get(a.what()), byId.get(b.what()))) {
          overlaps.add(a.what() + " × " + b.what());
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      var label = labels.get(i);
      for (int j = i + 1; j < labels.size(); j++) {
        if (label.overlaps(labels.get(j))) {
          overlaps.add("label of " + label.what() + " × label of " + labels.get(j).what());
        }
      }
      for (var node : nodes) {
        boolean insideSubProcess = byId.get(node.what()) instanceof SubProcess && node.contains(label);
        if (label.overlaps(node) && !label.what().equals(node.what()) && !insideSubProcess) {
          overlaps.add("label of " + label.what() + " × " + node.what());
        }
      }
    }
    assertThat(overlaps).as(file + ": drawn over each other").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void noFlowRunsThroughAName(Path file) {
    var model = Bpmn.readModelFromFile(file.toFile());
    List<Box> labels = new ArrayList<>();
    for (var shape : shapes(model).values()) {
      label(shape.getBpmnLabel(), shape.getBpmnElement().getId()).ifPresent(labels::add);
    }
    var edges = model.getModelElementsByType(BpmnEdge.class);
    for (var edge : edges) {
      label(edge.getBpmnLabel(), edge.getBpmnElement().getId()).ifPresent(labels::add);
    }
    List<String> crossed = new ArrayList<>();
    for (var edge : edges) {
      var points = new ArrayList<>(edge.getWaypoints());
      for (int i = 1; i < points.size(); i++) {
        var a = points.get(i - 1);
        var b = points.get(i);
        var segment = new Box(edge.getBpmnElement().getId(), Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
            Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
        for (var label : labels) {
          if (!label.what().equals(segment.what()) && label.overlaps(segment)) {
            crossed.add(segment.what() + " through the name of " + label.what());
          }
        }
      }
    }
    assertThat(crossed).as(file + ": flows drawn through names").isEmpty();
  }

  /** A boundary event sits on its step's border; a sub-process holds its own steps. */
  private static boolean mayTouch(FlowNode a, FlowNode b) {
    return attachedTo(a, b) || attachedTo(b, a) || within(a, b) || within(b, a);
  }

  private static boolean attachedTo(FlowNode event, FlowNode host) {
    return event instanceof BoundaryEvent boundary && boundary.getAttachedTo().equals(host);
  }

  private static boolean within(FlowNode node, FlowNode container) {
    return container instanceof SubProcess && node.getParentElement().equals(container)
        || node instanceof BoundaryEvent boundary && within(boundary.getAttachedTo(), container);
  }

  private static java.util.Optional<Box> label(BpmnLabel label, String of) {
    return label == null || label.getBounds() == null
        ? java.util.Optional.empty() : java.util.Optional.of(Box.of(of, label.getBounds()));
  }

  private static Map<String, BpmnShape> shapes(BpmnModelInstance model) {
    Map<String, BpmnShape> shapes = new HashMap<>();
    for (var shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(shape.getBpmnElement().getId(), shape);
    }
    return shapes;
  }
}
