package org.fupinflow.config;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API as the starter configures it, except that a submission our listeners refuse (a
 * {@link BadUserRequestException} anywhere in the cause chain) is answered 400 with its message. The engine
 * wraps exceptions from listeners, and {@code POST /process-definition/key/{key}/start} turns every wrapped
 * one into a 500.
 */
@Configuration
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig engineRestResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        CamundaRestResources.getConfigurationClasses().stream()
            .filter(provider -> provider != RestExceptionHandler.class)
            .forEach(this::register);
        register(RejectedSubmissionHandler.class);
        register(JacksonFeature.class);
      }
    };
  }

  @jakarta.ws.rs.ext.Provider
  public static class RejectedSubmissionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException rejected) {
          var body = new LinkedHashMap<String, Object>();
          body.put("type", "InvalidRequestException");
          body.put("message", rejected.getMessage());
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
      }
      return super.toResponse(exception);
    }
  }
}
