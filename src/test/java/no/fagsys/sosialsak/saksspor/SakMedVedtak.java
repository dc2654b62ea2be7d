package no.fagsys.sosialsak.saksspor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A whole case built over the APIs, as the audit replay's and the archive's tests build theirs
 * ({@code revisjon.EtterprovingTest}, {@code arkiv.ArkivHelSakTest}): an application for
 * information, advice and guidance registered over the domain API, each task completed over the engine REST API by the
 * user of its group, the decision drafted by the caseworker and approved by the leader (the called {@code vedtak}), so
 * the case has tasks with who and when, decision table evaluations, a decision letter and a timeline.
 */
public final class SakMedVedtak {

  static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final EngineRest engine;

  public SakMedVedtak(TestRestTemplate rest) {
    this.rest = rest;
    this.engine = new EngineRest(rest);
  }

  /** A new application of the municipality, registered by the caseworker; its case number. */
  public String soknad(String saksbehandler, String kommunenummer) throws Exception {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tjeneste", "OPPLYSNING_RAD_VEILEDNING");
    s.put("kommunenummer", kommunenummer);
    s.put("kanal", "TELEFON");
    s.put("soknadsdato", LocalDate.now().toString());
    s.put("nodsituasjon", false);
    s.put("antallBarnIHusstanden", 0);
    s.put("sokerReferanse", "SOKER-SPOR-" + ThreadLocalRandom.current().nextInt(1_000_000));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(saksbehandler, saksbehandler);
    ResponseEntity<String> svar = rest.exchange("/api/v1/soknader", HttpMethod.POST,
        new HttpEntity<>(JSON.writeValueAsString(s), headers), String.class);
    assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(svar.getBody()).get("saksnummer").asText();
  }

  /** The application through to an issued decision: mapped, assessed, drafted, approved by the leader. */
  public void fattVedtak(String sn, String saksbehandler, String leder) throws Exception {
    Map<String, Object> kartlagt = new LinkedHashMap<>(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
    kartlagt.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
    complete(saksbehandler, sn, "Task_KartleggSoknad", kartlagt);
    complete(saksbehandler, sn, "Task_VurderRett", Map.of("folgerTabellresultat", true,
        "relevanteOpplysninger", "Samtale på NAV-kontoret."));
    complete(saksbehandler, sn, "Task_UtformVedtak", Map.of("relevanteOpplysninger", "Samtale på NAV-kontoret.",
        "vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING));
    complete(leder, sn, "Task_GodkjennVedtak", Map.of("godkjent", true));
    lagVedtaksbrev();
  }

  /**
   * The decision letters due, made now over the engine REST API as the administrator (as from Cockpit) rather than
   * waiting for the job executor; a job the job executor took meanwhile is simply gone. Waits until none is left.
   */
  public void lagVedtaksbrev() throws Exception {
    for (int forsok = 0; forsok < 100; forsok++) {
      ResponseEntity<String> jobber = engine.get("demo", "/job?activityId=Task_LagVedtaksbrev&maxResults=100");
      assertThat(jobber.getStatusCode()).as(jobber.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode liste = JSON.readTree(jobber.getBody());
      if (liste.isEmpty()) {
        return;
      }
      for (JsonNode jobb : liste) {
        engine.post("demo", "/job/" + jobb.get("id").asText() + "/execute", Map.of());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Vedtaksbrevene ble ikke laget");
  }

  /** The start variables of a complaint on the decision, received today, on time and in order. */
  public static Map<String, Object> klage(String vedtakId) {
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("vedtakId", vedtakId);
    k.put("klageMottattDato", LocalDate.now().toString());
    k.put("klagetekst", "Jeg klager på vedtaket.");
    k.put("gjelderEnkeltvedtak", true);
    k.put("klagerHarKlagerett", true);
    k.put("skriftligOgUndertegnet", true);
    k.put("angirVedtakOgOnsketEndring", true);
    k.put("saerligeGrunnerForSenKlage", false);
    return k;
  }

  /** The follow-up conversation after the decision, which ends the application's process. */
  public void folgOpp(String sn, String saksbehandler) throws Exception {
    complete(saksbehandler, sn, "Task_Oppfolgingssamtale", Map.of("samtaleDato", LocalDate.now().toString(),
        "samtaleNotat", "Samtale holdt, ingen videre oppfølging."));
  }

  /** Completes the case's open task at the element as the user, over the engine REST API. */
  public void complete(String user, String businessKey, String taskKey, Map<String, Object> variables)
      throws Exception {
    ResponseEntity<String> tasks = engine.get(user, "/task?processInstanceBusinessKey=" + businessKey
        + "&maxResults=50");
    assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
    String id = null;
    for (JsonNode task : JSON.readTree(tasks.getBody())) {
      if (task.get("taskDefinitionKey").asText().equals(taskKey)) {
        id = task.get("id").asText();
      }
    }
    assertThat(id).as(user + " ser " + taskKey + " i " + businessKey).isNotNull();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, v) -> typed.put(name, Map.of("value", v)));
    ResponseEntity<String> response = engine.post(user, "/task/" + id + "/complete", Map.of("variables", typed));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
