package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_CODE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.fupinflow.household.HouseholdIdentificationProcess.Forms;
import org.fupinflow.security.CamundaIdentity;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * 返贫致贫风险上报 as Tasklist shows it to the official who opens it: 区县 and 乡镇 are selects of the official's own
 * district and townships, from the identity store (their tenants; their township groups, or for a district office
 * every township group of its district), preselected when there is only one. Nothing to type, no fixed list in the
 * form.
 *
 * <p>Why here: form-js takes options from input data ({@code valuesKey}), but Tasklist 7.24 loads input data
 * ({@code …/form-variables}) for task forms only, never for a start form, so the start form gets its options filled
 * in as Tasklist fetches it ({@code GET /camunda/api/engine/engine/default/process-definition/{id}/deployed-start-form}).
 * Only that form's two selects change; every other answer passes untouched. The options are a convenience: the
 * start listener still checks that the township exists in the district and is the officer's own
 * ({@code TownshipDirectory}), whoever sends the report.
 */
@Configuration
class ReportFormOfTheOfficial {

  /**
   * Filters are made while the web server starts, before the application's other beans: the engine's beans are
   * looked up on the first request (as SecurityConfiguration's filters do), or the engine would start before Flyway.
   */
  @Bean
  FilterRegistrationBean<OptionsFilter> reportFormOptions(ObjectProvider<CamundaIdentity> identity,
      ObjectProvider<Districts> districts, CamundaBpmProperties camunda, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new OptionsFilter(identity, districts,
        camunda.getProcessEngineName(), json));
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    return registration;
  }

  record Option(String label, String value) {
  }

  /** The districts and townships an official reports for, labelled in Chinese. */
  record Choices(List<Option> districts, List<Option> townships) {

    static Choices of(FupinPrincipal official, Districts districts) {
      var districtOptions = new ArrayList<Option>();
      var townshipOptions = new ArrayList<Option>();
      var several = official.tenantIds().size() > 1;
      for (var district : official.tenantIds()) {
        var districtName = districts.name(district).orElse(district);
        districtOptions.add(new Option(districtName, district));
        var names = districts.townshipNames(district);
        var mine = official.isMemberOf(Roles.TOWNSHIP_OFFICERS) ? ownTownships(official, district, names) : names;
        mine.forEach((code, name) -> townshipOptions.add(new Option(several ? name + "（" + districtName + "）" : name, code)));
      }
      return new Choices(List.copyOf(districtOptions), List.copyOf(townshipOptions));
    }

    /** A township officer's townships in a district: the township groups they are a member of. */
    private static Map<String, String> ownTownships(FupinPrincipal official, String district, Map<String, String> names) {
      var own = new LinkedHashMap<String, String>();
      names.forEach((code, name) -> {
        if (official.groupIds().contains(Townships.groupId(district, code))) {
          own.put(code, name);
        }
      });
      return own;
    }
  }

  static final class OptionsFilter extends OncePerRequestFilter {

    private final ObjectProvider<CamundaIdentity> identity;
    private final ObjectProvider<Districts> districts;
    private final String engineName;
    private final ObjectMapper json;

    OptionsFilter(ObjectProvider<CamundaIdentity> identity, ObjectProvider<Districts> districts, String engineName,
        ObjectMapper json) {
      this.identity = identity;
      this.districts = districts;
      this.engineName = engineName;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/deployed-start-form");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var official = sessionUser(request);
      if (official.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      var buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      var form = buffered.getStatus() == HttpServletResponse.SC_OK ? reportForm(buffered.getContentAsByteArray()) : null;
      if (form == null) {
        buffered.copyBodyToResponse();
        return;
      }
      fill(form, Choices.of(identity.getObject().principalOf(official.get()), districts.getObject()));
      var body = json.writeValueAsBytes(form);
      buffered.resetBuffer();
      // The answer is this official's: no cache may give it to another.
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }

    private Optional<String> sessionUser(HttpServletRequest request) {
      var session = request.getSession(false);
      if (session == null) {
        return Optional.empty();
      }
      var authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
        return Optional.of(user.getIdentityId());
      }
      return Optional.empty();
    }

    private ObjectNode reportForm(byte[] body) {
      try {
        var form = json.readTree(body);
        return form instanceof ObjectNode object && Forms.REPORT_HOUSEHOLD_RISK.equals(form.path("id").asText())
            ? object : null;
      } catch (IOException notJson) {
        return null;
      }
    }

    private void fill(ObjectNode form, Choices choices) {
      for (JsonNode component : form.path("components")) {
        var key = component.path("key").asText();
        if (DISTRICT_CODE.equals(key)) {
          offer((ObjectNode) component, choices.districts());
        } else if (TOWNSHIP_CODE.equals(key)) {
          offer((ObjectNode) component, choices.townships());
        }
      }
    }

    private void offer(ObjectNode select, List<Option> options) {
      ArrayNode values = select.putArray("values");
      options.forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
      if (options.size() == 1) {
        select.put("defaultValue", options.get(0).value());
      }
    }
  }
}
