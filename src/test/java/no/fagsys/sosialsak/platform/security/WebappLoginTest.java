package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.fagsys.sosialsak.platform.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Logging into the webapps as a browser does: session and CSRF cookies first, then the login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebappLoginTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  record Session(String cookies, String csrfToken, List<String> setCookies, HttpHeaders headers) {}

  private Session openTasklist() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> setCookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String cookies = String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    return new Session(cookies, page.getHeaders().getFirst("X-XSRF-TOKEN"), setCookies, page.getHeaders());
  }

  private ResponseEntity<String> login(Session session, String app, String user, String password, boolean withToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session.cookies());
    if (withToken) {
      headers.add("X-XSRF-TOKEN", session.csrfToken());
    }
    return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
  }

  @Test
  void kariLogsIntoTasklist() {
    ResponseEntity<String> response = login(openTasklist(), "tasklist", "kari", "kari", true);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"userId\":\"kari\"").contains("tasklist").doesNotContain("cockpit");
  }

  @Test
  void theAuditorGetsCockpitNotTasklist() {
    ResponseEntity<String> response = login(openTasklist(), "cockpit", "rita", "rita", true);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("cockpit").doesNotContain("tasklist").doesNotContain("\"admin\"");
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() {
    assertThat(login(openTasklist(), "tasklist", "kari", "kari", false).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    TestUsers.ensure(identityService, "webappfeilpassord");
    assertThat(login(openTasklist(), "tasklist", "webappfeilpassord", "feil", true).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void webappPagesCarrySecurityHeadersAndStrictCookies() {
    Session session = openTasklist();
    assertThat(session.headers().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(session.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String sessionCookie = session.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Strict");
    String csrfCookie = session.setCookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    assertThat(csrfCookie).contains("SameSite=Strict");
  }
}
