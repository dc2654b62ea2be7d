package no.fagsys.sosialsak.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Logs every login to and logout from the Camunda webapps (Tasklist, Cockpit, Admin): who (the user id, only when
 * such a user exists, so that a password typed into the user field is never logged), which app, and the outcome
 * (the answer's status: 200 logged in, 401 wrong password or locked, 403 no access to the app or no CSRF token).
 * Never the password or any other part of the request.
 */
class WebappLoginLogFilter extends OncePerRequestFilter {

  static final Logger LOG = LoggerFactory.getLogger(WebappLoginLogFilter.class);

  private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/([a-z]+)/?");
  private static final Pattern LOGOUT = Pattern.compile(".*/api/admin/auth/user/[^/]+/logout/?");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final ObjectProvider<IdentityService> identityService;

  WebappLoginLogFilter(ObjectProvider<IdentityService> identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Matcher login = LOGIN.matcher(path);
    if (login.matches()) {
      ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, 4096);
      chain.doFilter(cached, response);
      String user = knownUser(username(new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8)));
      int status = response.getStatus();
      if (status == HttpServletResponse.SC_OK) {
        LOG.info("Innlogging vellykket: bruker={}, app={}", user, login.group(1));
      } else {
        LOG.warn("Innlogging avvist: bruker={}, app={}, status={}", user, login.group(1), status);
      }
      return;
    }
    if (LOGOUT.matcher(path).matches()) {
      String user = webappUser(request.getSession(false));
      chain.doFilter(request, response);
      LOG.info("Utlogging: bruker={}, status={}", user, response.getStatus());
      return;
    }
    chain.doFilter(request, response);
  }

  /** The {@code username} of the login form, or null. */
  static String username(String form) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && "username".equals(pair.substring(0, eq))) {
        try {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The user id when it names an existing user; otherwise a placeholder (what was typed is not logged). */
  private String knownUser(String typed) {
    if (typed == null || !USER_ID.matcher(typed).matches()) {
      return "(ukjent)";
    }
    IdentityService identity = identityService.getIfAvailable();
    boolean exists = identity != null && identity.createUserQuery().userId(typed).count() > 0;
    return exists ? typed : "(ukjent)";
  }

  private static String webappUser(HttpSession session) {
    if (session == null) {
      return "(ingen)";
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null || authentications.getAuthentications().isEmpty()) {
      return "(ingen)";
    }
    return authentications.getAuthentications().stream().map(UserAuthentication::getIdentityId)
        .reduce((a, b) -> a + "," + b).orElse("(ingen)");
  }
}
