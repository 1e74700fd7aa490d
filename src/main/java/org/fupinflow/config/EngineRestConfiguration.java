package org.fupinflow.config;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API, for integrators ({@code /engine-rest}) and inside the webapps
 * ({@code /camunda/api/engine}, what Tasklist calls), as Camunda configures them, except that a submission our
 * listeners refuse (a {@link BadUserRequestException} anywhere in the cause chain) is answered 400 with its
 * message, and a case of another district 404 instead of Camunda's 500. The engine wraps exceptions from
 * listeners, and the REST layer turns wrapped ones into a 500.
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
   * Registered under the webapp starter's servlet name before the starter runs, which then keeps ours; the
   * same application as Camunda's with our error mapping.
   */
  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
    var registration = new ServletRegistrationBean<>(new ServletContainer(),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(WEBAPP_ENGINE_API_SERVLET);
    registration.addInitParameter("jakarta.ws.rs.Application", WebappEngineRestApplication.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The servlet name CamundaBpmWebappInitializer (7.24) registers the webapps' engine API under. */
  static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

  public static class WebappEngineRestApplication extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return withOurErrorMapping(super.getClasses());
    }
  }

  /** Camunda's REST providers with {@link RejectedSubmissionHandler} in place of its RestExceptionHandler. */
  static Set<Class<?>> withOurErrorMapping(Set<Class<?>> providers) {
    var classes = new HashSet<>(providers);
    classes.remove(RestExceptionHandler.class);
    classes.remove(ProcessEngineExceptionHandler.class);
    classes.add(RejectedSubmissionHandler.class);
    classes.add(EngineErrorHandler.class);
    return classes;
  }

  @jakarta.ws.rs.ext.Provider
  public static class RejectedSubmissionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      var mapped = callersMistake(exception);
      return mapped != null ? mapped : super.toResponse(exception);
    }
  }

  /** The engine's own exceptions, mapped as Camunda does except for the callers' mistakes below. */
  @jakarta.ws.rs.ext.Provider
  public static class EngineErrorHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      var mapped = callersMistake(exception);
      return mapped != null ? mapped : super.toResponse(exception);
    }
  }

  /** Camunda's tenant check (CommandLogger 034): something of another district, which the caller may not see. */
  static final String OTHER_TENANT = "ENGINE-13034";

  /**
   * A refusal of our listeners (a {@link BadUserRequestException} anywhere in the cause chain: 400 with its message;
   * an {@link AuthorizationException}: 403) or a case of another district (404, as a read of it answers); null for
   * everything else.
   */
  static Response callersMistake(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        // Camunda answers an AuthorizationException itself with 403; one wrapped by a listener would be a 500.
        return cause == exception ? null : error(Response.Status.FORBIDDEN, "AuthorizationException", refused.getMessage());
      }
      if (cause.getMessage() != null && cause.getMessage().startsWith(OTHER_TENANT)) {
        return error(Response.Status.NOT_FOUND, "InvalidRequestException",
            "不存在，或不属于您的区县 / Not found in your districts");
      }
      if (cause instanceof BadUserRequestException rejected) {
        return error(Response.Status.BAD_REQUEST, "InvalidRequestException", rejected.getMessage());
      }
    }
    return null;
  }

  private static Response error(Response.Status status, String type, String message) {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
