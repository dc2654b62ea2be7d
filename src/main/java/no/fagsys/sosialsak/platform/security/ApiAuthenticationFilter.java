package no.fagsys.sosialsak.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for the domain API ({@code /api/*}): HTTP Basic, checked against the engine's identity service
 * ({@link IdentityService#checkPassword}, which also applies the engine's login throttling and lock-out). For the
 * request the user's groups and municipalities (tenants, also through groups) are the engine's current
 * authentication ({@link CurrentUser}), so the engine's authorization and tenant checks apply to what the API does;
 * it is cleared afterwards. Anything else is answered {@code 401} with an RFC 9457 problem and
 * {@code WWW-Authenticate: Basic realm="sosialsak"}.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String REALM = "sosialsak";
  private static final String BASIC = "basic ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<IdentityService> identityService;

  ApiAuthenticationFilter(ObjectProvider<IdentityService> identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identity = identityService.getObject();
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      unauthorized(request, response, credentials == null
          ? "Innlogging kreves: bruk brukernavn og passord (HTTP Basic)."
          : "Feil brukernavn eller passord, eller brukeren er midlertidig sperret.");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** User id and password of an HTTP Basic header, or null when there is none or it is malformed. */
  static String[] basicCredentials(String header) {
    if (header == null || header.length() <= BASIC.length() || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Ikke innlogget");
    problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
