package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.welcome.Welcome;
import org.fupinflow.FupinFlowApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile there are no demo users and no default password: the first administrator comes
 * from the environment, or the application does not start. (H2 only: each start needs an empty database.)
 */
class AdminBootstrapTest {

  private static final String ENGINE = "bootstrapcheck";

  /**
   * The webapp starter keeps the application context in a static field that only a clean shutdown clears;
   * after a start that failed, the next start in the same JVM would initialise its filters from the dead
   * context. A failed start ends the JVM in production; in this test JVM we clear the field.
   */
  private Runnable webappRuntimesBack;

  /**
   * Cockpit, Admin, Tasklist and Welcome keep their runtime delegates in static fields, which the shutdown of this
   * test's applications sets to null; the applications of the other tests in this JVM still serve the webapps, so
   * each start gives back the delegates it found (in production one application owns them).
   */
  @BeforeEach
  void rememberTheWebappRuntimes() {
    var cockpit = Cockpit.getRuntimeDelegate();
    var admin = Admin.getRuntimeDelegate();
    var tasklist = Tasklist.getRuntimeDelegate();
    var welcome = Welcome.getRuntimeDelegate();
    webappRuntimesBack = () -> {
      Cockpit.setCockpitRuntimeDelegate(cockpit);
      Admin.setAdminRuntimeDelegate(admin);
      Tasklist.setTasklistRuntimeDelegate(tasklist);
      Welcome.setRuntimeDelegate(welcome);
    };
  }

  @AfterEach
  void giveTheWebappRuntimesBack() {
    webappRuntimesBack.run();
  }

  @AfterEach
  void forgetTheFailedContext() throws ReflectiveOperationException {
    var field = Class.forName("org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration")
        .getDeclaredField("APPLICATION_CONTEXT");
    field.setAccessible(true);
    field.set(null, null);
  }

  @Test
  void refusesToStartWithoutAnAdministratorAndSaysWhatToSet() {
    assertThatThrownBy(() -> start()).hasStackTraceContaining("FUPIN_ADMIN_USER").hasStackTraceContaining("没有系统管理员");
  }

  @Test
  void refusesAWeakAdministratorPassword() {
    assertThatThrownBy(() -> start("--fupin.admin.user=root", "--fupin.admin.password=root"))
        .hasStackTraceContaining("密码至少10位");
  }

  @Test
  void theFirstAdministratorComesFromTheEnvironmentAndCamundaSetupIsClosed() throws Exception {
    try (var context = start("--fupin.admin.user=root", "--fupin.admin.password=Fupin!Admin2026")) {
      var identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id").containsExactly("root");
      assertThat(identity.createUserQuery().userId("zhangwei").count()).isZero();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      assertThat(identity.checkPassword("root", "Fupin!Admin2026")).isTrue();

      var port = context.getEnvironment().getProperty("local.server.port");
      var setup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/camunda/api/admin/setup/" + ENGINE + "/user/create"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},\"credentials\":{\"password\":\"Intruder!2026x\"}}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(setup.statusCode()).isEqualTo(403);
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }
  }

  /** Starts the application as from the command line (arguments outrank application.yaml, like the environment). */
  private static ConfigurableApplicationContext start(String... arguments) {
    var all = new ArrayList<String>();
    all.add("--server.port=0");
    all.add("--spring.datasource.url=jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    all.add("--spring.main.banner-mode=off");
    // Camunda registers engines JVM-wide by name: closing this one must not unregister the "default" engine
    // that the cached application context of the other tests serves.
    all.add("--camunda.bpm.process-engine-name=" + ENGINE);
    all.addAll(java.util.List.of(arguments));
    return new SpringApplicationBuilder(FupinFlowApplication.class).run(all.toArray(String[]::new));
  }
}
