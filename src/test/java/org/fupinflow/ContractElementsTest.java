package org.fupinflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contract class ({@code *Process.java} in any capability package) names elements that exist: each
 * {@code public static final String} of its nested {@code Elements} class is the id of an element of its model,
 * {@code processes/<KEY>.bpmn}. A renamed or removed element then fails here, not in the code that looks it up.
 */
class ContractElementsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path PROCESSES = Path.of("processes");

  static Stream<Class<?>> contracts() throws IOException {
    try (var files = Files.walk(SOURCES)) {
      var names = files.filter(file -> file.getFileName().toString().endsWith("Process.java")).sorted()
          .map(file -> SOURCES.relativize(file).toString().replace(".java", "").replace('/', '.').replace('\\', '.'))
          .toList();
      var contracts = new ArrayList<Class<?>>();
      for (var name : names) {
        try {
          var type = Class.forName(name);
          if (constant(type, "KEY") != null) {
            contracts.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name + " is in src/main/java but not on the test classpath", e);
        }
      }
      return contracts.stream();
    }
  }

  @Test
  void everyModelHasItsContract() throws IOException {
    var keys = contracts().map(type -> constant(type, "KEY")).toList();
    assertThat(keys).as("contract classes found").hasSizeGreaterThanOrEqualTo(10);
    try (var files = Files.list(PROCESSES)) {
      var models = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.replace(".bpmn", "")).sorted().toList();
      assertThat(keys).as("a contract class (KEY) for each model in processes/").containsAll(models);
    }
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyElementConstantNamesAnElementOfItsModel(Class<?> contract) {
    var key = constant(contract, "KEY");
    var file = PROCESSES.resolve(key + ".bpmn");
    assertThat(file).as("model of " + contract.getSimpleName()).exists();
    var model = Bpmn.readModelFromFile(file.toFile());

    var elements = Arrays.stream(contract.getDeclaredClasses())
        .filter(nested -> nested.getSimpleName().equals("Elements")).findFirst();
    assertThat(elements).as(contract.getSimpleName() + ".Elements").isPresent();
    List<Field> constants = Arrays.stream(elements.get().getDeclaredFields()).filter(ContractElementsTest::isStringConstant)
        .toList();
    assertThat(constants).as(contract.getSimpleName() + ".Elements constants").isNotEmpty();
    for (var field : constants) {
      var id = value(field);
      org.camunda.bpm.model.xml.instance.ModelElementInstance element = model.getModelElementById(id);
      assertThat(element)
          .as("%s.Elements.%s = \"%s\" in %s", contract.getSimpleName(), field.getName(), id, file).isNotNull();
    }
  }

  private static boolean isStringConstant(Field field) {
    int modifiers = field.getModifiers();
    return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
        && field.getType() == String.class;
  }

  private static String constant(Class<?> type, String name) {
    try {
      var field = type.getDeclaredField(name);
      return isStringConstant(field) ? value(field) : null;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(field.toString(), e);
    }
  }
}
