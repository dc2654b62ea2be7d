package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import no.fagsys.sosialsak.platform.TestUsers;
import no.fagsys.sosialsak.platform.security.Innloggingssperre;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The platform's surface: the engine's self-description on OPTIONS is closed, only health is exposed without
 * credentials and without details (liveness and readiness, readiness with the database), a lock-out after failed logins
 * is released after a quarter of an hour so the last administrator cannot be locked out for good, and a failed
 * database write does not carry its values into the exception (and so the log) on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftAngrepTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Innloggingssperre sperre;
  @Autowired DataSource dataSource;

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  private ResponseEntity<String> options(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return template.exchange(path, HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
  }

  @Test
  void motorensSelvbeskrivelsePaOptionsErStengtForAlle() {
    for (String user : new String[] {null, "kari", "demo"}) {
      for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition")) {
        ResponseEntity<String> response = options(user, path);
        assertThat(response.getStatusCode().is4xxClientError()).as(user + " " + path).isTrue();
        assertThat(response.getBody() == null ? 0 : response.getBody().length()).isLessThan(500);
      }
    }
  }

  @Test
  void tasklistFarSporreHvaBrukerenKanGjoreMenBareInnlogget() {
    // Tasklist asks OPTIONS /filter on every start (may this user create a filter?) and shows an error if refused.
    String sti = "/camunda/api/engine/engine/default/filter";
    assertThat(template.exchange(sti, HttpMethod.OPTIONS, HttpEntity.EMPTY, String.class).getStatusCode()
        .is2xxSuccessful()).as("anonymous").isFalse();
    no.fagsys.sosialsak.platform.Webapp kari = no.fagsys.sosialsak.platform.Webapp.open(template);
    assertThat(kari.login("tasklist", "kari", "kari").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> svar = kari.exchange(HttpMethod.OPTIONS, sti, null, null, true);
    assertThat(svar.getStatusCode()).as(String.valueOf(svar.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(svar.getBody()).contains("\"rel\":\"list\"").doesNotContain("\"rel\":\"create\"");
  }

  @Test
  void bareHelsaErApenOgUtenDetaljer() throws Exception {
    for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<String> response = template.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      JsonNode body = Angrep.JSON.readTree(response.getBody());
      assertThat(body.get("status").asText()).isEqualTo("UP");
      assertThat(body.has("components")).isFalse();
      assertThat(body.has("details")).isFalse();
    }
    for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
        "/actuator/loggers", "/actuator/metrics", "/actuator")) {
      assertThat(template.getForEntity(path, String.class).getStatusCode().is2xxSuccessful()).as(path).isFalse();
    }
  }

  @Test
  void enSperretBrukerLasesOppAvSegSelvEtterEtKvarterSaAdministratorIkkeKanStengesUteForGodt() {
    IdentityService identity = engine.getIdentityService();
    String user = "angrepsperret";
    TestUsers.ensure(identity, user);
    // Five failed logins, each after the engine's growing delay: then the user is locked.
    long t = System.currentTimeMillis();
    for (int i = 0; i < 5; i++) {
      t += 61_000;
      ClockUtil.setCurrentTime(new Date(t));
      assertThat(identity.checkPassword(user, "feil")).isFalse();
    }
    ClockUtil.setCurrentTime(new Date(t + 5 * 60_000));
    assertThat(identity.checkPassword(user, user)).as("sperret").isFalse();
    assertThat(sperre.frigi()).doesNotContain(user);
    assertThat(identity.checkPassword(user, user)).as("fortsatt sperret etter fem minutter").isFalse();
    ClockUtil.setCurrentTime(new Date(t + 17 * 60_000));
    assertThat(sperre.frigi()).contains(user);
    assertThat(identity.checkPassword(user, user)).as("frigitt").isTrue();
  }

  @Test
  void enFeiletSkrivingTarIkkeMedVerdieneIFeilmeldingenPaPostgresql() throws Exception {
    String url;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(url.startsWith("jdbc:postgresql"), "bare PostgreSQL");
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("CREATE TEMPORARY TABLE loggtest (id varchar(40) PRIMARY KEY)");
      try (var insert = connection.prepareStatement("INSERT INTO loggtest VALUES (?)")) {
        insert.setString(1, "Fnr-01010112345");
        insert.executeUpdate();
        assertThatThrownBy(insert::executeUpdate).satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("01010112345");
          }
        });
      } finally {
        statement.execute("DROP TABLE loggtest");
      }
    }
  }
}
