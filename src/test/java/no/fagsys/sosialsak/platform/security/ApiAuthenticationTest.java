package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.fagsys.sosialsak.platform.TestUsers;
import org.camunda.bpm.engine.IdentityService;
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

/** HTTP Basic for the domain API ({@code /api/*}) against the engine's identity service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAuthenticationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired IdentityService identityService;

  private ResponseEntity<String> get(String path, String authorization) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    if (authorization != null) {
      headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
    return template.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void assertUnauthorized(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"sosialsak\"");
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("title").asText()).isEqualTo("Ikke innlogget");
    assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at no.");
  }

  @Test
  void anonymousIsRefusedWithAProblemAndABasicChallenge() throws Exception {
    assertUnauthorized(get("/api/v1/meg", null));
    assertUnauthorized(get("/api/v1/kapasitetskartlegginger", null));
    assertUnauthorized(get("/api/v1/finnes-ikke", null));
    assertUnauthorized(get("/api/v1/meg", "Bearer abc"));
    assertUnauthorized(get("/api/v1/meg", "Basic %%%"));
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    // A user of its own: a failed login delays the user's next attempts (the engine's login throttling).
    TestUsers.ensure(identityService, "apifeilpassord");
    assertUnauthorized(get("/api/v1/meg", basic("apifeilpassord", "feil-passord")));
    assertUnauthorized(get("/api/v1/meg", basic("finnesikke", "finnesikke")));
  }

  @Test
  void aUserWithTheRightPasswordIsTheCurrentUserWithGroupsAndMunicipalities() throws Exception {
    ResponseEntity<String> response = get("/api/v1/meg", basic("kari", "kari"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode meg = JSON.readTree(response.getBody());
    assertThat(meg.get("brukerId").asText()).isEqualTo("kari");
    assertThat(meg.get("grupper").toString()).isEqualTo("[\"saksbehandler\"]");
    assertThat(meg.get("kommuner").toString()).isEqualTo("[\"5028\"]");
    assertThat(response.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    // the authentication is for the request only
    assertThat(identityService.getCurrentAuthentication()).isNull();
  }

  @Test
  void anUnknownPathIsAProblemInNorwegian() throws Exception {
    ResponseEntity<String> response = get("/api/v1/finnes-ikke", basic("kari", "kari"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(JSON.readTree(response.getBody()).get("title").asText()).isEqualTo("Finnes ikke");
  }
}
