package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.fagsys.sosialsak.platform.Webapp;
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

/** A refusal in the browser is a Norwegian page that says what the user can do instead, never Spring's Whitelabel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeilsiderTest {

  @Autowired TestRestTemplate template;

  @Test
  void prosesseierensTasklistErEnNorskSideOmTilgang() {
    Webapp cockpit = Webapp.open(template);
    assertThat(cockpit.login("cockpit", "per", "per").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> tasklist = cockpit.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null,
        false);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasklist.getBody()).doesNotContain("Whitelabel")
        .contains("lang=\"nb\"", "Du har ikke tilgang til denne siden", "revisor og prosesseier i Cockpit",
            "Gå til startsiden");
    ResponseEntity<String> login = Webapp.open(template).login("tasklist", "per", "per");
    assertThat(login.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    assertThat(login.getBody()).doesNotContain("Whitelabel");
  }

  @Test
  void domeneApietSvarerFortsattMedProblemdetaljer() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("kari", "kari");
    headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON));
    ResponseEntity<String> svar = template.exchange("/api/v1/saker/2026-5028-999999", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(svar.getBody()).doesNotContain("<html");
  }
}
