package no.fagsys.sosialsak.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Headers every API answer carries: nothing cached, nothing framed, nothing sniffed or scripted. */
class ApiSecurityHeadersFilter extends OncePerRequestFilter {

  private final SecurityHeaderProperties properties;

  ApiSecurityHeadersFilter(SecurityHeaderProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    if (properties.hstsEnabled()) {
      response.setHeader("Strict-Transport-Security", "max-age=" + properties.hstsMaxAge() + "; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
