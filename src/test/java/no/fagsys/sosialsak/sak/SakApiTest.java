package no.fagsys.sosialsak.sak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.JdbcBrevArkiv;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.saksspor.SakMedVedtak;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The domain API for cases over HTTP as the demo users: a full case (application → decision → complaint → forwarded →
 * Statsforvalteren decides) and its timeline in order, the bad-input matrix, another municipality's case, replayed
 * idempotency keys, the letter download and the OpenAPI document. Unique data per run (case numbers from the
 * series, random synthetic cases), so reruns on the same PostgreSQL database do not collide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SakApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TIDSPUNKT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.ProcessEngine prosessmotor;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired VedtakRegister register;
  @Autowired SakRegister saker;
  @Autowired JdbcBrevArkiv brevArkiv;
  @Autowired Tidslinje tidslinje;
  @Autowired PlatformTransactionManager transactionManager;

  EngineRest engine;

  @BeforeAll
  void setUp() {
    engine = new EngineRest(template);
  }

  // --- HTTP helpers -------------------------------------------------------------------------------------------------

  ResponseEntity<String> api(String user, HttpMethod method, String path, String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return template.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return api(user, HttpMethod.GET, path, null, null);
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    return post(user, path, body, null);
  }

  ResponseEntity<String> post(String user, String path, Object body, String key) {
    try {
      return api(user, HttpMethod.POST, path, body instanceof String s ? s : JSON.writeValueAsString(body), key);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return JSON.readTree(response.getBody());
  }

  static JsonNode problem(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getHeaders().getContentType()).as(response.getBody())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json(response, expected);
  }

  static List<String> typer(JsonNode hendelser) {
    List<String> typer = new ArrayList<>();
    hendelser.forEach(h -> typer.add(h.get("type").asText()));
    return typer;
  }

  static List<String> feltnavn(JsonNode problem) {
    List<String> names = new ArrayList<>();
    problem.path("invalid-params").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  static Map<String, Object> soknad(String kommunenummer) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tjeneste", "OPPLYSNING_RAD_VEILEDNING");
    s.put("kommunenummer", kommunenummer);
    s.put("kanal", "TELEFON");
    s.put("soknadsdato", LocalDate.now().toString());
    s.put("nodsituasjon", false);
    s.put("antallBarnIHusstanden", 0);
    s.put("sokerReferanse", "SOKER-API-" + ThreadLocalRandom.current().nextInt(1_000_000));
    return s;
  }

  static Map<String, Object> klage(String vedtakId) {
    return SakMedVedtak.klage(vedtakId);
  }


  JsonNode tasks(String user, String businessKey) throws Exception {
    return json(engine.get(user, "/task?processInstanceBusinessKey=" + businessKey + "&maxResults=50"), HttpStatus.OK);
  }

  void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) throws Exception {
    String id = null;
    for (JsonNode task : tasks(user, businessKey)) {
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

  int antallSaker() {
    return jdbc.queryForObject("select count(*) from sak", Integer.class);
  }

  String nySoknad(String user, String kommunenummer) throws Exception {
    return json(post(user, "/api/v1/soknader", soknad(kommunenummer)), HttpStatus.CREATED).get("saksnummer").asText();
  }

  /** A case of Melhus with an issued decision, written directly (as if decided long ago). */
  Vedtak synteticCaseWithDecision(String vilkar) {
    LocalDate vedtaksdato = LocalDate.now().minusDays(2);
    String saksnummer = vedtaksdato.getYear() + "-5028-" + (800000 + ThreadLocalRandom.current().nextInt(99999));
    saker.opprett(new Sak(saksnummer, saksnummer, Sak.Sakstype.SOKNAD, "5028", "sak-api-test", "OKONOMISK_STONAD",
        null, Instant.now(), null));
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, "5028", "sak-api-test", "OKONOMISK_STONAD",
        "SOKNAD", "INNVILGET", "sosialtjenesteloven § 18", "Søkeren har rett til stønad.", null, null, null,
        vedtaksdato, Frister.klagefrist(vedtaksdato), "BIDRAG", null, vilkar, true, "kari", "kjell", null,
        Instant.now());
    register.lagre(vedtak);
    return vedtak;
  }

  // --- the full case ------------------------------------------------------------------------------------------------

  @Test
  void enHelSakFraSoknadTilStatsforvalterensAvgjorelseHarTidslinjenIRekkefolge() throws Exception {
    ResponseEntity<String> created = post("kari", "/api/v1/soknader", soknad("5028"));
    JsonNode kvittering = json(created, HttpStatus.CREATED);
    String sn = kvittering.get("saksnummer").asText();
    assertThat(sn).matches("\\d{4}-5028-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/saker/" + sn);
    assertThat(json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK).get("sakstype").asText()).isEqualTo("SOKNAD");

    Map<String, Object> kartlagt = new LinkedHashMap<>(no.fagsys.sosialsak.soknad.SoknadTestSupport
        .kartlagtHerMedFulleRettigheter());
    kartlagt.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
    complete("kari", sn, "Task_KartleggSoknad", kartlagt);
    complete("kari", sn, "Task_VurderRett", Map.of("folgerTabellresultat", true,
        "relevanteOpplysninger", "Samtale på NAV-kontoret."));
    complete("kari", sn, "Task_UtformVedtak", Map.of("relevanteOpplysninger", "Samtale på NAV-kontoret.",
        "vektleggingAvSyn", no.fagsys.sosialsak.soknad.SoknadTestSupport.VEKTLEGGING));
    complete("kjell", sn, "Task_GodkjennVedtak", Map.of("godkjent", true));
    no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(prosessmotor);
    Vedtak vedtak = register.finnForSak(sn).get(0);
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");

    // Statsforvalteren sees nothing of the case before a complaint is forwarded.
    problem(get("sara", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.NOT_FOUND);

    ResponseEntity<String> klaget = post("kari", "/api/v1/saker/" + sn + "/klager", klage(vedtak.id()));
    String k1 = json(klaget, HttpStatus.CREATED).get("saksnummer").asText();
    assertThat(k1).isEqualTo(sn + "-K1");
    assertThat(klaget.getHeaders().getLocation()).hasToString("/api/v1/saker/" + k1);
    complete("kari", k1, "Task_BehandleKlagen", Map.of("undersokelser", "Ingen nye opplysninger.",
        "kommunensUtfall", "OPPRETTHOLDE", "kommunensBegrunnelse", "Vedtaket er riktig."));
    complete("kari", k1, "Task_ForberedOversendelse", Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));
    complete("sara", k1, "Task_BehandleKlageStatsforvalteren", Map.of("statsforvalterensUtfall", "STADFESTE",
        "statsforvalterensBegrunnelse", "Vedtaket stadfestes."));

    JsonNode dokument = json(get("sara", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK);
    assertThat(dokument.get("version").asText()).isEqualTo("1.0.0");
    assertThat(dokument.at("/avsender/systemnavn").asText()).isEqualTo("sosialsak");
    // The built version (filtered into application.yaml), never the placeholder.
    assertThat(dokument.at("/avsender/systemversjon").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    List<String> hendelser = new ArrayList<>();
    String forrige = "";
    for (JsonNode h : dokument.get("hendelser")) {
      String tid = h.get("hendelsestidspunkt").asText();
      assertThat(tid).matches(TIDSPUNKT);
      assertThat(tid).isGreaterThanOrEqualTo(forrige);
      forrige = tid;
      String type = h.get("type").asText();
      hendelser.add(type.equals("soknadsStatus") ? type + ":" + h.get("status").asText()
          : type.equals("vedtakFattet") ? type + ":" + h.get("utfall").asText()
          : type.equals("klageAvgjort") ? type + ":" + h.get("avgjortAv").asText() + ":" + h.get("utfall").asText()
          : type);
    }
    assertThat(hendelser).containsExactly("soknadsStatus:MOTTATT", "soknadsStatus:UNDER_BEHANDLING",
        "vedtakFattet:INNVILGET", "soknadsStatus:FERDIGBEHANDLET", "klageMottatt", "klageOversendt",
        "klageAvgjort:STATSFORVALTEREN:STADFESTE");
    // The letters the steps produced are the events' documents, and can be fetched as PDF by those who see the case.
    JsonNode vedtakFattet = hendelse(dokument, "vedtakFattet");
    String vedtaksbrev = vedtakFattet.at("/vedtaksfil/referanse/id").asText();
    assertThat(vedtakFattet.at("/vedtaksfil/referanse/type").asText()).isEqualTo("dokumentlager");
    assertThat(pdfTekst("kari", sn, vedtaksbrev)).contains(sn, "Saken gjelder", "Vedtak", "Begrunnelse",
        "Lovhjemmel", "Generell informasjon", "Klageadgang", "Samtale på NAV-kontoret.",
        "innvilges etter sosialtjenesteloven § 17");
    String oversendelsesbrev = hendelse(dokument, "klageOversendt").at("/forvaltningsbrev/referanse/id").asText();
    assertThat(pdfTekst("sara", sn, oversendelsesbrev)).contains(k1, "Kommunen opprettholder vedtaket.");
    problem(get("mona", "/api/v1/saker/" + sn + "/brev/" + vedtaksbrev), HttpStatus.NOT_FOUND);
    assertThat(pdfTekst("kari", sn, vedtaksbrev)).contains("Klagen sendes Nav Melhus, Postboks 100, 7224 Melhus.",
        "Statsforvalteren i Trøndelag");
    // Statsforvalteren's decision reaches the timeline with its letter; every letter appears there exactly once.
    String sfBrev = hendelse(dokument, "klageAvgjort").at("/forvaltningsbrev/referanse/id").asText();
    assertThat(pdfTekst("sara", sn, sfBrev)).contains("Statsforvalteren i Trøndelag", "kan ikke påklages videre");
    List<String> dokumenter = new ArrayList<>();
    for (JsonNode h : dokument.get("hendelser")) {
      h.fields().forEachRemaining(felt -> {
        if (felt.getValue().has("referanse")) {
          dokumenter.add(felt.getValue().at("/referanse/id").asText());
        }
      });
    }
    assertThat(dokumenter).doesNotHaveDuplicates().contains(vedtaksbrev, oversendelsesbrev, sfBrev);
    // The complaint's own timeline holds only its events.
    JsonNode klagensTidslinje = json(get("kari", "/api/v1/saker/" + k1 + "/tidslinje"), HttpStatus.OK);
    assertThat(typer(klagensTidslinje.get("hendelser")))
        .containsExactly("klageMottatt", "klageOversendt", "klageAvgjort");
    // The auditor reads; Malvik's caseworker learns nothing.
    json(get("rita", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK);
    problem(get("mona", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.NOT_FOUND);
    problem(get("mona", "/api/v1/saker/" + k1), HttpStatus.NOT_FOUND);
  }

  @Test
  void enSakStartetOverMotorensRestApiFarSakOgTidslinjeIMotorensTransaksjon() throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    soknad("5028").forEach((name, value) -> variables.put(name, Map.of("value", value)));
    JsonNode instance = json(engine.post("kari", "/process-definition/key/soknad/start",
        Map.of("variables", variables)), HttpStatus.OK);
    String sn = instance.get("businessKey").asText();
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(hendelser.findValuesAsText("status")).containsExactly("MOTTATT");

    int before = antallSaker();
    variables.put("soknadsdato", Map.of("value", "2999-01-01"));
    assertThat(engine.post("kari", "/process-definition/key/soknad/start", Map.of("variables", variables))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(antallSaker()).isEqualTo(before);
  }

  @Test
  void enSoknadTilFeilKommuneGirTildeltNavKontorOgBehandlesIkke() throws Exception {
    Map<String, Object> body = soknad("5028");
    body.put("tjeneste", "OKONOMISK_STONAD");
    String sn = json(post("kari", "/api/v1/soknader", body), HttpStatus.CREATED).get("saksnummer").asText();
    Map<String, Object> kartlagt = new LinkedHashMap<>(no.fagsys.sosialsak.soknad.SoknadTestSupport
        .kartlagtHerMedFulleRettigheter());
    kartlagt.putAll(no.fagsys.sosialsak.soknad.SoknadTestSupport.okonomiskStonadBesvart());
    kartlagt.put("oppholderSegIKommunen", false);
    complete("kari", sn, "Task_KartleggSoknad", kartlagt);
    complete("kari", sn, "Task_VideresendSoknad", Map.of("videresendtTilKommune", "5001",
        "videresendingBegrunnelse", "Bosatt der."));
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(typer(hendelser)).containsExactly("soknadsStatus", "soknadsStatus", "tildeltNavKontor",
        "soknadsStatus");
    assertThat(hendelser.get(2).get("navKontor").asText()).isEqualTo("5001");
    // The forwarding letter to the applicant is the event's letter, on the timeline once.
    String brev = hendelser.get(2).at("/forvaltningsbrev/referanse/id").asText();
    assertThat(pdfTekst("kari", sn, brev)).contains("Søknaden er sendt videre", "Nav Trondheim",
        "Nav Trondheim, Postboks 2300 Torgarden, 7004 Trondheim");
    assertThat(hendelser.get(3).get("status").asText()).isEqualTo("BEHANDLES_IKKE");
  }

  @Test
  void etVedtakMedVilkarGirVilkarIHendelsene() throws Exception {
    String sn = LocalDate.now().getYear() + "-5028-" + (700000 + ThreadLocalRandom.current().nextInt(99999));
    saker.opprett(new Sak(sn, sn, Sak.Sakstype.SOKNAD, "5028", "sak-api-test", "OKONOMISK_STONAD", null,
        Instant.now(), null));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("saksnummer", Map.of("value", sn));
    variables.put("kommunenummer", Map.of("value", "5028"));
    variables.put("tjeneste", Map.of("value", "OKONOMISK_STONAD"));
    variables.put("vedtakForslagUtfall", Map.of("value", "INNVILGET"));
    variables.put("vedtakForslagBegrunnelse", Map.of("value", "Du har ikke midler til nødvendig livsopphold."));
    variables.put("vedtakForslagHjemmel", Map.of("value", "sosialtjenesteloven § 18"));
    variables.put("antallBarnIHusstanden", Map.of("value", 0));
    Map<String, Object> plain = new LinkedHashMap<>();
    variables.forEach((name, value) -> plain.put(name, ((Map<?, ?>) value).get("value")));
    runtimeService.startProcessInstanceByKey("vedtak", sn, plain); // as the calling process does: no user

    complete("kari", sn, "Task_UtformVedtak", Map.of("relevanteOpplysninger", "Uten inntekt denne måneden.",
        "stonadsform", "BIDRAG", "vilkar", "Møt til samtale hver fjortende dag.", "informertOmReduksjon", true));
    complete("kjell", sn, "Task_GodkjennVedtak", Map.of("godkjent", true));
    no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(prosessmotor);
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(typer(hendelser)).containsExactly("vedtakFattet", "vilkar");
    assertThat(hendelser.get(1).get("beskrivelse").asText()).isEqualTo("Møt til samtale hver fjortende dag.");
    assertThat(hendelser.get(1).get("status").asText()).isEqualTo("RELEVANT");
    assertThat(hendelser.get(1).get("vilkarreferanse").asText()).isEqualTo(hendelser.get(0).get("vedtakId").asText());
  }

  static JsonNode hendelse(JsonNode dokument, String type) {
    for (JsonNode h : dokument.get("hendelser")) {
      if (h.get("type").asText().equals(type)) {
        return h;
      }
    }
    throw new AssertionError("Ingen hendelse " + type + " i " + dokument);
  }

  /** Fetches a letter as the user and returns the PDF's text (PDFBox). */
  String pdfTekst(String user, String saksnummer, String brevId) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    ResponseEntity<byte[]> lastet = template.exchange("/api/v1/saker/" + saksnummer + "/brev/" + brevId,
        HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(lastet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lastet.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(lastet.getBody())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
  }

  // --- letters ------------------------------------------------------------------------------------------------------

  @Test
  void etProdusertVedtaksbrevBlirVedtaksfilenIVedtakFattetOgKanHentesSomPdf() throws Exception {
    Vedtak vedtak = synteticCaseWithDecision(null);
    String sn = vedtak.saksnummer();
    String brevId = UUID.randomUUID().toString();
    byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Instant t = Instant.now();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      // The steps write the events (one writer); the letters are stored and found by the events' keys when read.
      tidslinje.registrer(new Hendelse(sn, sn, "5028", Hendelse.Type.VEDTAK_FATTET, t,
          Hendelse.Nokkel.vedtak(vedtak.id()), Map.of("utfall", "INNVILGET", "vedtakId", vedtak.id()), null));
      tidslinje.registrer(new Hendelse(sn, sn, "5028", Hendelse.Type.FORELOPIG_SVAR, t.plusMillis(1),
          Hendelse.Nokkel.forelopigSvar(sn), Map.of(), null));
      brevArkiv.lagre(new Brev(brevId, BrevType.VEDTAK, sn, "5028", "sak-api-test", vedtak.id(), t,
          "vedtak-" + sn + ".pdf", pdf));
      brevArkiv.lagre(new Brev(UUID.randomUUID().toString(), BrevType.FORELOPIG_SVAR, sn, "5028", "sak-api-test",
          null, t.plusMillis(1), "forelopig-svar-" + sn + ".pdf", pdf));
      // A letter whose event no step wrote makes no event of its own, and the same event recorded twice is one.
      brevArkiv.lagre(new Brev(UUID.randomUUID().toString(), BrevType.FORHANDSVARSEL, sn, "5028", "sak-api-test",
          null, t.plusMillis(2), "forhandsvarsel-" + sn + ".pdf", pdf));
      tidslinje.registrer(new Hendelse(sn, sn, "5028", Hendelse.Type.VEDTAK_FATTET, t.plusMillis(3),
          Hendelse.Nokkel.vedtak(vedtak.id()), Map.of("utfall", "AVSLATT"), null));
    });

    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(typer(hendelser)).containsExactly("vedtakFattet", "forelopigSvar");
    assertThat(hendelser.get(0).get("utfall").asText()).isEqualTo("INNVILGET");
    assertThat(hendelser.get(0).at("/vedtaksfil/referanse/type").asText()).isEqualTo("dokumentlager");
    assertThat(hendelser.get(0).at("/vedtaksfil/referanse/id").asText()).isEqualTo(brevId);
    assertThat(hendelser.get(1).at("/forvaltningsbrev/referanse/id").asText()).isNotBlank();

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("kari", "kari");
    ResponseEntity<byte[]> lastet = template.exchange("/api/v1/saker/" + sn + "/brev/" + brevId, HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
    assertThat(lastet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lastet.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(lastet.getHeaders().getContentDisposition().getFilename()).isEqualTo("vedtak-" + sn + ".pdf");
    assertThat(lastet.getBody()).isEqualTo(pdf);
    assertThat(json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK).at("/brev/0/id").asText()).isEqualTo(brevId);

    problem(get("kari", "/api/v1/saker/" + sn + "/brev/" + UUID.randomUUID()), HttpStatus.NOT_FOUND);
    problem(get("mona", "/api/v1/saker/" + sn + "/brev/" + brevId), HttpStatus.NOT_FOUND);
    // A letter is fetched only under its own case.
    String annen = nySoknad("kari", "5028");
    problem(get("kari", "/api/v1/saker/" + annen + "/brev/" + brevId), HttpStatus.NOT_FOUND);
  }

  // --- bad input ----------------------------------------------------------------------------------------------------

  @Test
  void manglendeFeltNavngisAlleOgIngenSakOpprettes() throws Exception {
    int before = antallSaker();
    JsonNode problem = problem(post("kari", "/api/v1/soknader", Map.of()), HttpStatus.BAD_REQUEST);
    assertThat(feltnavn(problem)).containsExactlyInAnyOrder("tjeneste", "kommunenummer", "kanal", "soknadsdato",
        "nodsituasjon", "antallBarnIHusstanden", "sokerReferanse");
    assertThat(problem.get("title").asText()).isEqualTo("Ugyldig forespørsel");
    assertThat(antallSaker()).isEqualTo(before);
  }

  @Test
  void feilTyperUkjenteVerdierOgDatoerNavngirFeltet() throws Exception {
    int before = antallSaker();
    Map<String, Object[]> matrise = new LinkedHashMap<>();
    matrise.put("nodsituasjon", new Object[] {"ja", "true"});
    matrise.put("antallBarnIHusstanden", new Object[] {"to", "3", 1.5, -1});
    matrise.put("tjeneste", new Object[] {"BOLIGLAN", 7});
    matrise.put("kanal", new Object[] {"BREVDUE"});
    matrise.put("soknadsdato", new Object[] {"23.11.2026", "2026-13-40", "2999-01-01"});
    matrise.put("kommunenummer", new Object[] {"50281"});
    matrise.put("sokerReferanse", new Object[] {"01010112345", "x".repeat(65)});
    for (Map.Entry<String, Object[]> felt : matrise.entrySet()) {
      for (Object verdi : felt.getValue()) {
        Map<String, Object> body = soknad("5028");
        body.put(felt.getKey(), verdi);
        JsonNode problem = problem(post("kari", "/api/v1/soknader", body), HttpStatus.BAD_REQUEST);
        assertThat(feltnavn(problem)).as(felt.getKey() + " = " + verdi + ": " + problem).contains(felt.getKey());
      }
    }
    JsonNode enumFeil = problem(post("kari", "/api/v1/soknader", with(soknad("5028"), "tjeneste", "BOLIGLAN")),
        HttpStatus.BAD_REQUEST);
    assertThat(enumFeil.get("invalid-params").get(0).get("reason").asText()).contains("OKONOMISK_STONAD");
    assertThat(antallSaker()).isEqualTo(before);
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  @Test
  void ikkeJsonForStorTekstOgUkjenteFelt() throws Exception {
    JsonNode ikkeJson = problem(post("kari", "/api/v1/soknader", "dette er ikke json"), HttpStatus.BAD_REQUEST);
    assertThat(ikkeJson.get("detail").asText()).contains("JSON");

    Vedtak vedtak = synteticCaseWithDecision(null);
    Map<String, Object> forLang = klage(vedtak.id());
    forLang.put("klagetekst", "x".repeat(4001));
    assertThat(feltnavn(problem(post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/klager", forLang),
        HttpStatus.BAD_REQUEST))).containsExactly("klagetekst");
    Map<String, Object> ukjentGrunn = klage(vedtak.id());
    ukjentGrunn.put("senKlageGrunn", "FORDI");
    assertThat(feltnavn(problem(post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/klager", ukjentGrunn),
        HttpStatus.BAD_REQUEST))).containsExactly("senKlageGrunn");
    // The complaint process's own start check: an unknown decision is named, nothing is started.
    assertThat(feltnavn(problem(post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/klager",
        klage("finnes-ikke")), HttpStatus.BAD_REQUEST))).contains("vedtakId");
    assertThat(saker.medUndersaker(vedtak.saksnummer())).hasSize(1);

    // Unknown fields are ignored (documented): the application is registered.
    Map<String, Object> medEkstra = soknad("5028");
    medEkstra.put("ukjentFelt", "ignoreres");
    json(post("kari", "/api/v1/soknader", medEkstra), HttpStatus.CREATED);
  }

  // --- access -------------------------------------------------------------------------------------------------------

  @Test
  void enAnnenKommunesSakFinnesIkkeOgRollerUtenTilgangFar403() throws Exception {
    String sn = nySoknad("kari", "5028");
    for (String path : List.of("/api/v1/saker/" + sn, "/api/v1/saker/" + sn + "/tidslinje")) {
      problem(get("mona", path), HttpStatus.NOT_FOUND);
      problem(get("trond", path), HttpStatus.NOT_FOUND);
      problem(get("per", path), HttpStatus.FORBIDDEN);
      json(get("rita", path), HttpStatus.OK);
      json(get("kjell", path), HttpStatus.OK);
    }
    problem(post("mona", "/api/v1/saker/" + sn + "/trekking", null), HttpStatus.NOT_FOUND);
    problem(post("rita", "/api/v1/saker/" + sn + "/trekking", null), HttpStatus.FORBIDDEN);
    problem(post("mona", "/api/v1/saker/" + sn + "/endringer", null), HttpStatus.NOT_FOUND);
    problem(post("rita", "/api/v1/saker/" + sn + "/endringer", null), HttpStatus.FORBIDDEN);
    problem(get("kari", "/api/v1/saker/2026-5028-999999"), HttpStatus.NOT_FOUND);
    problem(get("kari", "/api/v1/saker/tull"), HttpStatus.NOT_FOUND);
    problem(post("kari", "/api/v1/soknader", soknad("5031")), HttpStatus.FORBIDDEN);
    problem(post("rita", "/api/v1/soknader", soknad("5028")), HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/v1/saker/" + sn).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // --- idempotency --------------------------------------------------------------------------------------------------

  @Test
  void sammeIdempotencyKeyGirSammeSvarOgIngenNySak() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = soknad("5028");
    int before = antallSaker();
    ResponseEntity<String> first = post("kari", "/api/v1/soknader", body, key);
    ResponseEntity<String> second = post("kari", "/api/v1/soknader", body, key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(second.getBody())).isEqualTo(JSON.readTree(first.getBody()));
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(antallSaker()).isEqualTo(before + 1);

    Map<String, Object> annen = soknad("5028");
    annen.put("antallBarnIHusstanden", 3);
    problem(post("kari", "/api/v1/soknader", annen, key), HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(antallSaker()).isEqualTo(before + 1);

    // A refused request stores no answer: the same key may be used again once the input is fixed.
    String key2 = UUID.randomUUID().toString();
    problem(post("kari", "/api/v1/soknader", with(soknad("5028"), "soknadsdato", "2999-01-01"), key2),
        HttpStatus.BAD_REQUEST);
    json(post("kari", "/api/v1/soknader", soknad("5028"), key2), HttpStatus.CREATED);
  }

  @Test
  void toSamtidigeInnsendingerMedSammeNokkelGirEnSakOgSammeSvar() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = soknad("5028");
    int before = antallSaker();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.Callable<ResponseEntity<String>> send = () -> {
      start.await();
      return post("kari", "/api/v1/soknader", body, key);
    };
    try {
      var a = pool.submit(send);
      var b = pool.submit(send);
      start.countDown();
      ResponseEntity<String> ra = a.get(120, java.util.concurrent.TimeUnit.SECONDS);
      ResponseEntity<String> rb = b.get(120, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(ra.getStatusCode()).as(ra.getBody()).isEqualTo(HttpStatus.CREATED);
      assertThat(rb.getStatusCode()).as(rb.getBody()).isEqualTo(HttpStatus.CREATED);
      assertThat(JSON.readTree(ra.getBody())).isEqualTo(JSON.readTree(rb.getBody()));
    } finally {
      pool.shutdownNow();
    }
    assertThat(antallSaker()).isEqualTo(before + 1);
  }

  // --- withdrawal, breach, statement --------------------------------------------------------------------------------

  @Test
  void endringAvStonadKanBareMeldesNarInnvilgetStonadFolgesOpp() throws Exception {
    // A case still being mapped has no granted support to change: 409, nothing happens to the case
    // (the change itself, a new decision with complaint rights, is soknad.OppfolgingsvedtakTest).
    String sn = nySoknad("kari", "5028");
    problem(post("kari", "/api/v1/saker/" + sn + "/endringer", null), HttpStatus.CONFLICT);
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(hendelser.findValuesAsText("status")).containsExactly("MOTTATT");
  }

  @Test
  void soknadenTrekkesOgTidslinjenSierBehandlesIkke() throws Exception {
    String sn = nySoknad("kari", "5028");
    String key = UUID.randomUUID().toString();
    json(post("kari", "/api/v1/saker/" + sn + "/trekking", null, key), HttpStatus.OK);
    json(post("kari", "/api/v1/saker/" + sn + "/trekking", null, key), HttpStatus.OK);
    problem(post("kari", "/api/v1/saker/" + sn + "/trekking", null), HttpStatus.CONFLICT);
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + sn + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(hendelser.findValuesAsText("status")).containsExactly("MOTTATT", "BEHANDLES_IKKE");
  }

  @Test
  void vilkarsbruddMeldesOgUttalelsenTilForhandsvarseletRegistreres() throws Exception {
    Vedtak vedtak = synteticCaseWithDecision("Delta i arbeidsrettet aktivitet hver uke.");
    ResponseEntity<String> meldt = post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/vilkarsbrudd",
        Map.of("vedtakId", vedtak.id(), "vilkar", "Aktivitet hver uke", "hendelse", "Møtte ikke tre uker."));
    String v1 = json(meldt, HttpStatus.CREATED).get("saksnummer").asText();
    assertThat(v1).isEqualTo(vedtak.saksnummer() + "-V1");
    assertThat(json(get("kari", "/api/v1/saker/" + v1 + "/tidslinje"), HttpStatus.OK).get("hendelser")
        .findValuesAsText("type")).containsExactly("vilkarsbruddMeldt");
    problem(post("kari", "/api/v1/saker/" + v1 + "/uttalelser", Map.of("uttalelse", "Jeg var syk.")),
        HttpStatus.CONFLICT);
    problem(post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/uttalelser", Map.of("uttalelse", "Jeg var syk.")),
        HttpStatus.CONFLICT);
    assertThat(feltnavn(problem(post("kari", "/api/v1/saker/" + v1 + "/uttalelser",
        Map.of("uttalelse", "x".repeat(4001))), HttpStatus.BAD_REQUEST))).containsExactly("uttalelse");

    complete("kari", v1, "Task_VurderVilkarsbrudd", Map.of("vilkaretLovligStilt", true,
        "bruddetSkalFaKonsekvens", true, "vilkarsbruddVurdering", "Ingen gyldig grunn til fraværet."));
    complete("kari", v1, "Task_SendForhandsvarsel", Map.of("foreslattKonsekvens", "REDUKSJON",
        "forhandsvarselTekst", "Vi vurderer å redusere stønaden fordi vilkåret er brutt."));
    String key = UUID.randomUUID().toString();
    ResponseEntity<String> mottatt = post("kari", "/api/v1/saker/" + v1 + "/uttalelser",
        Map.of("uttalelse", "Jeg var syk."), key);
    assertThat(json(mottatt, HttpStatus.OK).get("status").asText()).isEqualTo("UTTALELSE_MOTTATT");
    ResponseEntity<String> igjen = post("kari", "/api/v1/saker/" + v1 + "/uttalelser",
        Map.of("uttalelse", "Jeg var syk."), key);
    assertThat(igjen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(igjen.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    problem(post("kari", "/api/v1/saker/" + v1 + "/uttalelser", Map.of("uttalelse", "En til.")), HttpStatus.CONFLICT);
    assertThat(tasks("kari", v1).findValuesAsText("taskDefinitionKey")).containsExactly("Task_VurderKonsekvens");
    JsonNode hendelser = json(get("kari", "/api/v1/saker/" + v1 + "/tidslinje"), HttpStatus.OK).get("hendelser");
    assertThat(typer(hendelser)).containsExactly("vilkarsbruddMeldt", "forhandsvarselSendt", "uttalelseMottatt");
    assertThat(hendelser.get(1).get("svarfrist").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(typer(json(get("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/tidslinje"), HttpStatus.OK)
        .get("hendelser"))).containsExactly("vilkarsbruddMeldt", "forhandsvarselSendt", "uttalelseMottatt");
    assertThat(feltnavn(problem(post("kari", "/api/v1/saker/" + vedtak.saksnummer() + "/vilkarsbrudd",
        Map.of("vedtakId", vedtak.id())), HttpStatus.BAD_REQUEST))).containsExactlyInAnyOrder("vilkar", "hendelse");
  }

  // --- OpenAPI ------------------------------------------------------------------------------------------------------

  @Test
  void openApiDokumentetListerHvertEndepunktForInnloggede() throws Exception {
    assertThat(get(null, "/api/v1/openapi.json").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode doc = json(get("kari", "/api/v1/openapi.json"), HttpStatus.OK);
    JsonNode paths = doc.get("paths");
    assertThat(paths.has("/api/v1/soknader") && paths.get("/api/v1/soknader").has("post")).isTrue();
    for (String[] op : new String[][] {{"/api/v1/saker/{saksnummer}", "get"},
        {"/api/v1/saker/{saksnummer}/tidslinje", "get"}, {"/api/v1/saker/{saksnummer}/klager", "post"},
        {"/api/v1/saker/{saksnummer}/vilkarsbrudd", "post"}, {"/api/v1/saker/{saksnummer}/uttalelser", "post"},
        {"/api/v1/saker/{saksnummer}/trekking", "post"}, {"/api/v1/saker/{saksnummer}/endringer", "post"},
        {"/api/v1/saker/{saksnummer}/brev/{brevId}", "get"}}) {
      assertThat(paths.path(op[0]).has(op[1])).as(op[0] + " " + op[1]).isTrue();
    }
    assertThat(doc.at("/info/description").asText()).contains("klageMottatt").contains("Idempotency-Key");
  }
}
