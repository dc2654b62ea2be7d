package no.fagsys.sosialsak.saksspor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.platform.Webapp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Saksspor over HTTP as Cockpit calls it: logged into the webapps like a browser (session and CSRF cookies), the
 * auditor reads a whole case's trail — the called decision process, each task with who completed it and when, the
 * decision table evaluations with inputs and outputs, the letters and the timeline — and nobody else reads more than
 * the domain API lets them (SakTilgang): anonymous 401, another municipality's case 404 like an unknown one, a
 * process owner 403; the resource is read-only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SakssporTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SPOR = "/camunda/api/cockpit/plugin/saksspor/default/saker/";
  static final String TILGANG = "/camunda/api/cockpit/plugin/saksspor/default/tilgang";

  @Autowired TestRestTemplate rest;

  String melhus;
  String malvik;

  @BeforeAll
  void toSaker() throws Exception {
    SakMedVedtak saker = new SakMedVedtak(rest);
    melhus = saker.soknad("kari", "5028");
    saker.fattVedtak(melhus, "kari", "kjell");
    malvik = saker.soknad("mona", "5031");
  }

  Webapp innlogget(String app, String user) {
    Webapp webapp = Webapp.open(rest);
    assertThat(webapp.login(app, user, user).getStatusCode()).isEqualTo(HttpStatus.OK);
    return webapp;
  }

  static JsonNode json(ResponseEntity<String> svar, HttpStatus forventet) throws Exception {
    assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(forventet);
    return JSON.readTree(svar.getBody());
  }

  static JsonNode finn(JsonNode liste, String felt, String verdi) {
    for (JsonNode n : liste) {
      if (verdi.equals(n.path(felt).asText())) {
        return n;
      }
    }
    throw new AssertionError("Fant ikke " + felt + "=" + verdi + " i " + liste);
  }

  @Test
  void revisorSerHeleSakssporet() throws Exception {
    Webapp rita = innlogget("cockpit", "rita");
    ResponseEntity<String> svar = rita.exchange(HttpMethod.GET, SPOR + melhus, null, null, false);
    assertThat(svar.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode spor = json(svar, HttpStatus.OK);
    assertThat(spor.get("saksnummer").asText()).isEqualTo(melhus);
    assertThat(spor.get("kommunenummer").asText()).isEqualTo("5028");

    // The process and the decision process it called.
    JsonNode soknad = finn(spor.get("prosesser"), "prosess", "soknad");
    JsonNode vedtak = finn(spor.get("prosesser"), "prosess", "vedtak");
    assertThat(vedtak.get("overordnet").asText()).isEqualTo(soknad.get("id").asText());
    assertThat(vedtak.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(vedtak.get("avsluttet").isNull()).isFalse();

    // Each task: who completed it (the user operation log), with the name, and when.
    JsonNode kartlegg = finn(spor.get("oppgaver"), "element", "Task_KartleggSoknad");
    assertThat(kartlegg.get("fullfortAv").asText()).isEqualTo("kari");
    assertThat(kartlegg.get("fullfortAvNavn").asText()).isEqualTo("Kari Saksbehandler");
    assertThat(kartlegg.get("status").asText()).isEqualTo("FULLFORT");
    assertThat(kartlegg.get("kandidatgrupper").toString()).contains("saksbehandler");
    assertThat(kartlegg.get("opprettet").asText()).isNotBlank();
    assertThat(kartlegg.get("avsluttet").asText()).isNotBlank();
    JsonNode godkjenn = finn(spor.get("oppgaver"), "element", "Task_GodkjennVedtak");
    assertThat(godkjenn.get("fullfortAv").asText()).isEqualTo("kjell");
    assertThat(godkjenn.get("fullfortAvNavn").asText()).isEqualTo("Kjell Leder");
    assertThat(godkjenn.get("prosessinstansId").asText()).isEqualTo(vedtak.get("id").asText());
    assertThat(finn(spor.get("oppgaver"), "element", "Task_UtformVedtak").get("fullfortAv").asText())
        .isEqualTo("kari");

    // The decision table evaluations with their inputs and outputs.
    List<String> tabeller = new ArrayList<>();
    spor.get("beslutninger").forEach(b -> tabeller.add(b.get("beslutning").asText()));
    assertThat(tabeller).contains("ansvarligKommune", "rettTilOpplysningRadOgVeiledning");
    JsonNode rett = finn(spor.get("beslutninger"), "beslutning", "rettTilOpplysningRadOgVeiledning");
    assertThat(rett.get("versjon").asInt()).isPositive();
    assertThat(rett.get("evaluert").asText()).isNotBlank();
    assertThat(rett.get("inndata")).isNotEmpty();
    assertThat(rett.get("utdata").toString()).contains("RETT");
    assertThat(rett.get("inndata").toString()).contains("true");

    // The letters, and the decision letter as PDF through the plugin.
    JsonNode brev = finn(spor.get("brev"), "type", "VEDTAK");
    ResponseEntity<String> pdf = rita.exchange(HttpMethod.GET, "/camunda/api/cockpit/plugin/saksspor/default/"
        + brev.get("lenke").asText(), null, null, false);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getBody()).startsWith("%PDF-");

    // The timeline.
    List<String> hendelser = new ArrayList<>();
    spor.get("tidslinje").forEach(h -> hendelser.add(h.get("type").asText()));
    assertThat(hendelser).contains("soknadsStatus", "vedtakFattet");
  }

  @Test
  void utenInnloggingSvarerDen401() {
    Webapp anonym = Webapp.open(rest);
    assertThat(anonym.exchange(HttpMethod.GET, SPOR + melhus, null, null, false).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void enAnnenKommunesSakFinnesIkke() throws Exception {
    Webapp kari = innlogget("tasklist", "kari");
    JsonNode fremmed = json(kari.exchange(HttpMethod.GET, SPOR + malvik, null, null, false), HttpStatus.NOT_FOUND);
    JsonNode ukjent = json(kari.exchange(HttpMethod.GET, SPOR + "2026-5028-999999", null, null, false),
        HttpStatus.NOT_FOUND);
    assertThat(fremmed).isEqualTo(ukjent);
    // Her own municipality's case she reads, as in the domain API.
    assertThat(json(kari.exchange(HttpMethod.GET, SPOR + melhus, null, null, false), HttpStatus.OK)
        .get("saksnummer").asText()).isEqualTo(melhus);
  }

  @Test
  void enUkjentSakErEtNorskProblem() throws Exception {
    Webapp rita = innlogget("cockpit", "rita");
    for (String sn : List.of("2026-5028-999999", "ikke-et-saksnummer")) {
      ResponseEntity<String> svar = rita.exchange(HttpMethod.GET, SPOR + sn, null, null, false);
      assertThat(svar.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      JsonNode problem = json(svar, HttpStatus.NOT_FOUND);
      assertThat(problem.get("status").asInt()).isEqualTo(404);
      assertThat(problem.get("title").asText()).isEqualTo("Finnes ikke");
      assertThat(problem.get("detail").asText()).isEqualTo("Fant ingen sak med det saksnummeret.");
    }
    // An unknown letter of a known case too.
    JsonNode brev = json(rita.exchange(HttpMethod.GET, SPOR + melhus + "/brev/finnes-ikke", null, null, false),
        HttpStatus.NOT_FOUND);
    assertThat(brev.get("detail").asText()).startsWith("Fant ikke brevet");
  }

  @Test
  void prosesseierenOgAdministratorenHarIkkeTilgang() throws Exception {
    Webapp per = innlogget("cockpit", "per");
    JsonNode problem = json(per.exchange(HttpMethod.GET, SPOR + melhus, null, null, false), HttpStatus.FORBIDDEN);
    assertThat(problem.get("detail").asText()).isEqualTo("Du har ikke tilgang til å lese saker i Saksspor.");
    // The administrator is in none of the case groups either.
    assertThat(innlogget("cockpit", "demo").exchange(HttpMethod.GET, SPOR + melhus, null, null, false)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void menyenSporOmBrukerenKanLeseSaker() throws Exception {
    // The auditor may; the process owner and the administrator, who are refused every case, see no menu entry.
    assertThat(json(innlogget("cockpit", "rita").exchange(HttpMethod.GET, TILGANG, null, null, false), HttpStatus.OK))
        .isEqualTo(JSON.readTree("{\"kanLese\": true}"));
    for (String bruker : List.of("per", "demo")) {
      assertThat(json(innlogget("cockpit", bruker).exchange(HttpMethod.GET, TILGANG, null, null, false),
          HttpStatus.OK)).as(bruker).isEqualTo(JSON.readTree("{\"kanLese\": false}"));
    }
    ResponseEntity<String> anonym = Webapp.open(rest).exchange(HttpMethod.GET, TILGANG, null, null, false);
    assertThat(anonym.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonym.getBody()).doesNotContain("kanLese");
    // Nothing else on the path: a write with the CSRF token gets Saksspor's own refusal.
    Webapp rita = innlogget("cockpit", "rita");
    for (HttpMethod metode : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
      ResponseEntity<String> svar = rita.exchange(metode, TILGANG, "{\"kanLese\": true}", MediaType.APPLICATION_JSON,
          true);
      assertThat(svar.getStatusCode()).as(metode + ": " + svar.getBody()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
      assertThat(JSON.readTree(svar.getBody()).get("detail").asText()).isEqualTo("Saksspor kan bare leses.");
    }
  }

  @Test
  void bareLesing() throws Exception {
    Webapp rita = innlogget("cockpit", "rita");
    for (HttpMethod metode : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH,
        HttpMethod.OPTIONS)) {
      ResponseEntity<String> svar = rita.exchange(metode, SPOR + melhus, "{}", MediaType.APPLICATION_JSON, true);
      assertThat(svar.getStatusCode()).as(metode + ": " + svar.getBody()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
      assertThat(JSON.readTree(svar.getBody()).get("detail").asText()).isEqualTo("Saksspor kan bare leses.");
    }
    assertThat(rita.exchange(HttpMethod.DELETE, SPOR + melhus + "/brev/x", null, null, true).getStatusCode())
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    // The case is unchanged: still there, still read.
    assertThat(json(rita.exchange(HttpMethod.GET, SPOR + melhus, null, null, false), HttpStatus.OK)
        .get("oppgaver")).isNotEmpty();
    // Without the CSRF token the webapps' filter refuses a write before it reaches Saksspor.
    assertThat(innlogget("cockpit", "rita").exchange(HttpMethod.POST, SPOR + melhus, "{}",
        MediaType.APPLICATION_JSON, false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
