package no.fagsys.sosialsak.arkiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.saksspor.SakMedVedtak;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
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
 * Archiving over the domain API as the demo users: a whole case (application → decision → complaint → forwarded →
 * Statsforvalteren's outcome) queues its arkivmeldinger in order, each valid against KS's Fiks Arkiv schema (the
 * unchanged copy in {@code shared/standards/fiks-arkiv-v1} when present, else the product's), each letter's PDF/A its
 * main document; nothing reaches the archive before the job runs, and the case shows itself archived only with every
 * receipt. A failing archive is retried by the engine, leaves an incident when it keeps failing, and never gets a
 * second journalpost for a document. The job executor is off in the tests: the test runs the archive's jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArkivHelSakTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path DELT_SKJEMA = Path.of("/work/shared/standards/fiks-arkiv-v1/"
      + "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd");

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.ProcessEngine prosessmotor;
  @Autowired ManagementService managementService;
  @Autowired VedtakRegister register;
  @Autowired BrevArkiv brevArkiv;
  @Autowired ArkivUtboksRegister utboks;
  @Autowired ArkivUtsending utsending;

  EngineRest engine;
  Schema skjema;
  MappeArkiv mappeArkiv;

  @BeforeAll
  void setUp() throws Exception {
    engine = new EngineRest(template);
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    skjema = Files.exists(DELT_SKJEMA) ? factory.newSchema(DELT_SKJEMA.toFile())
        : factory.newSchema(getClass().getResource(ArkivmeldingSkjema.SKJEMA));
    mappeArkiv = (MappeArkiv) utsending.arkiv();
  }

  @AfterEach
  void ekteArkiv() {
    utsending.bruk(mappeArkiv);
  }

  // --- the whole case -----------------------------------------------------------------------------------------------

  @Test
  void enHelSakGirArkivmeldingeneIRekkefolgeGyldigeOgMedBrevenesPdfA() throws Exception {
    String sn = nySoknad();
    // Queued in the case's transaction, not yet delivered: the case is not archived.
    JsonNode sak = json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK);
    assertThat(sak.get("arkivert").asBoolean()).isFalse();
    assertThat(sak.get("arkiv")).hasSize(2);
    sak.get("arkiv").forEach(a -> {
      assertThat(a.get("status").asText()).isEqualTo("VENTER");
      assertThat(a.has("arkivreferanse")).isFalse();
    });
    // One job delivers both: two would write the same case folder at once on two nodes.
    assertThat(jobber(sn)).hasSize(1);

    Vedtak vedtak = fattVedtak(sn);
    String k1 = json(post("kari", "/api/v1/saker/" + sn + "/klager", klage(vedtak.id())), HttpStatus.CREATED)
        .get("saksnummer").asText();
    complete("kari", k1, "Task_BehandleKlagen", Map.of("undersokelser", "Ingen nye opplysninger.",
        "kommunensUtfall", "OPPRETTHOLDE", "kommunensBegrunnelse", "Vedtaket er riktig."));
    complete("kari", k1, "Task_ForberedOversendelse", Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));
    complete("sara", k1, "Task_BehandleKlageStatsforvalteren", Map.of("statsforvalterensUtfall", "STADFESTE",
        "statsforvalterensBegrunnelse", "Vedtaket stadfestes."));

    List<ArkivUtboksRegister.Post> poster = utboks.forSak(sn);
    assertThat(poster).extracting(p -> p.meldingstype() + " " + p.saksnummer() + " " + p.tittel()).containsExactly(
        "SAKSMAPPE " + sn + " Sosiale tjenester - opplysning, råd og veiledning",
        "INNGAENDE " + sn + " Søknad om opplysning, råd og veiledning",
        "UTGAENDE " + sn + " Vedtak",
        "INNGAENDE " + k1 + " Klage på vedtak",
        "UTGAENDE " + k1 + " Oversendelse av klage til Statsforvalteren",
        "INNGAENDE " + k1 + " Statsforvalterens vedtak i klagesak");
    assertThat(poster).allMatch(p -> p.status() == ArkivUtboksRegister.Status.VENTER);
    assertThat(arkivMappe(sn)).doesNotExist();

    // The job executor delivers them after commit (here: the test runs the jobs, however many there are).
    kjorJobber(sn);
    poster = utboks.forSak(sn);
    assertThat(poster).allMatch(p -> p.status() == ArkivUtboksRegister.Status.ARKIVERT && p.arkivreferanse() != null);
    assertThat(poster.get(0).arkivreferanse()).matches("\\d{4}/\\d+");
    assertThat(poster.subList(1, poster.size())).allMatch(p -> p.arkivreferanse().matches("\\d{4}/\\d+-\\d+"));

    // In the archive, in the order the case produced them, each valid and with its letter as PDF/A.
    List<Path> mapper = mapper(sn);
    assertThat(mapper).hasSize(6);
    for (int i = 0; i < mapper.size(); i++) {
      Path mappe = mapper.get(i);
      ArkivUtboksRegister.Post post = poster.get(i);
      String xml = Files.readString(mappe.resolve(MappeArkiv.MELDING), StandardCharsets.UTF_8);
      gyldig(xml);
      assertThat(mappe.getFileName().toString()).isEqualTo(String.format("%04d-", i + 1)
          + MappeArkiv.trygg(post.noekkel()));
      assertThat(xml).contains("<n5mdk:noekkel>" + post.noekkel() + "</n5mdk:noekkel>")
          .contains("<n5mdk:kode>13</n5mdk:kode>").contains("Offl. § 13 jf. sotjl. § 44");
      switch (post.meldingstype()) {
        case SAKSMAPPE -> assertThat(xml).contains("xsi:type=\"saksmappe\"").contains("Nav Melhus")
            .contains("<saksstatus>");
        case INNGAENDE -> assertThat(xml).contains("<n5mdk:kode>I</n5mdk:kode>")
            .contains("<n5mdk:noekkel>saksmappe:" + sn + "</n5mdk:noekkel>");
        case UTGAENDE -> assertThat(xml).contains("<n5mdk:kode>U</n5mdk:kode>").contains("<n5mdk:kode>RA-PDF");
      }
      if (post.brevId() != null) {
        Brev brev = brevArkiv.finn(post.brevId()).orElseThrow();
        byte[] pdf = Files.readAllBytes(mappe.resolve("dokument-" + brev.id() + ".pdf"));
        assertThat(pdf).isEqualTo(brev.pdf());
        pdfA(pdf);
        assertThat(xml).contains("<antallFiler>1</antallFiler>").contains(ArkivUtboks.sha256(pdf))
            .contains("<n5mdk:kode>H</n5mdk:kode>");
      } else {
        assertThat(xml).contains("<antallFiler>0</antallFiler>");
      }
    }
    // The public title never names the party; the screened title does.
    String mappeXml = Files.readString(mapper.get(0).resolve(MappeArkiv.MELDING));
    assertThat(mappeXml).contains("<offentligTittel>Sosiale tjenester - opplysning, råd og veiledning</offentligTittel>");

    // Now, and only now, the case shows the archive's references.
    sak = json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK);
    assertThat(sak.get("arkivert").asBoolean()).isTrue();
    assertThat(sak.get("arkiv").findValuesAsText("arkivreferanse")).hasSize(6);
    JsonNode klagesak = json(get("kari", "/api/v1/saker/" + k1), HttpStatus.OK);
    assertThat(klagesak.get("arkiv")).hasSize(3);
    // Another municipality learns nothing.
    assertThat(get("mona", "/api/v1/saker/" + sn).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // The jobs again (a second node, an operator's retry): nothing new in the archive.
    assertThat(utsending.send(sn)).isZero();
    assertThat(mapper(sn)).hasSize(6);
  }

  // --- retries and incidents ----------------------------------------------------------------------------------------

  @Test
  void etArkivSomFeilerEtterAHaMottattMeldingenFarAldriEnDuplikatJournalpost() throws Exception {
    String sn = nySoknad();
    AtomicInteger kall = new AtomicInteger();
    // The archive takes the message, but the answer is lost twice (the job fails after the archive has it).
    utsending.bruk(melding -> {
      Optional<Arkivkvittering> kvittering = mappeArkiv.arkiver(melding);
      if (kall.incrementAndGet() <= 2) {
        throw new IllegalStateException("Forbindelsen til arkivet brøt");
      }
      return kvittering;
    });
    Job jobb = jobber(sn).get(0);
    assertThatThrownBy(() -> managementService.executeJob(jobb.getId())).hasMessageContaining("brøt");
    assertThat(utboks.forSak(sn)).allMatch(p -> p.status() == ArkivUtboksRegister.Status.VENTER);
    assertThat(managementService.createJobQuery().jobId(jobb.getId()).singleResult().getRetries()).isLessThan(3);
    assertThatThrownBy(() -> managementService.executeJob(jobb.getId())).hasMessageContaining("brøt");
    kjorJobber(sn);
    assertThat(utboks.forSak(sn)).hasSize(2).allMatch(p -> p.status() == ArkivUtboksRegister.Status.ARKIVERT);
    // One folder per document, however many times it was handed over.
    assertThat(mapper(sn)).hasSize(2);
    assertThat(mapper(sn).get(0).getFileName().toString()).endsWith("saksmappe_" + sn);
  }

  @Test
  void etArkivSomIkkeSvarerGirEnHendelseICockpitOgSakenVisesIkkeSomArkivert() throws Exception {
    String sn = nySoknad();
    utsending.bruk(melding -> {
      throw new IllegalStateException("Arkivet svarer ikke");
    });
    Job jobb = jobber(sn).get(0);
    for (int i = 0; i < 5 && managementService.createJobQuery().jobId(jobb.getId()).singleResult().getRetries() > 0;
        i++) {
      assertThatThrownBy(() -> managementService.executeJob(jobb.getId())).hasMessageContaining("svarer ikke");
    }
    assertThat(managementService.createJobQuery().jobId(jobb.getId()).singleResult().getRetries()).isZero();
    // The incident Cockpit shows with the case's process definition (the job outlives the process instance, so it is
    // not tied to its execution).
    JsonNode incidents = json(engine.get("demo", "/incident?maxResults=10&configuration=" + jobb.getId()), HttpStatus.OK);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).get("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incidents.get(0).get("processDefinitionId").asText()).isEqualTo(jobb.getProcessDefinitionId())
        .startsWith("soknad:");
    assertThat(incidents.get(0).get("tenantId").asText()).isEqualTo("5028");
    assertThat(incidents.get(0).get("incidentMessage").asText()).contains("svarer ikke");
    assertThat(json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK).get("arkivert").asBoolean()).isFalse();

    // The operator fixes the archive and sets retries: delivered once.
    utsending.bruk(mappeArkiv);
    managementService.setJobRetries(jobb.getId(), 1);
    managementService.executeJob(jobb.getId());
    assertThat(json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK).get("arkivert").asBoolean()).isTrue();
    assertThat(mapper(sn)).hasSize(2);
  }

  @Test
  void gjennomFiksIoErSakenSendtMenIkkeArkivertForKvitteringenKommer() throws Exception {
    String sn = nySoknad();
    List<String> sendt = new ArrayList<>();
    utsending.bruk(new FiksIoArkiv((meldingstype, melding) -> {
      assertThat(meldingstype).isEqualTo("no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett");
      sendt.add(melding.noekkel());
    }));
    kjorJobber(sn);
    assertThat(sendt).containsExactly("saksmappe:" + sn, "soknad:" + sn);
    assertThat(utboks.forSak(sn)).allMatch(p -> p.status() == ArkivUtboksRegister.Status.SENDT
        && p.arkivreferanse() == null);
    JsonNode sak = json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK);
    assertThat(sak.get("arkivert").asBoolean()).isFalse();
    assertThat(sak.get("arkiv").findValuesAsText("status")).containsOnly("SENDT");
    assertThat(sak.get("arkiv").findValuesAsText("arkivreferanse")).isEmpty();

    // The archive's receipts arrive on the Fiks IO subscription: one, then a stray one, then the other.
    java.time.Instant na = java.time.Instant.now();
    utboks.kvittert(new Arkivkvittering("saksmappe:" + sn, "2026/99", na));
    utboks.kvittert(new Arkivkvittering("finnes-ikke:" + sn, "2026/98", na));
    assertThat(json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK).get("arkivert").asBoolean()).isFalse();
    utboks.kvittert(new Arkivkvittering("soknad:" + sn, "2026/99-1", na));
    sak = json(get("kari", "/api/v1/saker/" + sn), HttpStatus.OK);
    assertThat(sak.get("arkivert").asBoolean()).isTrue();
    assertThat(sak.get("arkiv").findValuesAsText("arkivreferanse")).containsExactly("2026/99", "2026/99-1");
    // A second receipt changes nothing.
    utboks.kvittert(new Arkivkvittering("soknad:" + sn, "2026/77-7", na));
    assertThat(utboks.forSak(sn).get(1).arkivreferanse()).isEqualTo("2026/99-1");
  }

  @Test
  void enMeldingLeggesIUtboksenEnGangPerNokkel() {
    // The outbox's insert carries its own "not queued yet" test: the first message with a key is queued, a second
    // with the same key is refused and leaves the first as it was; another key is queued beside it.
    String sak = "2026-5028-990001";
    java.time.Instant na = java.time.Instant.parse("2026-03-02T10:00:00Z");
    assertThat(utboks.leggTil("test:" + sak + ":1", Arkivmelding.Meldingstype.INNGAENDE, sak, sak, "5028", "Første",
        null, "<a/>", na)).isTrue();
    assertThat(utboks.leggTil("test:" + sak + ":1", Arkivmelding.Meldingstype.UTGAENDE, sak, sak, "5031", "Andre",
        "brev-1", "<b/>", na.plusSeconds(60))).isFalse();
    assertThat(utboks.leggTil("test:" + sak + ":2", Arkivmelding.Meldingstype.UTGAENDE, sak, sak, "5028", "Tredje",
        "brev-2", "<c/>", na)).isTrue();
    assertThat(utboks.forSak(sak)).extracting(ArkivUtboksRegister.Post::noekkel, ArkivUtboksRegister.Post::tittel,
        ArkivUtboksRegister.Post::kommunenummer, ArkivUtboksRegister.Post::brevId, ArkivUtboksRegister.Post::melding,
        ArkivUtboksRegister.Post::opprettet, ArkivUtboksRegister.Post::status)
        .containsExactly(
            tuple("test:" + sak + ":1", "Første", "5028", null, "<a/>", na, ArkivUtboksRegister.Status.VENTER),
            tuple("test:" + sak + ":2", "Tredje", "5028", "brev-2", "<c/>", na, ArkivUtboksRegister.Status.VENTER));
  }

  @Test
  void enMeldingSomIkkeErGyldigEtterSkjemaetStoppesForDenNarArkivet() {
    assertThatThrownBy(() -> ArkivmeldingSkjema.valider("<arkivmelding xmlns=\"" + ArkivmeldingXml.NS + "\">"
        + "<system>sosialsak</system></arkivmelding>")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("antallFiler");
  }

  // --- helpers ------------------------------------------------------------------------------------------------------

  void gyldig(String xml) throws Exception {
    skjema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static void pdfA(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
      assertThat(pdfa).as("PDF/A-identifikasjon").isNotNull();
      assertThat(pdfa.getPart()).isEqualTo(2);
      assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
    }
  }

  Path arkivMappe(String sn) {
    return mappeArkiv.rot().resolve("5028").resolve(sn);
  }

  List<Path> mapper(String sn) throws IOException {
    try (Stream<Path> s = Files.list(arkivMappe(sn))) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  List<Job> jobber(String sn) {
    List<Job> jobber = new ArrayList<>();
    for (Job j : managementService.createJobQuery().tenantIdIn("5028").messages().list()) {
      if (j instanceof JobEntity e && ArkivJobHandler.TYPE.equals(e.getJobHandlerType())
          && sn.equals(e.getJobHandlerConfigurationRaw())) {
        jobber.add(j);
      }
    }
    assertThat(jobber).as("arkivjobber for " + sn).isNotEmpty();
    return jobber;
  }

  void kjorJobber(String sn) {
    for (Job j : jobber(sn)) {
      managementService.executeJob(j.getId());
    }
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
    headers.setBasicAuth(user, user);
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
