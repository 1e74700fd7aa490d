package org.fupinflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the browser: whoever is logged into Tasklist, Cockpit or Admin is logged into {@code /api}
 * too, so a link in a Tasklist form to an {@code /api} download just works.
 *
 * <p>Reads the Camunda webapps' session authentication (groups and tenants are reloaded, so a change in
 * Admin applies at once). A modifying request that rides on the session must carry the webapps' CSRF token
 * in {@code X-XSRF-TOKEN}; integrators using HTTP Basic send no cookie and need none.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  // Attribute names of camunda-webapp 7.24 (AuthenticationUtil, CsrfConstants): kept here, in one adapter.
  static final String CAMUNDA_AUTH_SESSION_ATTRIBUTE = "authenticatedUser";
  static final String CAMUNDA_CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final CamundaIdentity identity;
  private final SecurityErrors errors;
  private final String engineName;

  WebappSessionAuthenticationFilter(CamundaIdentity identity, SecurityErrors errors, String engineName) {
    this.identity = identity;
    this.errors = errors;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? sessionUser(request, engineName)
        : Optional.<String>empty();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !carriesCsrfTokenIfSession(request)) {
      errors.write(response, HttpServletResponse.SC_FORBIDDEN, "CsrfException", SecurityErrors.CSRF_REJECTED);
      return;
    }
    var principal = identity.principalOf(user.get());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The user logged into the webapps with this request's session, if any. */
  static Optional<String> sessionUser(HttpServletRequest request, String engineName) {
    var session = request.getSession(false);
    if (session != null && session.getAttribute(CAMUNDA_AUTH_SESSION_ATTRIBUTE) instanceof Authentications authentications
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return Optional.of(user.getIdentityId());
    }
    return Optional.empty();
  }

  /**
   * For a modifying request that rides on the webapps' session (no Authorization header): whether it carries the
   * session's CSRF token. Requests with HTTP Basic carry no cookie and need none.
   */
  static boolean carriesCsrfTokenIfSession(HttpServletRequest request) {
    var session = request.getSession(false);
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || session == null
        || session.getAttribute(CAMUNDA_AUTH_SESSION_ATTRIBUTE) == null) {
      return true;
    }
    return sameToken(session.getAttribute(CAMUNDA_CSRF_SESSION_ATTRIBUTE), request.getHeader(CSRF_HEADER));
  }

  private static boolean sameToken(Object expected, String actual) {
    return expected instanceof String token && actual != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
