package org.fupinflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the Spring-authenticated official to the engine for the rest of the request: every engine call made
 * by {@code /engine-rest} or {@code /api} then runs with Camunda authorization and tenant checks for them.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final CamundaIdentity identity;

  EngineAuthenticationFilter(CamundaIdentity identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof FupinPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      identity.runAs(principal, () -> chain.doFilter(request, response));
    } catch (ServletException | IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }
}
