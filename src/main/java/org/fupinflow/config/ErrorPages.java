package org.fupinflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.fupinflow.errors.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors that never reach a handler of ours, answered as an {@link ApiError} too: the servlet container's error
 * dispatch ({@code /error}: an exception in a filter, {@code sendError} of a webapp resource) instead of Spring's
 * "Whitelabel" page or "No message available", and Tomcat's own answers to requests it cannot parse (an over-long
 * address or header) instead of its HTML page.
 */
@Configuration
class ErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  /** Tomcat's limit of the request line and headers ({@code server.max-http-request-header-size}, Spring's default). */
  static final String HEADER_LIMIT = "8 KB";

  @RestController
  static class ErrorDispatch implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
      var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
      if (status < 400) {
        status = 500;
      }
      if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
        LOG.error("Request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
      }
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
          .body(ApiError.of(status, ApiError.generalMessage(status)));
    }
  }

  /**
   * Our valve instance in the host's pipeline, written with Spring's {@code ObjectMapper}; naming its class as the
   * host's error report valve keeps Tomcat from adding its own HTML one beside it when the host starts.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports(ObjectMapper json) {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
        if (Arrays.stream(host.getPipeline().getValves()).noneMatch(JsonErrorReportValve.class::isInstance)) {
          host.getPipeline().addValve(new JsonErrorReportValve(json));
        }
      }
    });
  }

  /** Tomcat's error report (a request it could not parse, before any servlet) as JSON in the one error shape. */
  static final class JsonErrorReportValve extends ErrorReportValve {

    private final ObjectMapper json;

    JsonErrorReportValve(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      var message = status == 400
          ? "请求无法解析：地址或请求头过长（最多 " + HEADER_LIMIT + "），或含有不允许的字符 / The request cannot be parsed: the "
              + "address or a header is too long (at most " + HEADER_LIMIT + ") or holds characters that are not allowed"
          : ApiError.generalMessage(status);
      try {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var writer = response.getReporter();
        if (writer != null) {
          writer.write(json.writeValueAsString(ApiError.of(status, message)));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response was committed meanwhile: nothing more to tell
      }
    }
  }
}
