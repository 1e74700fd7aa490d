package org.fupinflow.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** HTTP Basic against Camunda's identity store: the same users Camunda Admin manages. */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final CamundaIdentity identity;

  CamundaIdentityAuthenticationProvider(CamundaIdentity identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    var password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
    return identity.authenticate(authentication.getName(), password)
        .map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()))
        .orElseThrow(() -> new BadCredentialsException(SecurityErrors.BAD_CREDENTIALS));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
