package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.platform.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestSecurityTest {

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(template);
  }

  @Test
  void onlyTheEngineListIsOpenWithoutCredentials() {
    assertThat(rest.get(null, "/engine").getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String path : new String[] {"/task?maxResults=1", "/process-definition?maxResults=1", "/user?maxResults=1",
        "/history/process-instance?maxResults=1", "/deployment?maxResults=1", "/engine/default/task?maxResults=1"}) {
      assertThat(rest.get(null, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    // A user of its own: a failed login delays the user's next attempts (login throttling).
    TestUsers.ensure(identityService, "restfeilpassord");
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth("restfeilpassord", "feil-passord");
    ResponseEntity<String> response = template.exchange("/engine-rest/task?maxResults=1",
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "kari", "kjell", "mona", "marius", "trond", "sara", "rita", "per"})
  void everyDemoUserAuthenticates(String user) {
    assertThat(rest.get(user, "/task?maxResults=1").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnboundedQueryIsRefused() {
    ResponseEntity<String> response = rest.get("kari", "/task");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("unbound number of results");
  }

  @Test
  void apiAnswersCarrySecurityHeaders() {
    ResponseEntity<String> response = rest.get("kari", "/task?maxResults=1");
    assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
  }
}
