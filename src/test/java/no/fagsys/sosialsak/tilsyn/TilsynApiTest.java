package no.fagsys.sosialsak.tilsyn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import no.fagsys.sosialsak.sak.Tidslinje;
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
 * The oversight report over the domain API, from real cases of Malvik (5031) registered by mona with application
 * dates in a random past week (unique per run, so reruns on the same PostgreSQL database do not collide) and their
 * decisions, interim reply and a complaint Statsforvalteren quashed recorded on their timelines at known days: the
 * figures and the missed deadlines by case number as JSON and as a page, for sara and rita only, nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TilsynApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired Tidslinje tidslinje;
  @Autowired SakRegister saker;

  LocalDate dag;
  String botilbud;
  String forSent;
  String medForelopigSvar;
  String sti;

  @BeforeAll
  void seed() throws Exception {
    dag = LocalDate.of(2001, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(365 * 19));
    sti = "/api/v1/tilsyn/kommuner/5031/rapport?fra=" + dag.minusDays(2) + "&til=" + dag.plusDays(2);
    // Temporary housing decided the day after it came in: the same-day deadline missed.
    botilbud = soknad("MIDLERTIDIG_BOTILBUD");
    vedtak(botilbud, dag.plusDays(1), "AVSLATT");
    // Economic support decided after 40 days without an interim reply: missed; with a reply after 20 days: kept.
    forSent = soknad("OKONOMISK_STONAD");
    vedtak(forSent, dag.plusDays(40), "INNVILGET");
    medForelopigSvar = soknad("OKONOMISK_STONAD");
    tidslinje.registrer(new Hendelse(medForelopigSvar, medForelopigSvar, "5031", Hendelse.Type.FORELOPIG_SVAR,
        tid(dag.plusDays(20)), "forelopigSvar:" + medForelopigSvar, Map.of(), null));
    vedtak(medForelopigSvar, dag.plusDays(45), "DELVIS_INNVILGET");
    // The housing decision complained about, forwarded, and quashed by Statsforvalteren.
    String k1 = botilbud + "-K1";
    saker.opprett(new Sak(k1, botilbud, Sak.Sakstype.KLAGE, "5031", "tilsyn-api-test", null, "vedtak-" + botilbud,
        tid(dag.plusDays(1)), tid(dag.plusDays(1))));
    tidslinje.registrer(new Hendelse(botilbud, k1, "5031", Hendelse.Type.KLAGE_AVGJORT, tid(dag.plusDays(1)), null,
        Map.of("saksreferanse", k1, "avgjortAv", Hendelse.AVGJORT_AV_STATSFORVALTEREN,
            "utfall", "OPPHEVE"), null));
  }

  @Test
  void saraFarTalleneOgFristbruddenePerSaksnummer() throws Exception {
    JsonNode r = json(get("sara", sti), HttpStatus.OK);
    assertThat(r.get("kommunenummer").asText()).isEqualTo("5031");
    assertThat(r.get("antallSoknader").asInt()).isEqualTo(3);
    Map<String, JsonNode> tjenester = new LinkedHashMap<>();
    r.get("tjenester").forEach(t -> tjenester.put(t.get("tjeneste").asText(), t));
    assertThat(tjenester.keySet()).containsExactly("MIDLERTIDIG_BOTILBUD", "OKONOMISK_STONAD");
    assertThat(tjenester.get("MIDLERTIDIG_BOTILBUD").get("utfall").toString()).isEqualTo("{\"AVSLATT\":1}");
    assertThat(tjenester.get("OKONOMISK_STONAD").get("utfall").toString())
        .isEqualTo("{\"DELVIS_INNVILGET\":1,\"INNVILGET\":1}");
    assertThat(tjenester.get("OKONOMISK_STONAD").get("dagerTilVedtakSnitt").asDouble()).isEqualTo(42.5);
    assertThat(tjenester.get("OKONOMISK_STONAD").get("dagerTilVedtakMaks").asInt()).isEqualTo(45);

    List<String> frister = new ArrayList<>();
    r.get("frister").forEach(f -> frister.add(f.get("frist").asText() + " " + f.get("gjelder").asInt() + "/"
        + f.get("holdt").asInt() + "/" + f.get("brutt").asInt()));
    assertThat(frister).containsExactly("SAMME_DAG_MIDLERTIDIG_BOTILBUD 1/0/1", "FORELOPIG_SVAR 3/2/1",
        "KVP_OPPSTART 0/0/0");
    List<String> brudd = new ArrayList<>();
    r.get("fristbrudd").forEach(b -> brudd.add(b.get("saksnummer").asText() + " " + b.get("frist").asText() + " "
        + b.get("fristdato").asText() + " " + b.get("oppfylt").asText()));
    assertThat(brudd).containsExactlyInAnyOrder(
        botilbud + " SAMME_DAG_MIDLERTIDIG_BOTILBUD " + dag + " " + dag.plusDays(1),
        forSent + " FORELOPIG_SVAR " + dag.plusMonths(1) + " " + dag.plusDays(40));

    JsonNode klager = r.get("klager");
    assertThat(klager.get("mottatt").asInt()).isEqualTo(1);
    assertThat(klager.get("oversendtStatsforvalteren").asInt()).isEqualTo(1);
    assertThat(klager.get("avgjortAvStatsforvalteren").toString()).isEqualTo("{\"OPPHEVE\":1}");
    assertThat(klager.at("/opphevedeVedtak/0/saksnummer").asText()).isEqualTo(botilbud + "-K1");
  }

  @Test
  void revisorLeserSammeRapportSomEnSide() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("rita", "rita");
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> side = template.exchange(sti, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(side.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(side.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(side.getBody()).contains("Tilsynsrapport for sosiale tjenester", "Fristbrudd per sak", botilbud,
        forSent, "SAMME_DAG_MIDLERTIDIG_BOTILBUD", botilbud + "-K1").doesNotContain(medForelopigSvar + "</th>");
  }

  @Test
  void bareStatsforvalterenOgRevisorOgBareDeresKommuner() throws Exception {
    assertThat(get("kari", sti).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("mona", sti).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("per", sti).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, sti).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("sara", sti.replace("/5031/", "/9999/")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("sara", sti.replace("/5031/", "/abcd/")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> uten = get("sara", "/api/v1/tilsyn/kommuner/5031/rapport?til=2026-13-01");
    assertThat(uten.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json(uten, HttpStatus.BAD_REQUEST);
    assertThat(problem.findValuesAsText("name")).containsExactly("fra", "til");
    assertThat(json(get("sara", "/api/v1/tilsyn/kommuner/5031/rapport?fra=2026-03-31&til=2026-03-01"),
        HttpStatus.BAD_REQUEST).findValuesAsText("name")).containsExactly("til");
    assertThat(template.exchange(sti, HttpMethod.POST, new HttpEntity<>("{}", auth("sara")), String.class)
        .getStatusCode().is4xxClientError()).isTrue();
  }

  // --- helpers ------------------------------------------------------------------------------------------------------

  String soknad(String tjeneste) throws Exception {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tjeneste", tjeneste);
    s.put("kommunenummer", "5031");
    s.put("kanal", "OPPMOTE");
    s.put("soknadsdato", dag.toString());
    s.put("nodsituasjon", false);
    s.put("antallBarnIHusstanden", 0);
    s.put("sokerReferanse", "SOKER-TILSYN-" + ThreadLocalRandom.current().nextInt(1_000_000));
    HttpHeaders headers = auth("mona");
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> svar = template.exchange("/api/v1/soknader", HttpMethod.POST,
        new HttpEntity<>(JSON.writeValueAsString(s), headers), String.class);
    return json(svar, HttpStatus.CREATED).get("saksnummer").asText();
  }

  void vedtak(String saksnummer, LocalDate dato, String utfall) {
    String vedtakId = "vedtak-" + saksnummer;
    tidslinje.registrer(new Hendelse(saksnummer, saksnummer, "5031", Hendelse.Type.VEDTAK_FATTET, tid(dato), vedtakId,
        Map.of("utfall", utfall, "vedtakId", vedtakId), null));
  }

  static Instant tid(LocalDate dato) {
    return dato.atTime(12, 0).atZone(EngineTime.NORGE).toInstant();
  }

  static HttpHeaders auth(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return headers;
  }

  ResponseEntity<String> get(String user, String path) {
    return template.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(user)), String.class);
  }

  static JsonNode json(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return JSON.readTree(response.getBody());
  }
}
