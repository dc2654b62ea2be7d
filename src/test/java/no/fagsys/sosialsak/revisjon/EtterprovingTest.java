package no.fagsys.sosialsak.revisjon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.saksspor.SakMedVedtak;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.HistoryService;
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
 * The audit replay over the domain API: after a whole case (application → decision → complaint → forwarded →
 * Statsforvalteren upholds), every decision table the case used up to the decision gives again exactly what the
 * engine recorded, with the recorded inputs and table versions; a copy of the record with one input changed is
 * reported as a difference, naming the table, the rule hit and the output. Who may ask: the auditor and the case's own
 * office; another municipality gets 404, Statsforvalteren 403. The replay writes no history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EtterprovingTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.ProcessEngine prosessmotor;
  @Autowired VedtakRegister register;
  @Autowired VedtakEtterproving etterproving;
  @Autowired HistoryService historyService;

  EngineRest engine;
  String sn;
  Vedtak vedtak;

  @BeforeAll
  void enHelSak() throws Exception {
    engine = new EngineRest(template);
    sn = nySoknad();
    vedtak = fattVedtak(sn);
    String k1 = json(post("kari", "/api/v1/saker/" + sn + "/klager", klage(vedtak.id())), HttpStatus.CREATED)
        .get("saksnummer").asText();
    complete("kari", k1, "Task_BehandleKlagen", Map.of("undersokelser", "Ingen nye opplysninger.",
        "kommunensUtfall", "OPPRETTHOLDE", "kommunensBegrunnelse", "Vedtaket er riktig."));
    complete("kari", k1, "Task_ForberedOversendelse", Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));
    complete("sara", k1, "Task_BehandleKlageStatsforvalteren", Map.of("statsforvalterensUtfall", "STADFESTE",
        "statsforvalterensBegrunnelse", "Vedtaket stadfestes."));
  }

  String sti() {
    return "/api/v1/saker/" + sn + "/vedtak/" + vedtak.id() + "/etterproving";
  }

  @Test
  void hverBeslutningstabellSakenBrukteGirDetSammeSomBleRegistrert() throws Exception {
    long historikkFor = historyService.createHistoricDecisionInstanceQuery().count();
    JsonNode svar = json(get("rita", sti()), HttpStatus.OK);
    assertThat(svar.get("samsvarer").asBoolean()).as(svar.toString()).isTrue();
    assertThat(svar.get("vedtakId").asText()).isEqualTo(vedtak.id());
    List<String> tabeller = new ArrayList<>();
    svar.get("beslutninger").forEach(b -> {
      tabeller.add(b.get("beslutning").asText());
      assertThat(b.get("samsvarer").asBoolean()).as(b.toString()).isTrue();
      assertThat(b.get("avvik")).isEmpty();
      assertThat(b.get("versjon").asInt()).isPositive();
      assertThat(b.get("decisionDefinitionId").asText()).isNotBlank();
      assertThat(b.get("etterprovdUtdata")).isEqualTo(b.get("registrertUtdata"));
    });
    // The application's tables, the DRD's required decision included.
    assertThat(tabeller).contains("ansvarligKommune", "tilgangTilTjeneste", "rettigheterEtterOpphold",
        "rettTilOpplysningRadOgVeiledning");
    // Read-only: the replay evaluated outside the engine and wrote no history.
    assertThat(historyService.createHistoricDecisionInstanceQuery().count()).isEqualTo(historikkFor);
    // The case's own office may replay too.
    assertThat(json(get("kari", sti()), HttpStatus.OK).get("samsvarer").asBoolean()).isTrue();
  }

  @Test
  void enEndretInndataIEnKopiGirAvvikSomViserHvor() throws Exception {
    JsonNode svar = json(get("rita", sti()), HttpStatus.OK);
    Instant fattet = Instant.parse(svar.get("vedtakFattet").asText());
    List<VedtakEtterproving.Avgjorelse> registrert = etterproving.registrerte(sn, fattet);
    VedtakEtterproving.Avgjorelse rett = registrert.stream()
        .filter(a -> a.beslutning().equals("rettTilOpplysningRadOgVeiledning")).findFirst().orElseThrow();
    assertThat(etterproving.etterprov(rett).samsvarer()).isTrue();
    assertThat(rett.inndata()).containsEntry("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);

    VedtakEtterproving.Resultat endret = etterproving.etterprov(
        rett.medInndata("kanBidraTilALoseEllerForebyggeSosialeProblemer", false));
    assertThat(endret.samsvarer()).isFalse();
    assertThat(endret.avvik()).contains("Treff 1, utdata rett: registrert RETT, nå IKKE_RETT");
    assertThat(endret.avvik()).anyMatch(a -> a.startsWith("Treff 1, utdata begrunnelse:"));
    // The record itself is untouched: the replay of the case still matches.
    assertThat(json(get("rita", sti()), HttpStatus.OK).get("samsvarer").asBoolean()).isTrue();

    // An input removed in a copy: the table refuses a missing answer (SPEC § 3), reported as a difference.
    Map<String, Object> uten = new LinkedHashMap<>(rett.inndata());
    uten.remove("kanBidraTilALoseEllerForebyggeSosialeProblemer");
    VedtakEtterproving.Resultat mangler = etterproving.etterprov(new VedtakEtterproving.Avgjorelse(
        rett.beslutningsinstansId(), rett.decisionDefinitionId(), rett.beslutning(), rett.versjon(), rett.aktivitet(),
        rett.evaluert(), uten, rett.registrertUtdata(), List.of()));
    assertThat(mangler.samsvarer()).isFalse();
    assertThat(mangler.avvik()).singleElement().asString().startsWith("Tabellen kunne ikke evalueres");
  }

  @Test
  void bareRevisorOgSakensEgetKontorKanEtterprove() throws Exception {
    assertThat(get("mona", sti()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("sara", sti()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("per", sti()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, sti()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> ukjent = get("rita", "/api/v1/saker/" + sn + "/vedtak/finnes-ikke/etterproving");
    assertThat(ukjent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ukjent.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    // Read-only: no write method on the path.
    assertThat(api("rita", HttpMethod.POST, sti(), "{}").getStatusCode().is4xxClientError()).isTrue();
  }

  String nySoknad() throws Exception {
    return new SakMedVedtak(template).soknad("kari", "5028");
  }

  Vedtak fattVedtak(String sn) throws Exception {
    new SakMedVedtak(template).fattVedtak(sn, "kari", "kjell");
    return register.finnForSak(sn).get(0);
  }

  static Map<String, Object> klage(String vedtakId) {
    return SakMedVedtak.klage(vedtakId);
  }

  ResponseEntity<String> api(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return template.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return api(user, HttpMethod.GET, path, null);
  }

  ResponseEntity<String> post(String user, String path, Object body) throws Exception {
    return api(user, HttpMethod.POST, path, JSON.writeValueAsString(body));
  }

  static JsonNode json(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return JSON.readTree(response.getBody());
  }


  void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) throws Exception {
    new SakMedVedtak(template).complete(user, businessKey, taskKey, variables);
  }
}
