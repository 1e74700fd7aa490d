package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** A model added to {@code processes/} comes with its model test: some class here deploys it by file name. */
class EveryModelIsTestedTest {

  @Test
  void everyModelOfProcessesIsDeployedByAModelTest() throws IOException {
    var sources = new StringBuilder();
    try (var files = Files.list(Path.of("src/test/java/org/fupinflow/models"))) {
      for (var file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        sources.append(Files.readString(file));
      }
    }
    var untested = new ArrayList<String>();
    try (var models = Files.list(Path.of("processes"))) {
      for (var model : models.map(m -> m.getFileName().toString()).filter(m -> m.endsWith(".bpmn")).sorted().toList()) {
        var name = model.replace(".bpmn", "");
        if (!sources.toString().contains("processes/" + model) && !sources.toString().contains("\"" + name + ",")) {
          untested.add(model);
        }
      }
    }
    assertThat(untested).as("models without a model test in org.fupinflow.models").isEmpty();
  }
}
