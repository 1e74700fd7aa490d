package org.fupinflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Every endpoint needs a login except the public notice board ({@code /public/**}) and the
 * bare health status; Camunda's webapps keep their own login, authorization and CSRF filters.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecurityErrors securityErrors(ObjectMapper json) {
    return new SecurityErrors(json);
  }

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentity identity) {
    var manager = new ProviderManager(new CamundaIdentityAuthenticationProvider(identity));
    manager.setEraseCredentialsAfterAuthentication(true);
    return manager;
  }

  /** Integrators: HTTP Basic, no session, every engine call as the caller with their groups and tenants. */
  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager manager, CamundaIdentity identity,
      SecurityErrors errors) throws Exception {
    // Credentials travel in every request's Authorization header, never in a cookie: no CSRF to guard against.
    return basicAuthenticated(http.securityMatcher(path("/engine-rest/**")), manager, errors)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .build();
  }

  /** Our own API: the browser login of the webapps, or HTTP Basic for integrators. */
  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, CamundaIdentity identity,
      SecurityErrors errors, CamundaBpmProperties camunda) throws Exception {
    // The session path checks the webapps' CSRF token itself (WebappSessionAuthenticationFilter).
    return basicAuthenticated(http.securityMatcher(path("/api/**")), manager, errors)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .addFilterBefore(new WebappSessionAuthenticationFilter(identity, errors, camunda.getProcessEngineName()),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .build();
  }

  /** Tasklist, Cockpit, Admin: Camunda's own login page, authorization per application and CSRF filter. */
  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers
            .cacheControl(cache -> cache.disable())
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }

  /** Everything else: the public board and health status for anyone, the rest for logged-in users. */
  @Bean
  @Order(4)
  SecurityFilterChain everythingElse(HttpSecurity http, AuthenticationManager manager, SecurityErrors errors)
      throws Exception {
    return basicAuthenticated(http, manager, errors)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(HttpMethod.GET, "/public/**"), path(HttpMethod.GET, "/actuator/health"),
                path(HttpMethod.GET, "/actuator/health/**")).permitAll()
            .requestMatchers(path("/error")).permitAll()
            .anyRequest().authenticated())
        .build();
  }

  /** HTTP Basic against Camunda's identity store, no session, JSON 401/403 in Chinese and English. */
  private static HttpSecurity basicAuthenticated(HttpSecurity http, AuthenticationManager manager, SecurityErrors errors)
      throws Exception {
    return http
        .authenticationManager(manager)
        .httpBasic(basic -> basic.authenticationEntryPoint(errors))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
        // A request riding on the webapps' session must keep its id: Spring's default session-fixation strategy would
        // change it on every such request and log out Cockpit's and Tasklist's requests still in flight.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
  }

  /**
   * Matches on the whole path: the engine REST API is a servlet of its own, which Spring MVC's default
   * matchers would not see.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  /**
   * The procedure's rules on every engine door (after the expression guard): starts, submissions, messages, and
   * the engine's generic operations for administrators only.
   */
  @Bean
  FilterRegistrationBean<EngineDoor> engineDoor(ObjectProvider<CamundaIdentity> identity, SecurityErrors errors,
      ObjectProvider<TaskService> taskService, ObjectProvider<RepositoryService> repositoryService,
      List<ProcessPolicy> policies, ObjectProvider<MessageRule> messageRules,
      ObjectProvider<org.camunda.bpm.engine.ExternalTaskService> externalTaskService, List<ExternalTaskRule> topics,
      CamundaBpmProperties camunda, ObjectMapper json) {
    var webappEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
    var registration = new FilterRegistrationBean<>(new EngineDoor(identity, errors, taskService, repositoryService,
        policies, messageRules, externalTaskService, topics, webappEngineApi, camunda.getProcessEngineName(), json));
    registration.addUrlPatterns("/engine-rest/*", webappEngineApi + "/*");
    registration.setOrder(1);
    return registration;
  }

  /** The engine REST API of integrators and the one inside the webapps (Tasklist's task queries). */
  @Bean
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ObjectMapper json, SecurityErrors errors,
      CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<>(new QueryExpressionGuard(json, errors));
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setOrder(0);
    return registration;
  }
}
