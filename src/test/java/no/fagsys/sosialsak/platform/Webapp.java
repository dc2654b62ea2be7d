package no.fagsys.sosialsak.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser session against the Camunda webapps over HTTP: opening a page gives the session and CSRF cookies and the
 * CSRF token; the session keeps its cookies (including the new session id after login) for the next calls.
 */
public final class Webapp {

  public static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";
  public static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;
  private ResponseEntity<String> page;

  private Webapp(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Opens Tasklist's start page as a browser does. */
  public static Webapp open(TestRestTemplate rest) {
    Webapp webapp = new Webapp(rest);
    webapp.page = webapp.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null, false);
    return webapp;
  }

  /** The answer of the page that opened the session. */
  public ResponseEntity<String> page() {
    return page;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public ResponseEntity<String> login(String app, String user, String password) {
    return login(app, user, password, true);
  }

  /**
   * Logs in; once logged in, fetches the logged-in user as the webapp does next, which gives the new session's CSRF
   * token (the login starts a new session).
   */
  public ResponseEntity<String> login(String app, String user, String password, boolean withCsrfToken) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    ResponseEntity<String> response =
        exchange(HttpMethod.POST, LOGIN + app, form, MediaType.APPLICATION_FORM_URLENCODED, withCsrfToken);
    if (response.getStatusCode().is2xxSuccessful()) {
      exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null, false);
    }
    return response;
  }

  public ResponseEntity<String> logout(boolean withCsrfToken) {
    return exchange(HttpMethod.POST, LOGOUT, "", MediaType.APPLICATION_FORM_URLENCODED, withCsrfToken);
  }

  /** A call in the session; JSON bodies for the webapps' engine API ({@code /camunda/api/engine/engine/default}). */
  public ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType contentType,
      boolean withCsrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML));
    if (contentType != null) {
      headers.setContentType(contentType);
    }
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ",
          cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    if (withCsrfToken && csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    List<String> setCookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (setCookies != null) {
      for (String setCookie : setCookies) {
        String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
        cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        if ("XSRF-TOKEN".equals(nameValue[0]) && nameValue.length > 1) {
          csrfToken = nameValue[1];
        }
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      csrfToken = token;
    }
    return response;
  }
}
