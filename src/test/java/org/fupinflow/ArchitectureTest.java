package org.fupinflow;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveSimpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The module boundaries, checked: every top-level package {@code org.fupinflow.<name>} is a capability (or a shared
 * package) and may use only the packages {@link #ALLOWED} names for it; no two packages depend on each other in a
 * cycle. Main code only: tests may reach anything. {@code demo} (the demo profile's seed data) may use anything, and
 * only a capability's own {@code Demo*} seeders may use {@code demo}.
 *
 * <p>A new dependency that fails here is either a mistake (use the shared package, or invert it: the lower package
 * defines an interface or a bean type, the capability provides it, as {@code security.ProcessReaders} does for the
 * village notices) or a deliberate design change: then change {@link #ALLOWED} in the same commit, where a reviewer
 * sees it. A new package must be added to {@link #ALLOWED} with the packages it may use.
 */
class ArchitectureTest {

  private static final String ROOT = "org.fupinflow";

  /** Shared by every capability: error answers, input rules, calendar, money, identity and roles, documents. */
  private static final Set<String> SHARED =
      Set.of("errors", "validation", "calendar", "money", "security", "documents", "casenumber");

  /**
   * Package → the packages it may depend on. The shared packages are layered among themselves ({@code errors} and
   * {@code money} at the bottom); {@code config} is technical wiring and knows no capability.
   */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      // shared, bottom up
      entry("errors", Set.of()),
      entry("money", Set.of()),
      entry("calendar", Set.of("errors")),
      entry("validation", Set.of("errors", "calendar")),
      entry("casenumber", Set.of("errors", "calendar")),
      entry("documents", Set.of("errors", "calendar")),
      entry("security", Set.of("errors", "validation", "calendar")),
      // technical wiring: engine plugins, REST and error answers; no capability
      entry("config", Set.of("errors", "validation", "security")),
      // the OpenAPI description of /api: reads the controllers through Spring, names only the error model
      entry("apidocs", Set.of("errors")),
      // capabilities
      entry("publicnotice", capability()),
      entry("household", capability("publicnotice")),
      entry("householdledger", capability("household")),
      entry("fundledger", capability()),
      entry("fundnotice", capability("fundledger")),
      entry("projects", capability("fundledger", "demo")),
      entry("disbursement", capability("fundledger", "fundnotice", "projects", "demo")),
      entry("relief", capability("fundledger", "household")),
      entry("evaluation", capability("fundledger", "demo")),
      entry("escalation", capability()));

  /** Seeds the demo profile: may use every package. */
  private static final String DEMO = "demo";

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  private static Set<String> capability(String... others) {
    var allowed = new TreeSet<>(SHARED);
    allowed.addAll(Set.of(others));
    return allowed;
  }

  /** The top-level packages that hold main classes (the application class in {@code org.fupinflow} itself aside). */
  private static Set<String> packages() {
    return CLASSES.stream().map(ArchitectureTest::topLevelPackage).filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String topLevelPackage(JavaClass type) {
    var name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return "";
    }
    var rest = name.substring(ROOT.length() + 1);
    var dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void theClassesAreThere() {
    assertThat(packages()).as("main classes imported from target/classes").contains("errors", "household", DEMO);
  }

  @Test
  void everyPackageDeclaresWhatItMayUse() {
    var undeclared = new TreeSet<>(packages());
    undeclared.removeAll(ALLOWED.keySet());
    undeclared.remove(DEMO);
    assertThat(undeclared)
        .as("packages missing from ArchitectureTest.ALLOWED: add each with the packages it may depend on")
        .isEmpty();
    var unknown = ALLOWED.values().stream().flatMap(Set::stream).filter(name -> !ALLOWED.containsKey(name))
        .filter(name -> !name.equals(DEMO)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(unknown).as("ArchitectureTest.ALLOWED names packages that do not exist").isEmpty();
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
        .because("a cycle between packages makes them one module; break it with a shared package or an interface")
        .check(CLASSES);
  }

  @TestFactory
  Stream<DynamicTest> eachPackageDependsOnlyOnWhatItMayUse() {
    var existing = packages();
    return new TreeMap<>(ALLOWED).entrySet().stream().map(declared -> DynamicTest.dynamicTest(declared.getKey(), () -> {
      var name = declared.getKey();
      var forbidden = existing.stream().filter(other -> !other.equals(name) && !declared.getValue().contains(other))
          .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
      if (forbidden.length == 0) {
        return;
      }
      noClasses().that().resideInAPackage(ROOT + "." + name + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .as(name + " may depend only on " + declaredOrNothing(declared.getValue()))
          .because("ArchitectureTest.ALLOWED says so: use a shared package or invert the dependency, or change "
              + "ALLOWED deliberately")
          .check(CLASSES);
    }));
  }

  @Test
  void onlyDemoSeedersUseTheDemoPackage() {
    noClasses().that().resideOutsideOfPackage(ROOT + "." + DEMO + "..").and().haveSimpleNameNotStartingWith("Demo")
        .should().dependOnClassesThat().resideInAPackage(ROOT + "." + DEMO + "..")
        .as("only the demo profile's seeders (classes named Demo*) use " + ROOT + "." + DEMO)
        .check(CLASSES);
  }

  /**
   * One style of process step (STYLE.md, "A delegate is glue"): a class per step, annotated
   * {@code @Component("beanName")} with the name the model's {@code delegateExpression} uses, named after the step and
   * ending in {@code Delegate} or {@code Listener}; no {@code @Bean} method builds a step as a lambda.
   */
  @Test
  void noBeanMethodBuildsAProcessStep() {
    noMethods().that().areAnnotatedWith(Bean.class).should().haveRawReturnType(PROCESS_STEP)
        .as("no @Bean method returns a JavaDelegate, TaskListener or ExecutionListener")
        .because("each step is a class of its own, @Component(\"beanName\"), found by its name")
        .check(CLASSES);
  }

  @Test
  void processStepsAreComponentsNamedAfterTheirStep() {
    classes().that(PROCESS_STEP).should().beAnnotatedWith(Component.class).andShould(nameTheirBean())
        .andShould(haveSimpleNameEndingWith("Delegate").or(haveSimpleNameEndingWith("Listener")))
        .as("classes implementing JavaDelegate, TaskListener or ExecutionListener are @Component(\"beanName\") and "
            + "named *Delegate or *Listener")
        .check(CLASSES);
  }

  /**
   * No third style of step (STYLE.md, "A delegate is glue"): the model binds an action with
   * {@code delegateExpression="${beanName}"} to a step class, never with a method expression
   * {@code ${bean.act(execution)}}. Outside the step classes' own {@code execute}/{@code notify}, a public method that
   * takes a {@code DelegateExecution} or {@code DelegateTask} only answers what the model reads (a due date, a
   * candidate group, a condition): it returns a value, and its class is no step.
   */
  @Test
  void methodExpressionsOnlyRead() {
    ONLY_STEPS_ACT_ON_AN_EXECUTION.check(CLASSES);
  }

  /** The rule above finds an expression bean that acts, and a step class with a second entry point. */
  @Test
  void methodExpressionsOnlyReadReportsAnActingBeanAndASecondEntryPoint() {
    var result = ONLY_STEPS_ACT_ON_AN_EXECUTION.evaluate(new ClassFileImporter().importClasses(
        ActingExpressions.class, StepWithASecondEntry.class, ReadingExpressions.class));
    assertThat(result.getFailureReport().getDetails()).hasSize(3).anySatisfy(line -> assertThat(line)
        .contains(ActingExpressions.class.getSimpleName() + ".register(")).anySatisfy(line -> assertThat(line)
        .contains(ActingExpressions.class.getSimpleName() + ".checked(")).anySatisfy(line -> assertThat(line)
        .contains(StepWithASecondEntry.class.getSimpleName() + ".close("));
  }

  public static class ActingExpressions {
    public void register(DelegateExecution execution) {
    }

    public void checked(DelegateTask task) {
    }

    public boolean reads(DelegateExecution execution) {
      return true;
    }
  }

  public static class ReadingExpressions {
    public LocalDate reportedOn(DelegateExecution execution) {
      return LocalDate.EPOCH;
    }
  }

  static class StepWithASecondEntry implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
    }

    public LocalDate close(DelegateExecution execution) {
      return LocalDate.EPOCH;
    }
  }

  private static final ArchRule ONLY_STEPS_ACT_ON_AN_EXECUTION = classes().should(actOnAnExecutionOnlyAsAStep())
      .as("only a step class (JavaDelegate, TaskListener, ExecutionListener) acts on an execution or a task; other "
          + "public methods taking one return what the model reads")
      .because("an action bound as a method expression ${bean.act(execution)} is a third style of step: make it a "
          + "class of its own bound by delegateExpression");

  private static ArchCondition<JavaClass> actOnAnExecutionOnlyAsAStep() {
    return new ArchCondition<>("act on an execution or a task only as a step") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        var step = PROCESS_STEP.test(type);
        for (JavaMethod method : type.getMethods()) {
          var takesTheEngine = method.getRawParameterTypes().stream()
              .anyMatch(parameter -> parameter.isEquivalentTo(DelegateExecution.class)
                  || parameter.isEquivalentTo(DelegateTask.class));
          if (!method.getModifiers().contains(JavaModifier.PUBLIC) || !takesTheEngine
              || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            continue;
          }
          var stepEntry = step && method.getRawParameterTypes().size() == 1
              && (method.getName().equals("execute") || method.getName().equals("notify"));
          if (stepEntry) {
            continue;
          }
          if (step) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                + " is a second entry point of a step class: a step has only execute or notify"));
          } else if (method.getRawReturnType().isEquivalentTo(void.class)) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                + " acts on the case from a method expression: make it a step class bound by delegateExpression"));
          }
        }
      }
    };
  }

  private static final DescribedPredicate<JavaClass> PROCESS_STEP = assignableTo(JavaDelegate.class)
      .or(assignableTo(TaskListener.class)).or(assignableTo(ExecutionListener.class));

  private static ArchCondition<JavaClass> nameTheirBean() {
    return new ArchCondition<>("name their bean as the model's delegate expression does") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        var named = type.tryGetAnnotationOfType(Component.class).map(component -> !component.value().isBlank())
            .orElse(false);
        if (!named) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " has no @Component(\"beanName\")"));
        }
      }
    };
  }

  /**
   * The same rules read from the sources' imports: the compiler copies a constant (a process key, a variable name)
   * into the class that uses it, so the class files above do not show a dependency on a contract class's constants.
   */
  @Test
  void importsRespectTheSameRules() throws IOException {
    var imported = Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "\\.([a-z0-9]+)\\.", Pattern.MULTILINE);
    var violations = new ArrayList<String>();
    var sources = Path.of("src/main/java", ROOT.split("\\."));
    for (var declared : new TreeMap<>(ALLOWED).entrySet()) {
      var folder = sources.resolve(declared.getKey());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (var files = Files.walk(folder)) {
        for (var file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
          var matcher = imported.matcher(Files.readString(file));
          while (matcher.find()) {
            var used = matcher.group(1);
            var demoSeeder = used.equals(DEMO) && file.getFileName().toString().startsWith("Demo");
            if (!used.equals(declared.getKey()) && !declared.getValue().contains(used) && !demoSeeder) {
              violations.add(sources.relativize(file) + " imports " + ROOT + "." + used + " but "
                  + declared.getKey() + " may depend only on " + declaredOrNothing(declared.getValue()));
            }
          }
        }
      }
    }
    assertThat(violations).as("imports across forbidden package boundaries (ArchitectureTest.ALLOWED)").isEmpty();
  }

  private static String declaredOrNothing(Set<String> allowed) {
    return allowed.isEmpty() ? "no other package" : new TreeSet<>(allowed).toString();
  }
}
