package org.fupinflow.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.fupinflow.errors.ApiError;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API, for integrators ({@code /engine-rest}) and inside the webapps
 * ({@code /camunda/api/engine}, what Tasklist calls), as Camunda configures them, except for errors, which
 * {@link EngineErrors} answers in the application's one shape ({@link ApiError}): a submission our listeners refuse
 * (a {@link BadUserRequestException} anywhere in the cause chain, which the engine wraps and Camunda's REST layer
 * would answer with a 500) is a 400 with its message, a case of another district a 404, a race with a timer a 409.
 */
@Configuration
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig engineRestResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(withOurErrorMapping(CamundaRestResources.getConfigurationClasses()));
        register(JacksonFeature.class);
      }
    };
  }

  /**
   * The webapps' APIs (Tasklist's and Cockpit's engine API, and the Tasklist, Cockpit, Admin and Welcome plugin APIs),
   * registered under the webapp starter's servlet names before the starter runs, which then keeps ours: the same
   * applications as Camunda's with our error mapping.
   */
  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
    return webappApi(camunda, WEBAPP_ENGINE_API_SERVLET, "engine", WebappEngineRestApplication.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappTasklistApi(CamundaBpmProperties camunda) {
    return webappApi(camunda, "Tasklist Api", "tasklist", WebappTasklistApplication.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappCockpitApi(CamundaBpmProperties camunda) {
    return webappApi(camunda, "Cockpit Api", "cockpit", WebappCockpitApplication.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappAdminApi(CamundaBpmProperties camunda) {
    return webappApi(camunda, "Admin Api", "admin", WebappAdminApplication.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappWelcomeApi(CamundaBpmProperties camunda) {
    return webappApi(camunda, "Welcome Api", "welcome", WebappWelcomeApplication.class);
  }

  private static ServletRegistrationBean<ServletContainer> webappApi(CamundaBpmProperties camunda, String servletName,
      String app, Class<? extends Application> application) {
    var registration = new ServletRegistrationBean<>(new ServletContainer(),
        camunda.getWebapp().getApplicationPath() + "/api/" + app + "/*");
    registration.setName(servletName);
    registration.addInitParameter("jakarta.ws.rs.Application", application.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The servlet names CamundaBpmWebappInitializer (7.24) registers the webapps' APIs under. */
  static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

  public static class WebappEngineRestApplication extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  public static class WebappTasklistApplication extends TasklistApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  public static class WebappCockpitApplication extends CockpitApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  public static class WebappAdminApplication extends AdminApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  public static class WebappWelcomeApplication extends WelcomeApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  /** Camunda's REST providers with {@link EngineErrors} in place of its five exception mappers. */
  static Set<Class<?>> withOurErrorMapping(Set<Class<?>> providers) {
    var classes = new HashSet<>(providers);
    classes.removeAll(List.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class,
        JsonMappingExceptionHandler.class, JsonParseExceptionHandler.class, ExceptionHandler.class));
    classes.add(EngineErrors.class);
    return classes;
  }

  /**
   * Every error of the engine REST API as an {@link ApiError}: our listeners' refusals with their message, Camunda's own
   * 4xx with a Chinese summary before its English words, the callers' mistakes Camunda answers with 500 mapped to
   * 4xx, and real failures as a 500 without details (logged).
   */
  @jakarta.ws.rs.ext.Provider
  public static class EngineErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrors.class);

    @Override
    public Response toResponse(Throwable exception) {
      if (exception instanceof ParseException || exception instanceof MigrationPlanValidationException
          || exception instanceof MigratingProcessInstanceValidationException) {
        // Deployments and migrations (administrators): Camunda's detailed answer, which Cockpit reads.
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
      }
      var error = answer(exception);
      if (error.status() >= 500) {
        LOG.error("Engine REST request failed", exception);
      }
      return Response.status(error.status()).entity(error.error()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }

  record Answer(int status, ApiError error) {
    static Answer of(int status, String message) {
      return new Answer(status, ApiError.of(status, message));
    }
  }

  /** Camunda's tenant check (CommandLogger 034): something of another district, which the caller may not see. */
  static final String OTHER_TENANT = "ENGINE-13034";
  /** A variable value in Java serialization, which the engine is configured to refuse. */
  static final Pattern JAVA_SERIALIZED = Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\..*", Pattern.DOTALL);

  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)");

  static Answer answer(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      var message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof AuthorizationException refused) {
        return Answer.of(403, denied(refused));
      }
      if (message.startsWith(OTHER_TENANT)) {
        return Answer.of(404, "不存在，或不属于您的区县 / Not found in your districts");
      }
      if (cause instanceof OptimisticLockingException) {
        return Answer.of(409, "该待办或案件刚被其他操作（如期限提醒）更新，您的提交未生效，请刷新后重试 / The task or case was just "
            + "changed by another operation (such as a deadline timer); your submission was not applied: reload and try again");
      }
      var serialized = JAVA_SERIALIZED.matcher(message);
      if (serialized.matches()) {
        var name = serialized.group(1);
        return Answer.of(400, "变量 " + name + " 不接受 Java 序列化的值 / The variable " + name
            + " does not accept a Java-serialized value");
      }
      if (message.startsWith("SPIN/JACKSON")) {
        return Answer.of(400, "Json 变量的值不是有效的 JSON / The value of a Json variable is not valid JSON");
      }
      if (cause instanceof MismatchingMessageCorrelationException) {
        return Answer.of(400, "没有等待该消息的案件（可能已处理或已结束） / No case waits for this message (it may be handled or "
            + "closed already)");
      }
      if (cause instanceof org.camunda.bpm.engine.exception.NotFoundException) {
        return Answer.of(404, bilingual(404, message));
      }
      if (cause instanceof BadUserRequestException rejected) {
        return Answer.of(400, bilingual(400, rejected.getMessage()));
      }
      if (cause instanceof JsonParseException || cause instanceof JsonMappingException) {
        return Answer.of(400, ApiError.unreadableJson(cause));
      }
      // Camunda wraps the engine's exceptions of a start in a RestException with 500: their cause decides
      if (cause instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
        var status = rest.getStatus().getStatusCode();
        return Answer.of(status, bilingual(status, rest.getMessage()));
      }
      if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        var status = web.getResponse().getStatus();
        return Answer.of(status, ApiError.generalMessage(status));
      }
    }
    return Answer.of(500, ApiError.generalMessage(500));
  }

  /** Camunda's refusal named in both languages: the permissions missing and on what. */
  static String denied(AuthorizationException refused) {
    var missing = refused.getMissingAuthorizations();
    if (missing == null || missing.isEmpty()) {
      return bilingual(403, refused.getMessage());
    }
    var what = missing.stream().map(authorization -> authorization.getViolatedPermissionName() + " @ "
        + authorization.getResourceType() + " " + authorization.getResourceId()).distinct()
        .collect(java.util.stream.Collectors.joining("; "));
    return "无权执行此操作：缺少权限 " + what + "（可能不是您角色的待办） / You are not allowed to do this: missing " + what
        + " (it may be another role's task)";
  }

  /** Ours are bilingual already; Camunda's English words get the Chinese summary of their status before them. */
  static String bilingual(int status, String message) {
    if (message == null || message.isBlank()) {
      return ApiError.generalMessage(status);
    }
    if (message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return message;
    }
    var chinese = ApiError.generalMessage(status);
    // "java type java.util.Date": the simple name says enough, and no class path leaves the server
    var english = QUALIFIED_CLASS.matcher(message).replaceAll("$1");
    return chinese.substring(0, chinese.indexOf(" / ")) + "（详见英文说明） / " + english;
  }
}
