package no.fagsys.sosialsak.angrep;

import static no.fagsys.sosialsak.angrep.Angrep.s;
import static no.fagsys.sosialsak.angrep.Angrep.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.platform.Webapp;
import no.fagsys.sosialsak.sak.Tidslinje;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on a case's identity (issue items 1 and 2): a caseworker of Malvik (mona, 5031) writes a decision onto a
 * Melhus case, or anyone completes a task with the identity of another case. Each is refused, on the engine REST API
 * and the webapps' engine API alike, and the attacked case's record (decisions, letters, timeline) is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentitetAngrepTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired VedtakRegister register;
  @Autowired BrevArkiv brevArkiv;
  @Autowired Tidslinje tidslinje;

  Angrep angrep;
  JsonNode melhus;
  String saksnummer;

  @BeforeAll
  void enSoknadIMelhus() throws Exception {
    angrep = new Angrep(template, engine);
    melhus = angrep.soknadForMelhus();
    saksnummer = melhus.get("businessKey").asText();
  }

  private Map<String, Object> vedtakStart(String saksnummer, String kommunenummer) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("saksnummer", s(saksnummer));
    variables.put("kommunenummer", s(kommunenummer));
    variables.put("tjeneste", s("INDIVIDUELL_PLAN"));
    variables.put("vedtakForslagUtfall", s("INNVILGET"));
    return variables;
  }

  private void sakensRekordErUrort() {
    assertThat(register.finnForSak(saksnummer)).isEmpty();
    assertThat(brevArkiv.forSak(saksnummer)).isEmpty();
    assertThat(tidslinje.hendelser(saksnummer)).noneMatch(h -> h.toString().contains("vedtakFattet"));
  }

  @Test
  void monaKanIkkeStarteVedtakPaMelhusSinSakMedVerkenMelhusEllerMalvikSomKommune() {
    for (String kommune : List.of("5028", "5031")) {
      for (String path : List.of("/process-definition/key/vedtak/start", "/process-definition/key/vedtak/submit-form")) {
        ResponseEntity<String> response = angrep.rest.post("mona", path,
            Map.of("businessKey", saksnummer, "variables", vedtakStart(saksnummer, kommune)));
        assertThat(response.getStatusCode().is4xxClientError()).as(path + " " + response.getBody()).isTrue();
      }
    }
    // Even with only what a start form could hold, and even the municipality's own leader: never started by a user.
    ResponseEntity<String> marius = angrep.rest.post("marius", "/process-definition/key/vedtak/start",
        Map.of("businessKey", saksnummer));
    assertThat(marius.getStatusCode()).as(marius.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> kari = angrep.rest.post("kari", "/process-definition/key/vedtak/start", Map.of());
    assertThat(kari.getStatusCode()).as(kari.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VedtakProcess.KEY)
        .processInstanceBusinessKey(saksnummer).count()).isZero();
    sakensRekordErUrort();
  }

  @Test
  void internProsessStartesHellerIkkeGjennomWebappeneOgVisesIkkeITasklist() throws Exception {
    Webapp tasklist = angrep.webapp("tasklist", "kari");
    ResponseEntity<String> response = Angrep.webappPost(tasklist, "/process-definition/key/vedtak/submit-form",
        Map.of("businessKey", saksnummer, "variables", Map.of()));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode startable = Angrep.JSON.readTree(Angrep.webappGet(tasklist,
        "/process-definition?latestVersion=true&startableInTasklist=true&maxResults=50").getBody());
    assertThat(startable.findValuesAsText("key")).doesNotContain("vedtak", "kapasitetskartleggingKommune");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().startableInTasklist().latestVersion()
        .list()).extracting(d -> d.getKey()).contains("soknad").doesNotContain("vedtak", "kapasitetskartleggingKommune");
    ResponseEntity<String> survey = angrep.rest.post("kari",
        "/process-definition/key/kapasitetskartleggingKommune/start", Map.of("businessKey", "2026-Q1"));
    assertThat(survey.getStatusCode().is4xxClientError()).as(survey.getBody()).isTrue();
    sakensRekordErUrort();
  }

  @Test
  void enOppgaveKanIkkeFullforesMedEnAnnenSaksIdentitet() throws Exception {
    String kartlegg = angrep.task(melhus.get("id").asText(), "Task_KartleggSoknad").getId();
    for (Map<String, Object> injisert : List.of(
        Map.<String, Object>of("saksnummer", s("2026-5031-000001")),
        Map.<String, Object>of("kommunenummer", s("5031")),
        Map.<String, Object>of("vedtakId", s("forfalsket")),
        Map.<String, Object>of("utformetAv", s("mona"), "godkjentAv", s("marius")),
        Map.<String, Object>of("tabellRett", s("RETT")),
        Map.<String, Object>of("klagefrist", s("2099-01-01")),
        // Who applied and when: redirecting the case's letters to another person, or moving its deadlines.
        Map.<String, Object>of("sokerReferanse", s("SOKER-0002")),
        Map.<String, Object>of("soknadsdato", s("2020-01-01")))) {
      for (String endpoint : List.of("/complete", "/submit-form", "/resolve")) {
        ResponseEntity<String> response = angrep.rest.post("kari", "/task/" + kartlegg + endpoint,
            Map.of("variables", injisert));
        assertThat(response.getStatusCode()).as(endpoint + " " + response.getBody())
            .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Angrep.variabler(response)).containsAnyElementsOf(injisert.keySet());
      }
    }
    assertThat(engine.getRuntimeService().getVariable(melhus.get("id").asText(), "saksnummer")).isEqualTo(saksnummer);
    assertThat(engine.getRuntimeService().getVariable(melhus.get("id").asText(), "kommunenummer")).isEqualTo("5028");
  }

  @Test
  void skrivebeskyttedeFeltKommerBareTilbakeUendret() throws Exception {
    String kartlegg = angrep.task(melhus.get("id").asText(), "Task_KartleggSoknad").getId();
    ResponseEntity<String> endret = angrep.rest.post("kari", "/task/" + kartlegg + "/submit-form",
        Map.of("variables", Map.of("saksnummer", s("2026-5031-000001"), "tjeneste", s("OKONOMISK_STONAD"))));
    assertThat(endret.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(endret)).containsExactlyInAnyOrder("saksnummer", "tjeneste");
    // Unchanged read-only values (what Tasklist sends back) pass the guard; the form's own rules then judge the rest.
    ResponseEntity<String> uendret = angrep.rest.post("kari", "/task/" + kartlegg + "/submit-form",
        Map.of("variables", Map.of("saksnummer", s(saksnummer), "tjeneste", s("INDIVIDUELL_PLAN"))));
    assertThat(uendret.getBody() == null ? "" : uendret.getBody()).doesNotContain("UgyldigSkriving");
  }

  @Test
  void webappenesMotorApiHarSammeVakt() throws Exception {
    Webapp tasklist = angrep.webapp("tasklist", "kari");
    String kartlegg = angrep.task(melhus.get("id").asText(), "Task_KartleggSoknad").getId();
    ResponseEntity<String> response = Angrep.webappPost(tasklist, "/task/" + kartlegg + "/submit-form",
        Map.of("variables", Map.of("kommunenummer", s("5031"), "ekstra", s("x"))));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(response)).contains("ekstra");
  }

  @Test
  void beskyttedeVariablerKanIkkeSettesGjennomNoenAnnenVeiHellerIkkeAvAdministrator() throws Exception {
    String instance = melhus.get("id").asText();
    List<ResponseEntity<String>> forsok = List.of(
        angrep.rest.put("demo", "/process-instance/" + instance + "/variables/saksnummer", s("2026-5031-000001")),
        angrep.rest.put("demo", "/process-instance/" + instance + "/variables/sokerReferanse", s("SOKER-0002")),
        angrep.rest.post("demo", "/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("soknadsdato", s("2020-01-01")))),
        angrep.rest.post("demo", "/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("kommunenummer", s("5031")))),
        angrep.rest.post("demo", "/process-instance/" + instance + "/variables",
            Map.of("deletions", List.of("saksnummer"))),
        angrep.rest.exchange("demo", HttpMethod.DELETE, "/process-instance/" + instance + "/variables/saksnummer",
            null),
        angrep.rest.post("demo", "/message", Map.of("messageName", "SoknadTrukket", "businessKey", saksnummer,
            "processVariables", Map.of("saksnummer", s("2026-5031-000001")))),
        angrep.rest.post("demo", "/signal", Map.of("name", "x", "variables", Map.of("godkjentAv", s("demo")))),
        angrep.rest.post("demo", "/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_KartleggSoknad",
                "variables", Map.of("vedtakId", Map.of("value", "x", "type", "String", "local", false)))))),
        angrep.rest.put("demo", "/task/" + angrep.task(instance, "Task_KartleggSoknad").getId()
            + "/localVariables/utformetAv", s("demo")),
        angrep.rest.post("demo", "/execution/" + instance + "/localVariables",
            Map.of("modifications", Map.of("tabellRett", s("RETT")))));
    for (ResponseEntity<String> response : forsok) {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(engine.getRuntimeService().getVariable(instance, "saksnummer")).isEqualTo(saksnummer);
    assertThat(engine.getRuntimeService().getVariable(instance, "kommunenummer")).isEqualTo("5028");
    // The same administrator may still set an ordinary variable: the guard refuses the protected ones only.
    ResponseEntity<String> vanlig = angrep.rest.put("demo", "/process-instance/" + instance + "/variables/notat",
        s("ok"));
    assertThat(vanlig.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void navneneOppgavekortOgSkjemaViserKanIkkeForfalskes() throws Exception {
    // The names shown instead of codes are the engine's, set when the case was registered: a user cannot give the
    // task card another municipality's name, nor the approval form another drafter's, by start, by variable or by
    // completing a task.
    String instance = melhus.get("id").asText();
    assertThat(engine.getRuntimeService().getVariable(instance, "kommuneNavn")).isEqualTo("Melhus");
    assertThat(engine.getRuntimeService().getVariable(instance, "tjenesteNavn")).isEqualTo("Individuell plan (§ 28)");
    Map<String, Object> start = Angrep.soknadStart("5028");
    start.put("kommuneNavn", s("Malvik"));
    ResponseEntity<String> startet = angrep.rest.post("kari", "/process-definition/key/soknad/start",
        Map.of("variables", start));
    assertThat(startet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(startet)).containsExactly("kommuneNavn");
    List<ResponseEntity<String>> forsok = List.of(
        angrep.rest.put("kari", "/process-instance/" + instance + "/variables/kommuneNavn", s("Malvik")),
        angrep.rest.put("demo", "/process-instance/" + instance + "/variables/tjenesteNavn", s("Økonomisk stønad")),
        angrep.rest.post("kari", "/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("utformetAvNavn", s("Kjell Leder")))),
        angrep.complete("kari", angrep.task(instance, "Task_KartleggSoknad").getId(),
            Map.of("sendtTilbakeAvNavn", s("Kjell Leder"))));
    for (ResponseEntity<String> response : forsok) {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(engine.getRuntimeService().getVariable(instance, "kommuneNavn")).isEqualTo("Melhus");
    assertThat(engine.getRuntimeService().getVariable(instance, "utformetAvNavn")).isNull();
  }

  @Test
  void utkastetFullfortMedEnAnnenSaksIdentitetHavnerIkkePaDenAndreSaken() throws Exception {
    JsonNode annen = angrep.soknadForMelhus();
    String instance = angrep.vedtakFor(saksnummer, "5028");
    String utform = angrep.task(instance, Elements.UTFORM_VEDTAK).getId();
    Map<String, Object> draft = Angrep.utkast();
    draft.put("saksnummer", s(annen.get("businessKey").asText()));
    draft.put("kommunenummer", s("5031"));
    ResponseEntity<String> response = angrep.complete("kari", utform, draft);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(response)).containsExactlyInAnyOrder("saksnummer", "kommunenummer");

    // Done honestly, the decision and its letter land on the case the engine knows, in its municipality.
    assertThat(angrep.complete("kari", utform, Angrep.utkast()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String godkjenn = angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();
    ResponseEntity<String> approve = angrep.complete("kjell", godkjenn, Angrep.godkjenning(true, ""));
    assertThat(approve.getStatusCode()).as(approve.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(engine);
    assertThat(register.finnForSak(annen.get("businessKey").asText())).isEmpty();
    assertThat(brevArkiv.forSak(annen.get("businessKey").asText())).isEmpty();
    assertThat(register.finnForSak(saksnummer)).singleElement().satisfies(vedtak -> {
      assertThat(vedtak.kommunenummer()).isEqualTo("5028");
      assertThat(vedtak.utformetAv()).isEqualTo("kari");
      assertThat(vedtak.godkjentAv()).isEqualTo("kjell");
    });
    assertThat(brevArkiv.forSak(saksnummer)).hasSize(1);
  }

  @Test
  void monaKanIkkeKlagePaEllerMeldeVilkarsbruddPaMelhusSineVedtakOgFarSammeSvarSomForUkjentVedtak()
      throws Exception {
    String instance = angrep.vedtakFor(angrep.soknadForMelhus().get("businessKey").asText(), "5028");
    angrep.complete("kari", angrep.task(instance, Elements.UTFORM_VEDTAK).getId(), Angrep.utkast());
    angrep.complete("kjell", angrep.task(instance, Elements.GODKJENN_VEDTAK).getId(),
        Angrep.godkjenning(true, ""));
    String vedtakId = (String) angrep.variable(instance, "vedtakId");
    assertThat(vedtakId).isNotNull();
    for (String prosess : List.of("klage", "vilkarsbrudd")) {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("kommunenummer", s("5031"));
      start.put("vedtakId", s(vedtakId));
      ResponseEntity<String> ekte = angrep.rest.post("mona", "/process-definition/key/" + prosess + "/start",
          Map.of("variables", start));
      start.put("vedtakId", s("00000000-0000-0000-0000-000000000000"));
      ResponseEntity<String> ukjent = angrep.rest.post("mona", "/process-definition/key/" + prosess + "/start",
          Map.of("variables", start));
      assertThat(ekte.getStatusCode()).isEqualTo(ukjent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ekte.getBody().replace(vedtakId, "ID")).isEqualTo(ukjent.getBody()
          .replace("00000000-0000-0000-0000-000000000000", "ID"));
      assertThat(ekte.getBody()).doesNotContain("5028");
    }
  }

  static Map<String, Object> bool(boolean value) {
    return v(value, "Boolean");
  }
}
