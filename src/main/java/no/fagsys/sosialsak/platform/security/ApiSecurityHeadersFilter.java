package no.fagsys.sosialsak.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Headers every API answer carries: nothing cached, nothing framed, nothing sniffed or scripted. */
class ApiSecurityHeadersFilter extends OncePerRequestFilter {

  private static final String CACHE_CONTROL = "Cache-Control";
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
    response.setHeader(CACHE_CONTROL, "no-store");
    if (properties.hstsEnabled()) {
      response.setHeader("Strict-Transport-Security", "max-age=" + properties.hstsMaxAge() + "; includeSubDomains");
    }
    chain.doFilter(request, new NoStoreResponse(response));
  }

  /** Keeps {@code Cache-Control: no-store}: the engine REST API would otherwise weaken it to {@code no-cache}. */
  private static final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
