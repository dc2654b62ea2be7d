package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on Følge opp's changes and stops (docs/lovtolkninger.md L12, L19, L20) over HTTP as the demo users: a report
 * on another municipality's case or by a role without write access, a report on a case that is not in follow-up
 * (problem details, nothing happens), repeated reports, and completions of the follow-up tasks that carry variables
 * their forms do not declare or that only the product sets (the proposal a decision is drafted from, the guard
 * against a second stop task, the decision it replaces). Every refusal leaves the task where it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndringAngrepTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired VedtakRegister register;

  Angrep angrep;
  /** Temporary housing in Melhus, granted by kari and kjell over REST, in follow-up. */
  String botilbud;

  @BeforeAll
  void etBotilbudIOppfolging() throws Exception {
    angrep = new Angrep(template, engine);
    botilbud = nySoknadIOppfolging();
    assertThat(oppgave(botilbud, SoknadProcess.Elements.FOLG_OPP_BOTILBUD)).isNotNull();
  }

  // --- helpers ------------------------------------------------------------------------------------------------------

  ResponseEntity<String> api(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user);
    return template.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> meldEndring(String user, String saksnummer) {
    return api(user, HttpMethod.POST, "/api/v1/saker/" + saksnummer + "/endringer", null);
  }

  String nySoknad(String tjeneste) throws Exception {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tjeneste", tjeneste);
    s.put("kommunenummer", "5028");
    s.put("kanal", "OPPMOTE");
    s.put("soknadsdato", LocalDate.now().toString());
    s.put("nodsituasjon", false);
    s.put("antallBarnIHusstanden", 0);
    s.put("sokerReferanse", "SOKER-ENDRING-" + ThreadLocalRandom.current().nextInt(1_000_000));
    ResponseEntity<String> created = api("kari", HttpMethod.POST, "/api/v1/soknader", Angrep.JSON.writeValueAsString(s));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return Angrep.JSON.readTree(created.getBody()).get("saksnummer").asText();
  }

  Task oppgave(String saksnummer, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(saksnummer)
        .taskDefinitionKey(element).singleResult();
  }

  long antall(String saksnummer, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(saksnummer)
        .taskDefinitionKey(element).count();
  }

  static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, v) -> typed.put(name, Map.of("value", v)));
    return typed;
  }

  void fullfor(String user, String saksnummer, String element, Map<String, Object> variables) {
    Task task = oppgave(saksnummer, element);
    assertThat(task).as(element + " i " + saksnummer).isNotNull();
    ResponseEntity<String> response = angrep.complete(user, task.getId(), typed(variables));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A completion the write guard refuses, naming the variables; the task is still there afterwards. */
  void avvist(String user, Task task, Map<String, Object> variables, String... navn) throws Exception {
    ResponseEntity<String> response = angrep.complete(user, task.getId(), typed(variables));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(response)).containsExactlyInAnyOrder(navn);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  static JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return Angrep.JSON.readTree(response.getBody());
  }

  // --- the report ---------------------------------------------------------------------------------------------------

  @Test
  void enAnnenKommuneOgEnRolleUtenSkrivetilgangKanIkkeMeldeStans() throws Exception {
    problem(meldEndring("mona", botilbud), HttpStatus.NOT_FOUND);
    problem(meldEndring("rita", botilbud), HttpStatus.FORBIDDEN);
    problem(meldEndring("sara", botilbud), HttpStatus.NOT_FOUND); // Statsforvalteren: no complaint forwarded
    assertThat(antall(botilbud, SoknadProcess.Elements.VURDER_STANS_AV_BOTILBUD)).isZero();
  }

  @Test
  void enSakSomIkkeFolgesOppGir409MedProblemdetaljerOgIngentingSkjer() throws Exception {
    String sn = nySoknad("MIDLERTIDIG_BOTILBUD");
    JsonNode problem = problem(meldEndring("kari", sn), HttpStatus.CONFLICT);
    assertThat(problem.get("detail").asText())
        .isEqualTo("Saken " + sn + " følger ikke opp innvilget økonomisk stønad eller midlertidig botilbud nå.");
    assertThat(oppgave(sn, SoknadProcess.Elements.KARTLEGG_HASTESAK)).isNotNull();
    assertThat(antall(sn, SoknadProcess.Elements.VURDER_STANS_AV_BOTILBUD)).isZero();
  }

  @Test
  void enMeldtStansGirEnOppgaveOgEnNyMeldingIkkeEnOppgaveTil() throws Exception {
    String sn = nySoknadIOppfolging();
    ResponseEntity<String> svar = meldEndring("kari", sn);
    assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(meldEndring("kari", sn).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(antall(sn, SoknadProcess.Elements.VURDER_STANS_AV_BOTILBUD)).isOne();
    assertThat(oppgave(sn, SoknadProcess.Elements.FOLG_OPP_BOTILBUD)).as("oppholdet fortsetter").isNotNull();

    // What the stop task accepts is its form's fields: not the proposal, not the guard, not the decision replaced.
    Task stans = oppgave(sn, SoknadProcess.Elements.VURDER_STANS_AV_BOTILBUD);
    Map<String, Object> svarPaSkjema = new LinkedHashMap<>();
    svarPaSkjema.put("botilbudStans", "STANS");
    svarPaSkjema.put("botilbudStansFraDato", LocalDate.now().plusDays(7).toString());
    svarPaSkjema.put("botilbudStansBegrunnelse", "Gjentatte brudd på husreglene.");
    Map<String, Object> forslag = new LinkedHashMap<>(svarPaSkjema);
    forslag.put("botilbudStansForslag", "Botilbudet stanses i går.");
    avvist("kari", stans, forslag, "botilbudStansForslag");
    Map<String, Object> vakt = new LinkedHashMap<>(svarPaSkjema);
    vakt.put("botilbudStansTilVurdering", false);
    avvist("kari", stans, vakt, "botilbudStansTilVurdering");
    Map<String, Object> erstatter = new LinkedHashMap<>(svarPaSkjema);
    erstatter.put("erstatterVedtakId", "et-annet-vedtak");
    erstatter.put("vedtakUtfall", "INNVILGET");
    avvist("kari", stans, erstatter, "erstatterVedtakId", "vedtakUtfall");
    assertThat(register.finnForSak(sn)).as("bare innvilgelsen").hasSize(1);

    // Nor does the follow-up task accept what its form does not declare.
    Map<String, Object> slutt = new LinkedHashMap<>();
    slutt.put("botilbudBeskrivelse", "Hybel.");
    slutt.put("botilbudAvslutning", "FLYTTET_SELV");
    slutt.put("botilbudAvsluttetDato", LocalDate.now().toString());
    slutt.put("saksstatus", "AVSLATT");
    avvist("kari", oppgave(sn, SoknadProcess.Elements.FOLG_OPP_BOTILBUD), slutt, "saksstatus");
  }

  @Test
  void endringAvStonadTarBareImotSkjemaetsFelt() throws Exception {
    // The change task of economic support, as the case reaches it in follow-up (the write guard does not depend on
    // how the case got there): the proposal and the legal basis are the product's, never the caseworker's.
    String sn = "2026-5028-" + (700000 + ThreadLocalRandom.current().nextInt(99999));
    engine.getRuntimeService().createProcessInstanceByKey(SoknadProcess.KEY).businessKey(sn)
        .setVariables(Map.of("kommunenummer", "5028", "tjeneste", "OKONOMISK_STONAD", "stillerVilkar", false,
            "sokerReferanse", "SOKER-ENDRING-1"))
        .startBeforeActivity(SoknadProcess.Elements.VURDER_ENDRING_AV_STONAD).execute();
    Task endring = oppgave(sn, SoknadProcess.Elements.VURDER_ENDRING_AV_STONAD);
    Map<String, Object> svar = new LinkedHashMap<>();
    svar.put("stonadEndring", "ENDRING");
    svar.put("nyttBelopPerManed", 9000);
    svar.put("stonadEndringFraDato", LocalDate.now().toString());
    svar.put("stonadEndringBegrunnelse", "Ny husleie.");
    Map<String, Object> beskyttet = new LinkedHashMap<>(svar);
    beskyttet.put("stonadEndringForslag", "Stønaden økes til 90 000 kr.");
    beskyttet.put("stonadEndringHjemmel", "ingen");
    avvist("kari", endring, beskyttet, "stonadEndringForslag", "stonadEndringHjemmel");
    Map<String, Object> udeklarert = new LinkedHashMap<>(svar);
    udeklarert.put("stonadBelopPerManed", 90000);
    avvist("kari", endring, udeklarert, "stonadBelopPerManed");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(sn).count()).isOne();
  }

  /** Another housing case in follow-up, for the tests that change it. */
  String nySoknadIOppfolging() throws Exception {
    String sn = nySoknad("MIDLERTIDIG_BOTILBUD");
    Map<String, Object> kartlagt = new LinkedHashMap<>(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
    kartlagt.put("harStedASoveOgOppholdeSegNesteDogn", false);
    kartlagt.put("klarerAFinneMidlertidigBotilbudSelv", false);
    fullfor("kari", sn, SoknadProcess.Elements.KARTLEGG_HASTESAK, kartlagt);
    fullfor("kari", sn, SoknadProcess.Elements.VURDER_RETT, Map.of("folgerTabellresultat", true,
        "relevanteOpplysninger", "Sov ute i natt.", "botilbudStartdato", LocalDate.now().toString(),
        "rettTilStonadTilBotilbudet", false, "sokerErUngdom", false, "overforingFraFengselEllerInstitusjon", false));
    fullfor("kari", sn, "Task_UtformVedtak", Map.of("relevanteOpplysninger", "Sov ute i natt.",
        "vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING));
    fullfor("kjell", sn, "Task_GodkjennVedtak", Map.of("godkjent", true));
    no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(engine);
    return sn;
  }
}
