package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.klage.ForwardedComplaint;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.platform.Webapp;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The webapps' hardening over real HTTP: CSRF, cookie flags, security headers, login throttling, login and logout
 * logged, and no personal data, password or credentials in the logs (every log line of the test is captured).
 * The production flags (Secure cookies, HSTS) are in {@link ProdCookieAndHeaderTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappHardeningTest {

  static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  /** A throwaway user for failed logins: a demo user must never be locked by a test. */
  static final String USER = "herding" + RUN;
  static final String PASSWORD = "Riktig-" + RUN;
  static final String WRONG_PASSWORD = "Hemmelig-feil-" + RUN;

  @Autowired TestRestTemplate template;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired VedtakRegister vedtakRegister;

  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeAll
  void captureLogsAndCreateTheThrowawayUser() {
    logs.start();
    root.addAppender(logs);
    User user = identityService.newUser(USER);
    user.setFirstName("Test");
    user.setLastName("Herding");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  @AfterAll
  void stopCapturingAndDeleteTheThrowawayUser() {
    root.detachAppender(logs);
    ClockUtil.reset();
    identityService.deleteUser(USER);
  }

  /** Every captured line: the formatted message and any stack trace. */
  String capturedLogs() {
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : List.copyOf(logs.list)) {
      all.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
      if (event.getThrowableProxy() != null) {
        all.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
      }
    }
    return all.toString();
  }

  List<String> loginLines() {
    return List.copyOf(logs.list).stream().filter(e -> e.getLoggerName().equals(WebappLoginLogFilter.class.getName()))
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void aStateChangingWebappCallWithoutTheCsrfTokenIsRefusedAndWithItAccepted() {
    String accepted = "csrfmed" + RUN;
    String refused = "csrfuten" + RUN;
    String path = "/camunda/api/engine/engine/default/user/create";
    try {
      Webapp withToken = Webapp.open(template);
      assertThat(withToken.login("admin", "demo", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> with = withToken.exchange(HttpMethod.POST, path, newUser(accepted),
          MediaType.APPLICATION_JSON, true);
      assertThat(with.getStatusCode()).as(with.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(identityService.createUserQuery().userId(accepted).count()).isOne();

      Webapp withoutToken = Webapp.open(template);
      assertThat(withoutToken.login("admin", "demo", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> without = withoutToken.exchange(HttpMethod.POST, path, newUser(refused),
          MediaType.APPLICATION_JSON, false);
      assertThat(without.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(without.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
      assertThat(identityService.createUserQuery().userId(refused).count()).isZero();
    } finally {
      identityService.deleteUser(accepted);
      identityService.deleteUser(refused);
    }
    // Logging in and out change state too (logout with the token: loginsAndLogoutsAreLogged...).
    assertThat(Webapp.open(template).login("tasklist", "kari", "kari", false).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Webapp session = Webapp.open(template);
    assertThat(session.login("tasklist", "kari", "kari").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(session.logout(false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  static Map<String, Object> newUser(String id) {
    return Map.of("profile", Map.of("id", id, "firstName", "Csrf", "lastName", "Test"),
        "credentials", Map.of("password", "Et-langt-passord-" + RUN));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndStrictAndANewSessionStartsAtLogin() {
    Webapp webapp = Webapp.open(template);
    List<String> setCookies = webapp.page().getHeaders().get(HttpHeaders.SET_COOKIE);
    String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    String csrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    assertThat(csrf).contains("SameSite=Strict");

    ResponseEntity<String> login = webapp.login("tasklist", "kari", "kari");
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    String afterLogin = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    // No session fixation: the session id of the anonymous page is not the logged-in session's.
    assertThat(afterLogin.split(";")[0]).isNotEqualTo(session.split(";")[0]);
    assertThat(afterLogin).contains("HttpOnly").contains("SameSite=Strict");
  }

  @Test
  void webappPagesAndApisCarrySecurityHeaders() {
    HttpHeaders page = Webapp.open(template).page().getHeaders();
    assertThat(page.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("object-src 'none'")
        .contains("default-src 'self'");
    assertThat(page.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.getFirst("X-XSS-Protection")).isNotBlank();
    // Not in the demo profile (plain HTTP); ProdCookieAndHeaderTest proves it with the production flags.
    assertThat(page.getFirst("Strict-Transport-Security")).isNull();

    for (String path : List.of("/engine-rest/task?maxResults=1", "/api/v1/meg")) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth("kari", "kari");
      HttpHeaders api = template.exchange(path, HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers),
          String.class).getHeaders();
      assertThat(api.getFirst("Cache-Control")).as(path).isEqualTo("no-store");
      assertThat(api.getFirst("Content-Security-Policy")).as(path).isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(api.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(api.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(api.getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
    // The webapps' own API (what Tasklist and Cockpit call) is not stored by the browser either.
    Webapp webapp = Webapp.open(template);
    webapp.login("tasklist", "kari", "kari");
    ResponseEntity<String> tasks = webapp.exchange(HttpMethod.GET, "/camunda/api/engine/engine/default/task?maxResults=1",
        null, null, true);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void fiveWrongPasswordsLockTheUserUntilAnAdministratorUnlocksIt() {
    Date start = ClockUtil.getCurrentTime();
    try {
      for (int attempt = 1; attempt <= 5; attempt++) {
        // Past the engine's growing delay between attempts (at most loginDelayMaxTime = 60 s).
        ClockUtil.setCurrentTime(new Date(start.getTime() + attempt * 61_000L));
        assertThat(Webapp.open(template).login("tasklist", USER, WRONG_PASSWORD).getStatusCode())
            .as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
      }
      ClockUtil.setCurrentTime(new Date(start.getTime() + 3_600_000L));
      // Locked: the right password no longer logs in, neither in the webapps nor over the REST APIs.
      assertThat(Webapp.open(template).login("tasklist", USER, PASSWORD).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      HttpHeaders basic = new HttpHeaders();
      basic.setBasicAuth(USER, PASSWORD);
      assertThat(template.exchange("/api/v1/meg", HttpMethod.GET, new org.springframework.http.HttpEntity<>(basic),
          String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      ClockUtil.reset();
    }
    identityService.unlockUser(USER);
    // Unlocked, the user gets in (no app granted: 403 from the app check, not 401 from the password check).
    assertThat(Webapp.open(template).login("tasklist", USER, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(loginLines()).anySatisfy(line -> assertThat(line)
        .isEqualTo("Innlogging avvist: bruker=" + USER + ", app=tasklist, status=401"));
  }

  @Test
  void loginsAndLogoutsAreLoggedWithUserAppAndOutcomeButNeverThePassword() {
    Webapp webapp = Webapp.open(template);
    assertThat(webapp.login("cockpit", "rita", "rita").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(webapp.logout(true).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Webapp.open(template).login("tasklist", "rita", "rita").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A password typed into the user field is not logged: only existing user ids are.
    assertThat(Webapp.open(template).login("tasklist", WRONG_PASSWORD, "x").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(loginLines()).contains(
        "Innlogging vellykket: bruker=rita, app=cockpit",
        "Utlogging: bruker=rita, status=200",
        "Innlogging avvist: bruker=rita, app=tasklist, status=403",
        "Innlogging avvist: bruker=(ukjent), app=tasklist, status=401");
  }

  @Test
  void noPersonalDataPasswordOrCredentialsInTheLogs() {
    String sokerReferanse = "PSEUDO-" + RUN;
    String klagetekst = "Fritekst fra klageren " + RUN;
    String oversendelsesbrev = "Oversendelse med fritekst " + RUN;
    EngineRest rest = new EngineRest(template);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(SoknadProcess.Variables.TJENESTE.name(), Map.of("value", "OKONOMISK_STONAD"));
    variables.put(SoknadProcess.Variables.KOMMUNENUMMER.name(), Map.of("value", "5028"));
    variables.put(SoknadProcess.Variables.KANAL.name(), Map.of("value", "TELEFON"));
    variables.put(SoknadProcess.Variables.SOKNADSDATO.name(), Map.of("value", LocalDate.now().toString()));
    variables.put(SoknadProcess.Variables.NODSITUASJON.name(), Map.of("value", false));
    variables.put(SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN.name(), Map.of("value", 1));
    variables.put(SoknadProcess.Variables.SOKER_REFERANSE.name(), Map.of("value", sokerReferanse));
    ResponseEntity<String> soknad = rest.post("kari", "/process-definition/key/soknad/start",
        Map.of("variables", variables));
    assertThat(soknad.getStatusCode()).as(soknad.getBody()).isEqualTo(HttpStatus.OK);
    ForwardedComplaint.create(rest, vedtakRegister, taskService, klagetekst, oversendelsesbrev);
    // failed logins over every door, with a recognisable wrong password
    Webapp.open(template).login("tasklist", USER, WRONG_PASSWORD);
    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth(USER, WRONG_PASSWORD);
    template.exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new org.springframework.http.HttpEntity<>(basic),
        String.class);
    template.exchange("/api/v1/meg", HttpMethod.GET, new org.springframework.http.HttpEntity<>(basic), String.class);
    identityService.unlockUser(USER);

    String logged = capturedLogs();
    assertThat(logged).as("the test's logs were captured").contains("Innlogging");
    assertThat(logged).doesNotContain(sokerReferanse).doesNotContain(klagetekst)
        .doesNotContain(oversendelsesbrev).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD)
        .doesNotContainIgnoringCase("authorization:").doesNotContain("Basic ");
  }
}
