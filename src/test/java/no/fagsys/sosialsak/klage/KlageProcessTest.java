package no.fagsys.sosialsak.klage;

import no.fagsys.sosialsak.platform.CaseDriver;
import static no.fagsys.sosialsak.klage.KlageProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Leveringskanal;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.UtsattIverksettelse;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of the complaint process the law distinguishes (SPEC § 4.2, seed 000), with klagevurdering and vedtak. */
class KlageProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(0.9);

  /** Monday 2 March 2026. */
  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  /** Friday 20 February 2026: the complaint deadline is Friday 13 March. */
  static final LocalDate VEDTAKSDATO = LocalDate.of(2026, 2, 20);
  static final String SAK = "2026-5028-000123";

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(date(I_DAG, 9));
    register = KlageTestSupport.registerBeans();
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  static Date date(LocalDate day, int hour) {
    return CaseDriver.date(day, hour);
  }

  // --- driving the case -------------------------------------------------------------------------------------------

  Vedtak vedtak(LocalDate vedtaksdato) {
    return KlageTestSupport.utstedtVedtak(register, SAK, vedtaksdato);
  }

  ProcessInstance start(Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(KlageProcess.KEY, variables);
  }

  ProcessInstance startKlage(Vedtak paklaget, Map<String, Object> endringer) {
    Map<String, Object> v = KlageTestSupport.klage(paklaget.id(), I_DAG);
    v.putAll(endringer);
    return start(v);
  }

  Task task(ProcessInstance instance, String element) {
    return CaseDriver.task(engine, instance.getBusinessKey(), element);
  }

  void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    CaseDriver.completeAs(engine, user, group, "5028", task, variables);
  }

  void complete(ProcessInstance instance, String element, Map<String, Object> variables) {
    completeAs("kari", "saksbehandler", task(instance, element), variables);
  }

  void statsforvalteren(ProcessInstance instance, String element, Map<String, Object> variables) {
    completeAs("sara", "statsforvalteren", task(instance, element), variables);
  }

  /** The new-decision steps: kari drafts, kjell approves. Returns the newest decision of the case. */
  Vedtak fattVedtak(ProcessInstance instance, Map<String, Object> utkast) {
    Map<String, Object> v = new HashMap<>(Map.of("relevanteOpplysninger", "Klagen og saksdokumentene.",
        "stonadsform", "BIDRAG", "informertOmReduksjon", true));
    v.putAll(utkast);
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, v);
    completeAs("kjell", "leder", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK), Map.of("godkjent", true));
    List<Vedtak> saken = register.finnForSak(SAK);
    return saken.get(saken.size() - 1);
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  void behandle(ProcessInstance instance, String utfall) {
    Map<String, Object> v = new HashMap<>(Map.of("undersokelser", "Innhentet husleiekontrakten.",
        "kommunensUtfall", utfall, "kommunensBegrunnelse", "Kommunens vurdering av klagen."));
    if (utfall.equals("ENDRE")) {
      v.put("endringGirFulltMedhold", true);
    }
    complete(instance, BEHANDLE_KLAGEN, v);
  }

  void oversend(ProcessInstance instance) {
    behandle(instance, "OPPRETTHOLDE");
    complete(instance, FORBERED_OVERSENDELSE, Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen\nSøknaden"));
  }

  // --- receipt ----------------------------------------------------------------------------------------------------

  @Test
  void klagenFarSaksnummerMedKlagenummerKommunensTenantOgVedtaketsOpplysninger() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance first = startKlage(paklaget, Map.of());
    ProcessInstance second = startKlage(paklaget, Map.of());
    assertThat(first.getBusinessKey()).isEqualTo(SAK + "-K1");
    assertThat(second.getBusinessKey()).isEqualTo(SAK + "-K2");
    assertThat(first.getTenantId()).isEqualTo("5028");
    assertThat(first).isWaitingAt(BEHANDLE_KLAGEN).hasPassedInOrder(START, KLAGEVURDERING);
    assertThat(task(first, BEHANDLE_KLAGEN)).hasCandidateGroup("saksbehandler");
    assertThat(variable(first, "paklagetVedtakId")).isEqualTo(paklaget.id());
    assertThat(variable(first, "saksnummer")).isEqualTo(SAK);
    assertThat(variable(first, "tjeneste")).isEqualTo("OKONOMISK_STONAD");
    assertThat(variable(first, "paklagetKlagefrist")).isEqualTo("2026-03-13");
    assertThat(variable(first, "innenforKlagefrist")).isEqualTo(true);
    assertThat(variable(first, "klagevurderingUtfall")).isEqualTo("REALITETSBEHANDLES");
  }

  @Test
  void ukjentVedtakAvvisesMedFeltnavnOgIngenSakStartes() {
    vedtak(VEDTAKSDATO);
    Map<String, Object> v = KlageTestSupport.klage("finnes-ikke", I_DAG);
    v.remove("klagetekst");
    v.remove("klagerHarKlagerett");
    assertThatThrownBy(() -> start(v)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("vedtakId: det finnes ikke noe fattet vedtak med id 'finnes-ikke'")
        .hasMessageContaining("klagetekst: mangler")
        .hasMessageContaining("klagerHarKlagerett: mangler");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void vedtakSomIkkeErFattetEnnaEllerAnnenKommuneAvvises() {
    Vedtak fremtidig = vedtak(I_DAG.plusDays(1));
    assertThatThrownBy(() -> startKlage(fremtidig, Map.of())).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("vedtakId: vedtaket er ikke fattet ennå");
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    assertThatThrownBy(() -> startKlage(paklaget, Map.of("kommunenummer", "5031")))
        .isInstanceOf(BadUserRequestException.class)
        // Another municipality's decision answers as an unknown one: no existence oracle.
        .hasMessageContaining("vedtakId: det finnes ikke noe fattet vedtak med id '" + paklaget.id() + "'")
        .hasMessageNotContaining("5028");
    assertThatThrownBy(() -> startKlage(paklaget, Map.of("klageMottattDato", "2026-02-19")))
        .hasMessageContaining("klageMottattDato: kan ikke være før vedtaket ble fattet");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void klageRettEtterMidnattPaEtVedtakFraSammeMinuttTasImotOgsaPaEnServerSomGarPaUtc() {
    TimeZone serverensSone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try {
      // 00:30 on Tuesday 3 March in Norway is 23:30 on Monday 2 March UTC. A decision made now is dated 3 March
      // (FattVedtakDelegate dates by Norwegian time), and a complaint on it received today must be taken in: the
      // server's day (2 March) is not the day of the record.
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T23:30:00Z")));
      LocalDate norskDag = LocalDate.of(2026, 3, 3);
      assertThat(EngineTime.today()).isEqualTo(norskDag);
      Vedtak paklaget = vedtak(norskDag);
      ProcessInstance klage = start(KlageTestSupport.klage(paklaget.id(), norskDag));
      assertThat(klage).isWaitingAt(BEHANDLE_KLAGEN);
      assertThat(variable(klage, "paklagetKlagefrist")).isEqualTo(Frister.klagefrist(norskDag).toString());
      // The day after in Norway is still «not yet received» for a complaint.
      Map<String, Object> imorgen = KlageTestSupport.klage(paklaget.id(), norskDag.plusDays(1));
      assertThatThrownBy(() -> start(imorgen)).isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("klageMottattDato: kan ikke være etter dagens dato");
    } finally {
      TimeZone.setDefault(serverensSone);
    }
  }

  @Test
  void hvertSkjemaIModellenFinnesMedSammeIdSomFilnavnOgNorskeObligatoriskeFelt() throws Exception {
    String bpmn = java.nio.file.Files.readString(java.nio.file.Path.of("processes/klage.bpmn"));
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(bpmn);
    java.util.Set<String> forms = new java.util.TreeSet<>();
    while (refs.find()) {
      forms.add(refs.group(1));
    }
    assertThat(forms).containsExactlyInAnyOrder(FORM_START, FORM_TILBAKEMELDING, FORM_RETTING, FORM_BEHANDLE,
        FORM_OVERSEND, FORM_STATSFORVALTEREN, FORM_UTSATT_IVERKSETTELSE);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String form : forms) {
      com.fasterxml.jackson.databind.JsonNode schema = json.readTree(java.nio.file.Path.of("forms", form + ".form").toFile());
      assertThat(schema.get("id").asText()).isEqualTo(form);
      assertThat(schema.get("schemaVersion").asInt()).isEqualTo(16);
      assertThat(schema.findValues("required")).as(form + " har obligatoriske felt").isNotEmpty();
    }
  }

  // --- klagevurdering -----------------------------------------------------------------------------------------------

  @Test
  void renMisnoyeBehandlesSomTilbakemelding() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of("gjelderEnkeltvedtak", false));
    assertThat(instance).isWaitingAt(BEHANDLE_SOM_TILBAKEMELDING);
    complete(instance, BEHANDLE_SOM_TILBAKEMELDING, Map.of("tilbakemeldingSvar", "Takk for tilbakemeldingen."));
    assertThat(instance).isEnded().hasPassed(BEHANDLET_SOM_TILBAKEMELDING).hasNotPassed(VEDTAK_AVVISNING);
    assertThat(variable(instance, "saksstatus")).isEqualTo("TILBAKEMELDING");
  }

  @Test
  void klageUtenKlagerettAvvisesMedEtAvvisningsvedtak() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of("klagerHarKlagerett", false));
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
    Vedtak avvisning = fattVedtak(instance, Map.of());
    assertThat(avvisning.vedtakGjelder()).isEqualTo("AVVISNING_KLAGE");
    assertThat(avvisning.utfall()).isEqualTo("AVVIST");
    assertThat(avvisning.erstatterVedtakId()).isNull();
    assertThat(avvisning.hjemmel()).contains("§ 28");
    assertThat(instance).isEnded().hasPassed(KLAGE_AVVIST);
    assertThat(variable(instance, "paklagetVedtakId")).isEqualTo(paklaget.id());
    assertThat(variable(instance, "vedtakId")).isEqualTo(avvisning.id());
    assertThat(variable(instance, "saksstatus")).isEqualTo("AVVIST");
  }

  // --- klagefristen fra underretningen (fvl. §§ 29–31) -------------------------------------------------------------

  Vedtak vedtakMottatt(LocalDate vedtaksdato, Leveringskanal kanal, LocalDate mottatt) {
    Vedtak vedtak = KlageTestSupport.utstedtVedtakUtenLevering(register, SAK, vedtaksdato);
    KlageTestSupport.levert(vedtak, kanal, mottatt);
    return vedtak;
  }

  ProcessInstance klageMottatt(Vedtak paklaget, LocalDate mottatt, Map<String, Object> endringer) {
    Map<String, Object> v = KlageTestSupport.klage(paklaget.id(), mottatt);
    v.putAll(endringer);
    return start(v);
  }

  @Test
  void klageTjueDagerEtterVedtaksdatoMenFemtenDagerEtterAtBrevetKomFramErIRettTid() {
    // Decided Monday 9 February, posted, reached the party Saturday 14th by the record; complaint on 1 March.
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 9), Leveringskanal.POST, LocalDate.of(2026, 2, 14));
    ProcessInstance instance = klageMottatt(paklaget, LocalDate.of(2026, 3, 1), Map.of());
    assertThat(variable(instance, "vedtakMottattDato")).isEqualTo("2026-02-14");
    assertThat(variable(instance, "vedtakLeveringskanal")).isEqualTo("POST");
    assertThat(variable(instance, "paklagetKlagefrist")).isEqualTo("2026-03-09");
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(true);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void klageSomErSenRegnetFraVedtaksdatoenMenIRettTidFraMottaketRealitetsbehandles() {
    // Decided 2 February (deadline from that day: 23 February), reached the party 9 February: deadline 2 March.
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.POST, LocalDate.of(2026, 2, 9));
    ProcessInstance instance = klageMottatt(paklaget, LocalDate.of(2026, 3, 2), Map.of());
    assertThat(variable(instance, "paklagetKlagefrist")).isEqualTo("2026-03-02");
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(true);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void klageDagenEtterFristenRegnetFraMottaketErForSen() {
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.DIGITAL, LocalDate.of(2026, 2, 6));
    ProcessInstance instance = klageMottatt(paklaget, LocalDate.of(2026, 3, 2), Map.of());
    assertThat(variable(instance, "paklagetKlagefrist")).isEqualTo("2026-02-27");
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
  }

  @Test
  void klagePostlagtSisteFristdagOgMottattSenereErIRettTid() {
    // Reached the party digitally 6 February: deadline Friday 27 February. Posted that day, arrived 2 March.
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.DIGITAL, LocalDate.of(2026, 2, 6));
    ProcessInstance instance = klageMottatt(paklaget, LocalDate.of(2026, 3, 2),
        Map.of("klagePostlagtDato", "2026-02-27"));
    assertThat(variable(instance, "klageFramsattDato")).isEqualTo("2026-02-27");
    assertThat(variable(instance, "klageMottattDato")).isEqualTo("2026-03-02");
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(true);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void klagePostlagtDagenEtterFristenErForSen() {
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.DIGITAL, LocalDate.of(2026, 2, 6));
    ProcessInstance instance = klageMottatt(paklaget, LocalDate.of(2026, 3, 2),
        Map.of("klagePostlagtDato", "2026-02-28"));
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
  }

  @Test
  void postleggingsdatoEtterMottaketEllerForVedtaketAvvisesMedFeltnavn() {
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.DIGITAL, LocalDate.of(2026, 2, 6));
    assertThatThrownBy(() -> klageMottatt(paklaget, LocalDate.of(2026, 2, 20), Map.of("klagePostlagtDato",
        "2026-02-21"))).hasMessageContaining("klagePostlagtDato: kan ikke være etter datoen klagen kom inn");
    assertThatThrownBy(() -> klageMottatt(paklaget, LocalDate.of(2026, 2, 20), Map.of("klagePostlagtDato",
        "2026-01-30"))).hasMessageContaining("klagePostlagtDato: kan ikke være før vedtaket ble fattet");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void senKlageMedSaerligeGrunnerRealitetsbehandlesUtenAvvises() {
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 2, 2), Leveringskanal.DIGITAL, LocalDate.of(2026, 2, 2));
    ProcessInstance utenGrunner = klageMottatt(paklaget, I_DAG, Map.of("saerligeGrunnerForSenKlage", false));
    assertThat(utenGrunner).isWaitingAt(VEDTAK_AVVISNING);
    ProcessInstance medGrunner = klageMottatt(paklaget, I_DAG,
        Map.of("saerligeGrunnerForSenKlage", true, "senKlageGrunn", "SAERLIGE_GRUNNER"));
    assertThat(variable(medGrunner, "innenforKlagefrist")).isEqualTo(false);
    assertThat(medGrunner).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void vedtakUtenRegistrertLeveringHarIkkeKlagefristSomLoper() {
    Vedtak paklaget = KlageTestSupport.utstedtVedtakUtenLevering(register, SAK, LocalDate.of(2026, 1, 5));
    ProcessInstance instance = klageMottatt(paklaget, I_DAG, Map.of());
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(true);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("vedtakMottattDato").count()).isZero();
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void mottaksdatoIkkeFraSkjemaetMenFraLeveringen() {
    // The start form cannot move the day the decision reached the party or the deadline: both are recomputed.
    Vedtak paklaget = vedtakMottatt(LocalDate.of(2026, 1, 5), Leveringskanal.DIGITAL, LocalDate.of(2026, 1, 5));
    ProcessInstance instance = klageMottatt(paklaget, I_DAG, Map.of("vedtakMottattDato", "2026-02-27",
        "paklagetKlagefrist", "2026-03-20", "innenforKlagefrist", true));
    assertThat(variable(instance, "vedtakMottattDato")).isEqualTo("2026-01-05");
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
  }

  @Test
  void senKlageUtenUnnskyldningAvvises() {
    ProcessInstance instance = startKlage(vedtak(LocalDate.of(2026, 1, 5)), Map.of());
    assertThat(variable(instance, "innenforKlagefrist")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
    assertThat(fattVedtak(instance, Map.of()).hjemmel()).contains("§ 31");
  }

  @Test
  void senKlageMerEnnEttArEtterVedtaketAvvisesSelvMedSaerligeGrunner() {
    ProcessInstance instance = startKlage(vedtak(LocalDate.of(2025, 2, 27)),
        Map.of("saerligeGrunnerForSenKlage", true, "senKlageGrunn", "SAERLIGE_GRUNNER"));
    assertThat(variable(instance, "merEnnEttArSidenVedtaket")).isEqualTo(true);
    assertThat(variable(instance, "saerligeGrunnerForSenKlage")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING);
    fattVedtak(instance, Map.of());
    assertThat(instance).isEnded().hasPassed(KLAGE_AVVIST);
  }

  @Test
  void senKlageSomKanProvesEtterParagraf31RealitetsbehandlesMedGrunnen() {
    Vedtak paklaget = vedtak(LocalDate.of(2026, 1, 5));
    assertThatThrownBy(() -> startKlage(paklaget, Map.of("saerligeGrunnerForSenKlage", true)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("senKlageGrunn: må være en av");
    ProcessInstance instance = startKlage(paklaget,
        Map.of("saerligeGrunnerForSenKlage", true, "senKlageGrunn", "PARTEN_KAN_IKKE_LASTES"));
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
    assertThat(variable(instance, "senKlageGrunn")).isEqualTo("PARTEN_KAN_IKKE_LASTES");
    assertThat(variable(instance, "klagevurderingHjemmel")).isEqualTo("forvaltningsloven § 33, jf. § 31");
  }

  // --- retting av mangler (fvl. § 32, § 11) ---------------------------------------------------------------------------

  @Test
  void mangelfullKlageRettesOgRealitetsbehandles() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of("skriftligOgUndertegnet", false));
    assertThat(instance).isWaitingAt(VEILED_OM_RETTING);
    assertThat(task(instance, VEILED_OM_RETTING)).hasCandidateGroup("saksbehandler");
    assertThatThrownBy(() -> complete(instance, VEILED_OM_RETTING, Map.of("rettingBrevtekst", " ", "rettefrist",
        "2026-03-02"))).hasMessageContaining("rettingBrevtekst: skriv hva klageren må rette")
        .hasMessageContaining("rettefrist: må være etter dagens dato");
    complete(instance, VEILED_OM_RETTING, Map.of("rettingBrevtekst", "Signer klagen og send den til oss.",
        "rettefrist", "2026-03-16"));
    assertThat(instance).isWaitingAt(VENTER_PA_RETTING);
    Brev brev = BrevTestSupport.eneste(BrevType.KLAGE_RETTING);
    assertThat(brev.id()).isEqualTo(variable(instance, "rettingsbrevId"));
    assertThat(brev.saksnummer()).isEqualTo(SAK + "-K1");
    assertThat(BrevTestSupport.tekst(brev)).containsSubsequence("Nav kommune 5028", SAK + "-K1", "Til klageren",
        "Klagen din må rettes – økonomisk stønad",
        "Saken gjelder", "Vi har mottatt klagen din av 02.03.2026 på vedtaket av 20.02.2026 om økonomisk stønad",
        "Hva som mangler", "Klagen må være skriftlig og undertegnet av deg.", "Signer klagen og send den til oss.",
        "Frist", "Send den rettede klagen til Nav kommune 5028, Postboks 100, 7224 Melhus, innen 16.03.2026",
        "kan klagen bli avvist",
        "Lovhjemmel", "forvaltningsloven § 32", "Hjelp", "kari")
        .doesNotContain("hvilken endring du ønsker.");
    engine.getRuntimeService().createMessageCorrelation(KlageProcess.Messages.KLAGE_RETTET)
        .processInstanceBusinessKey(instance.getBusinessKey()).setVariable("skriftligOgUndertegnet", true).correlate();
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN).hasPassedInOrder(VEILED_OM_RETTING, KLAGE_RETTET, KLAGEVURDERING)
        .hasNotPassed(RETTEFRIST_UTLOPT);
    assertThat(variable(instance, "klagevurderingUtfall")).isEqualTo("REALITETSBEHANDLES");
  }

  @Test
  void klageSomIkkeRettesInnenFristenAvvises() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of("angirVedtakOgOnsketEndring", false));
    complete(instance, VEILED_OM_RETTING, Map.of("rettingBrevtekst", "Skriv hva du vil endre.", "rettefrist", "2026-03-16"));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(RETTEFRIST_UTLOPT).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 16).atTime(23, 59, 59)
        .atZone(ZoneId.systemDefault()).toInstant()));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(instance).isWaitingAt(VEDTAK_AVVISNING).hasPassed(RETTEFRIST_UTLOPT).hasNotPassed(KLAGE_RETTET);
    Vedtak avvisning = fattVedtak(instance, Map.of());
    assertThat(avvisning.begrunnelse()).contains("ikke rettet innen fristen");
    assertThat(avvisning.hjemmel()).contains("§ 32");
    assertThat(instance).isEnded().hasPassed(KLAGE_AVVIST);
  }

  // --- realitetsbehandling i kommunen ---------------------------------------------------------------------------------

  @Test
  void kommunenAvviserKlagen() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    behandle(instance, "AVVISE");
    Vedtak avvisning = fattVedtak(instance, Map.of());
    assertThat(avvisning.vedtakGjelder()).isEqualTo("AVVISNING_KLAGE");
    assertThat(avvisning.begrunnelse()).isEqualTo("Kommunens vurdering av klagen.");
    assertThat(instance).isEnded().hasPassed(KLAGE_AVVIST).hasNotPassed(FORBERED_OVERSENDELSE);
  }

  @Test
  void kommunenEndrerVedtaketMedEtNyttVedtakSomErstatterDetPaklagede() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    behandle(instance, "ENDRE");
    assertThat(instance).isWaitingAt(VEDTAK_ENDRING);
    Vedtak nytt = fattVedtak(instance, Map.of("vedtakUtfall", "DELVIS_INNVILGET", "vedtakHjemmel", "sosialtjenesteloven § 18"));
    assertThat(nytt.erstatterVedtakId()).isEqualTo(paklaget.id());
    assertThat(nytt.vedtakGjelder()).isEqualTo("KLAGE");
    assertThat(nytt.utfall()).isEqualTo("DELVIS_INNVILGET");
    assertThat(instance).isEnded().hasPassed(VEDTAK_ENDRET);
    // The municipality's own re-decision: the complaint was considered again here, nothing came back from above.
    String brev = vedtaksbrevTekst(nytt);
    assertThat(brev).contains("Svar på klage – økonomisk stønad",
        "Vi har behandlet klagen din på nytt. Saken om økonomisk stønad er delvis innvilget.");
    assertThat(brev).doesNotContain("Statsforvalteren har opphevet").doesNotContain("sendt tilbake fra");
    assertThat(variable(instance, "paklagetVedtakId")).isEqualTo(paklaget.id());
    assertThat(variable(instance, "vedtakId")).isEqualTo(nytt.id());
  }

  @Test
  void endringUtenSvarPaFulltMedholdEllerUkjentUtfallAvvisesMedFeltnavn() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    assertThatThrownBy(() -> complete(instance, BEHANDLE_KLAGEN, Map.of("undersokelser", "Undersøkt.",
        "kommunensUtfall", "ENDRE", "kommunensBegrunnelse", "Delvis riktig.")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("endringGirFulltMedhold");
    assertThatThrownBy(() -> complete(instance, BEHANDLE_KLAGEN, Map.of("undersokelser", "Undersøkt.",
        "kommunensUtfall", "DELVIS", "kommunensBegrunnelse", "Delvis riktig.")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kommunensUtfall");
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN);
  }

  @Test
  void delvisEndringGirNyttVedtakOgSenderRestenTilStatsforvalteren() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    complete(instance, BEHANDLE_KLAGEN, Map.of("undersokelser", "Innhentet husleiekontrakten.",
        "kommunensUtfall", "ENDRE", "endringGirFulltMedhold", false,
        "kommunensBegrunnelse", "Husleien dekkes, men ikke strømutgiftene."));
    assertThat(instance).isWaitingAt(VEDTAK_ENDRING);
    Vedtak nytt = fattVedtak(instance, Map.of("vedtakUtfall", "DELVIS_INNVILGET",
        "vedtakHjemmel", "sosialtjenesteloven § 18"));
    // The new decision is stored, replaces the one complained about, and is the municipality's re-decision.
    assertThat(register.finn(nytt.id())).isPresent();
    assertThat(nytt.erstatterVedtakId()).isEqualTo(paklaget.id());
    assertThat(nytt.vedtakGjelder()).isEqualTo("KLAGE");
    assertThat(nytt.utfall()).isEqualTo("DELVIS_INNVILGET");
    assertThat(vedtaksbrevTekst(nytt)).contains("Vi har behandlet klagen din på nytt");
    // ... and the rest of the complaint goes on to Statsforvalteren.
    assertThat(instance).hasPassed(VEDTAK_ENDRING, GATEWAY_FULLT_MEDHOLD).hasNotPassed(VEDTAK_ENDRET)
        .isWaitingAt(FORBERED_OVERSENDELSE);
    assertThat(variable(instance, "delvisEndretVedtakId")).isEqualTo(nytt.id());
    complete(instance, FORBERED_OVERSENDELSE, Map.of("oversendelsesbrev", "Strømutgiftene er fortsatt omstridt.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nDet nye vedtaket\nKlagen"));
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGE_STATSFORVALTEREN);
    assertThat(variable(instance, "oversendtStatsforvalteren")).isEqualTo(true);
    Brev brev = BrevTestSupport.eneste(BrevType.KLAGE_OVERSENDELSE);
    assertThat(BrevTestSupport.tekst(brev).replace("- ", "-")).containsSubsequence("Kommunens vurdering",
        "delvis medhold i et nytt vedtak (" + nytt.id() + ")",
        "Den delen av klagen som ikke er tatt til følge, sendes Statsforvalteren",
        "Husleien dekkes, men ikke strømutgiftene.", "Strømutgiftene er fortsatt omstridt.")
        .doesNotContain("finner ikke grunnlag for å endre");
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN,
        Map.of("statsforvalterensUtfall", "STADFESTE", "statsforvalterensBegrunnelse", "Resten er riktig avgjort."));
    assertThat(instance).isEnded().hasPassed(VEDTAK_STADFESTET);
  }

  @Test
  void etterDelvisEndringErstatterStatsforvalterensEndringVedtaketSomGjelder() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    complete(instance, BEHANDLE_KLAGEN, Map.of("undersokelser", "Innhentet husleiekontrakten.",
        "kommunensUtfall", "ENDRE", "endringGirFulltMedhold", false,
        "kommunensBegrunnelse", "Husleien dekkes, men ikke strømutgiftene."));
    Vedtak delvis = fattVedtak(instance, Map.of("vedtakUtfall", "DELVIS_INNVILGET",
        "vedtakHjemmel", "sosialtjenesteloven § 18"));
    complete(instance, FORBERED_OVERSENDELSE, Map.of("oversendelsesbrev", "Strømutgiftene er fortsatt omstridt.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nDet nye vedtaket\nKlagen"));
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN, Map.of("statsforvalterensUtfall", "ENDRE",
        "statsforvalterensVedtakUtfall", "INNVILGET", "statsforvalterensHjemmel", "sosialtjenesteloven § 18",
        "statsforvalterensBegrunnelse", "Også strømutgiftene er nødvendige."));
    assertThat(instance).isEnded().hasPassed(REGISTRER_STATSFORVALTERENS_VEDTAK);
    // The partial change had replaced the decision complained about; Statsforvalteren's change replaces the partial
    // change, so exactly one decision is in force and the chain reads original → partial change → Statsforvalteren.
    Vedtak endelig = register.finn((String) variable(instance, "statsforvalterensVedtakId")).orElseThrow();
    assertThat(delvis.erstatterVedtakId()).isEqualTo(paklaget.id());
    assertThat(endelig.erstatterVedtakId()).isEqualTo(delvis.id());
    assertThat(endelig.kanPaklages()).isFalse();
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.STATSFORVALTERENS_VEDTAK))).containsSubsequence(
        "Saken gjelder", "ga deg delvis medhold i et nytt vedtak av 02.03.2026, og sendte resten av klagen til "
            + "Statsforvalteren i Trøndelag",
        "Vedtak", "slik det ble delvis endret ved vedtak av 02.03.2026, endres.",
        "Lovteksten finner du på Lovdata: forvaltningsloven: https://lovdata.no/lov/1967-02-10",
        "Hva skjer nå", "Dette vedtaket erstatter vedtaket fra", "Vedtaket er endelig")
        .doesNotContain("opprettholdt vedtaket", "Klagefristen");
  }

  @Test
  void opprettholdtVedtakOversendesSomOpprettholdtSelvOmDelvisEndringErSendtInn() {
    // delvisEndretVedtakId is the model's: a value submitted with the task does not make the letter say "delvis".
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    Map<String, Object> v = Map.of("undersokelser", "Undersøkt.", "kommunensUtfall", "OPPRETTHOLDE",
        "kommunensBegrunnelse", "Vedtaket er riktig.", "delvisEndretVedtakId", "falsk-id");
    try {
      complete(instance, BEHANDLE_KLAGEN, v);
    } catch (ProcessEngineException refused) {
      behandle(instance, "OPPRETTHOLDE");
    }
    complete(instance, FORBERED_OVERSENDELSE, Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.KLAGE_OVERSENDELSE)))
        .contains("finner ikke grunnlag for å endre").doesNotContain("falsk-id").doesNotContain("delvis medhold");
  }

  @Test
  void oversendelseKreverKopiTilKlagerOgNavngitteVedlegg() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    behandle(instance, "OPPRETTHOLDE");
    assertThat(variable(instance, "vedlegg").toString()).contains("Påklaget vedtak").contains("Klagen, mottatt 2026-03-02");
    assertThatThrownBy(() -> complete(instance, FORBERED_OVERSENDELSE,
        Map.of("oversendelsesbrev", "Brev.", "kopiSendtKlager", false, "vedlegg", " ")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kopiSendtKlager").hasMessageContaining("vedlegg");
    assertThat(instance).isWaitingAt(FORBERED_OVERSENDELSE);
    assertThat(BrevTestSupport.arkiv().alle()).noneMatch(b -> b.type() == BrevType.KLAGE_OVERSENDELSE);
  }

  // --- Statsforvalteren -------------------------------------------------------------------------------------------

  @Test
  void opprettholdtVedtakSendesTilStatsforvalterenMedTreManedersFrist() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    oversend(instance);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGE_STATSFORVALTEREN);
    assertThat(task(instance, BEHANDLE_KLAGE_STATSFORVALTEREN)).hasCandidateGroup("statsforvalteren")
        .hasDueDate(Date.from(LocalDate.of(2026, 6, 2).atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    assertThat(variable(instance, "oversendtStatsforvalteren")).isEqualTo(true);
    assertThat(variable(instance, "saksstatus")).isEqualTo("OVERSENDT_STATSFORVALTEREN");
    Brev brev = BrevTestSupport.eneste(BrevType.KLAGE_OVERSENDELSE);
    assertThat(brev.saksnummer()).isEqualTo(instance.getBusinessKey()).endsWith("-K1");
    assertThat(brev.vedtakId()).isEqualTo(variable(instance, "paklagetVedtakId"));
    assertThat(variable(instance, "oversendelsesbrevId")).isEqualTo(brev.id());
    // A line may break after a hyphen of the decision id (as it falls): join it again.
    assertThat(BrevTestSupport.tekst(brev).replace("- ", "-")).containsSubsequence(instance.getBusinessKey(),
        "Statsforvalteren i Trøndelag",
        "Oversendelse av klage – økonomisk stønad", "Saken gjelder", brev.vedtakId(), "Klagen",
        "Jeg klager på avslaget", "Undersøkelser etter klagen", "husleiekontrakten", "Kommunens vurdering",
        "Vedtaket opprettholdes", "Kommunens vurdering av klagen.", "Kommunen opprettholder vedtaket.", "Vedlegg",
        "Vedtaket", "Klagen", "Søknaden", "Kopi til: klageren", "kari");
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN,
        Map.of("statsforvalterensUtfall", "AVVISE", "statsforvalterensBegrunnelse", "Klageren mangler klagerett."));
    assertThat(instance).isEnded().hasPassed(AVVIST_AV_STATSFORVALTEREN);
  }

  @Test
  void statsforvalterenStadfesterVedtaket() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    oversend(instance);
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN,
        Map.of("statsforvalterensUtfall", "STADFESTE", "statsforvalterensBegrunnelse", "Vedtaket er riktig."));
    assertThat(instance).isEnded().hasPassed(VEDTAK_STADFESTET);
    assertThat(register.finnForSak(SAK)).hasSize(1);
  }

  @Test
  void statsforvalterenEndrerVedtaketOgDetNyeVedtaketRegistreres() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    oversend(instance);
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN, Map.of("statsforvalterensUtfall", "ENDRE",
        "statsforvalterensVedtakUtfall", "INNVILGET", "statsforvalterensHjemmel", "sosialtjenesteloven § 18",
        "statsforvalterensBegrunnelse", "Søkeren har rett til stønad."));
    assertThat(instance).isEnded().hasPassed(REGISTRER_STATSFORVALTERENS_VEDTAK, ENDRET_AV_STATSFORVALTEREN);
    Vedtak nytt = register.finn((String) variable(instance, "statsforvalterensVedtakId")).orElseThrow();
    assertThat(nytt.erstatterVedtakId()).isEqualTo(paklaget.id());
    assertThat(nytt.vedtakGjelder()).isEqualTo("KLAGE");
    assertThat(nytt.utfall()).isEqualTo("INNVILGET");
    assertThat(nytt.utformetAv()).isEqualTo("sara");
    assertThat(nytt.godkjentAv()).isEqualTo("sara");
    assertThat(nytt.kommunenummer()).isEqualTo("5028");
    assertThat(nytt.saksnummer()).isEqualTo(SAK);
  }

  @Test
  void statsforvalterenOppheverOgKommunenFatterNyttVedtak() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    oversend(instance);
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN,
        Map.of("statsforvalterensUtfall", "OPPHEVE", "statsforvalterensBegrunnelse", "Saken er ikke godt nok opplyst."));
    assertThat(instance).isWaitingAt(VEDTAK_ETTER_OPPHEVING);
    assertThat(task(instance, VedtakProcess.Elements.UTFORM_VEDTAK)).hasCandidateGroup("saksbehandler");
    Vedtak nytt = fattVedtak(instance, Map.of("vedtakUtfall", "INNVILGET", "vedtakHjemmel", "sosialtjenesteloven § 18"));
    assertThat(nytt.erstatterVedtakId()).isEqualTo(paklaget.id());
    assertThat(nytt.begrunnelse()).isEqualTo("Saken er ikke godt nok opplyst.");
    assertThat(nytt.vedtakGjelder()).isEqualTo("ETTER_OPPHEVING");
    assertThat(instance).isEnded().hasPassed(NYTT_VEDTAK_ETTER_OPPHEVING);
    // The new decision's letter says the case came back from Statsforvalteren and was decided anew, not that the
    // municipality considered the complaint again; it is a new first-instance decision and can be complained about.
    String brev = vedtaksbrevTekst(nytt);
    assertThat(brev).containsSubsequence("Nytt vedtak etter oppheving – økonomisk stønad", "Saken gjelder",
        "Statsforvalteren har opphevet vedtaket og sendt saken tilbake til oss for ny behandling.", "Vedtak",
        "Saken er sendt tilbake fra Statsforvalteren, og vi har avgjort den på nytt. Saken om økonomisk stønad er "
            + "innvilget.", "Klageadgang", "Dette vedtaket kan påklages.");
    assertThat(brev).doesNotContain("Vi har behandlet klagen din på nytt").doesNotContain("Svar på klage");
  }

  @Test
  void etterOpphevingKanIkkeSendesInnAvSaksbehandleren() {
    // vedtakGjelder comes from the model's input mapping: a value submitted with a task does not reach the decision
    // (the completion is either refused or the model's value wins).
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    Map<String, Object> utfall = Map.of("undersokelser", "Innhentet husleiekontrakten.", "kommunensUtfall", "ENDRE",
        "kommunensBegrunnelse", "Kommunens vurdering av klagen.", "endringGirFulltMedhold", true,
        "vedtakGjelder", "ETTER_OPPHEVING");
    try {
      complete(instance, BEHANDLE_KLAGEN, utfall);
    } catch (ProcessEngineException refused) {
      behandle(instance, "ENDRE");
    }
    Vedtak nytt = fattVedtak(instance, Map.of("vedtakUtfall", "INNVILGET", "vedtakHjemmel", "sosialtjenesteloven § 18"));
    assertThat(nytt.vedtakGjelder()).isEqualTo("KLAGE");
    assertThat(vedtaksbrevTekst(nytt)).contains("Vi har behandlet klagen din på nytt")
        .doesNotContain("sendt tilbake fra Statsforvalteren");
  }

  /** The PDF text of the decision letter of {@code vedtak}. */
  String vedtaksbrevTekst(Vedtak vedtak) {
    List<Brev> brev = BrevTestSupport.arkiv().alle().stream()
        .filter(b -> b.type() == BrevType.VEDTAK && vedtak.id().equals(b.vedtakId())).toList();
    assertThat(brev).as("vedtaksbrev for " + vedtak.id()).hasSize(1);
    return BrevTestSupport.tekst(brev.get(0)).replace("- ", "-");
  }

  // --- Statsforvalterens vedtak som brev (fvl. § 28 tredje ledd) ---------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      AVVISE    | Klagen din avvises.                                                | står ved lag
      STADFESTE | Vedtaket fra Nav kommune 5028 av 20.02.2026 om økonomisk stønad stadfestes. | står ved lag
      ENDRE     | Vedtaket fra Nav kommune 5028 av 20.02.2026 endres. Saken om økonomisk stønad er innvilget. | Dette vedtaket erstatter vedtaket
      OPPHEVE   | Vedtaket fra Nav kommune 5028 av 20.02.2026 oppheves, og saken sendes tilbake til Nav kommune 5028 for ny behandling. | sender deg et nytt vedtak
      """)
  void statsforvalterensAvgjorelseSendesSomEndeligVedtaksbrevMedKopiTilKommunen(String utfall, String vedtak,
      String videre) {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    oversend(instance);
    Map<String, Object> avgjorelse = new HashMap<>(Map.of("statsforvalterensUtfall", utfall,
        "statsforvalterensBegrunnelse", "Statsforvalterens begrunnelse."));
    if (utfall.equals("ENDRE")) {
      avgjorelse.putAll(Map.of("statsforvalterensVedtakUtfall", "INNVILGET", "statsforvalterensHjemmel",
          "sosialtjenesteloven § 18"));
    }
    statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN, avgjorelse);
    assertThat(instance).hasPassedInOrder(BEHANDLE_KLAGE_STATSFORVALTEREN, SEND_STATSFORVALTERENS_VEDTAK);

    Brev brev = BrevTestSupport.eneste(BrevType.STATSFORVALTERENS_VEDTAK);
    assertThat(brev.id()).isEqualTo(variable(instance, "statsforvalterensVedtaksbrevId"));
    assertThat(brev.saksnummer()).isEqualTo(SAK + "-K1");
    assertThat(brev.vedtakId()).isEqualTo(paklaget.id());
    String tekst = BrevTestSupport.tekst(brev);
    assertThat(tekst).containsSubsequence("Statsforvalteren i Trøndelag", SAK + "-K1", "Til klageren",
        "Vedtak i klagesaken – økonomisk stønad",
        "Saken gjelder", "Du har klaget på vedtaket fra Nav kommune 5028 av 20.02.2026",
        "Vedtak", vedtak,
        "Begrunnelse", "Statsforvalterens begrunnelse.",
        "Lovhjemmel", "Statsforvalteren i Trøndelag er klageinstans",
        "Hva skjer nå", videre,
        "Vedtaket er endelig", "Dette vedtaket er endelig og kan ikke påklages videre (forvaltningsloven § 28 tredje "
            + "ledd).",
        "Generell informasjon", "forvaltningsloven §§ 18 til 19",
        "Kopi til: Nav kommune 5028", "sara", "for Statsforvalteren i Trøndelag");
    // No further complaint is offered.
    assertThat(tekst).doesNotContain("Klagefristen", "kan påklages.", "Klageadgang");
    if (utfall.equals("ENDRE")) {
      assertThat(tekst).contains("Dette vedtaket erstatter vedtaket", "De som ikke kan sørge for sitt livsopphold");
    }
  }

  @Test
  void statsforvalterensVedtakUtenBegrunnelseSendesIkke() {
    ProcessInstance instance = startKlage(vedtak(VEDTAKSDATO), Map.of());
    oversend(instance);
    assertThatThrownBy(() -> statsforvalteren(instance, BEHANDLE_KLAGE_STATSFORVALTEREN,
        Map.of("statsforvalterensUtfall", "STADFESTE", "statsforvalterensBegrunnelse", " ")))
        .hasMessageContaining("statsforvalterensBegrunnelse");
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGE_STATSFORVALTEREN);
    assertThat(BrevTestSupport.arkiv().alle()).noneMatch(b -> b.type() == BrevType.STATSFORVALTERENS_VEDTAK);
  }

  // --- a dismissal can itself be complained about -------------------------------------------------------------------

  @Test
  void avvisningsvedtaketKanSelvPaklages() {
    ProcessInstance forste = startKlage(vedtak(LocalDate.of(2026, 1, 5)), Map.of());
    Vedtak avvisning = fattVedtak(forste, Map.of());
    ProcessInstance klagePaAvvisning = startKlage(avvisning, Map.of());
    assertThat(klagePaAvvisning.getBusinessKey()).isEqualTo(SAK + "-K2");
    assertThat(klagePaAvvisning).isWaitingAt(BEHANDLE_KLAGEN);
    assertThat(variable(klagePaAvvisning, "paklagetVedtakId")).isEqualTo(avvisning.id());
  }

  // --- utsatt iverksettelse (fvl. § 42) -------------------------------------------------------------------------------

  void begjerUtsattIverksettelse(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(KlageProcess.Messages.UTSATT_IVERKSETTELSE_BEGJAERT)
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
  }

  @Test
  void utsattIverksettelseAvgjoresAvKommunenForOversendelsen() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    begjerUtsattIverksettelse(instance);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN, UTSATT_IVERKSETTELSE_KOMMUNEN);
    assertThat(task(instance, UTSATT_IVERKSETTELSE_KOMMUNEN)).hasCandidateGroup("saksbehandler");
    complete(instance, UTSATT_IVERKSETTELSE_KOMMUNEN,
        Map.of("utsattIverksettelseInnvilget", true, "utsattIverksettelseBegrunnelse", "Stønaden stanses ikke før klagen er avgjort."));
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGEN).hasPassed(REGISTRER_UTSATT_IVERKSETTELSE);
    List<UtsattIverksettelse> besluttet = register.utsattIverksettelse(paklaget.id());
    assertThat(besluttet).singleElement().satisfies(u -> {
      assertThat(u.instans()).isEqualTo("KOMMUNEN");
      assertThat(u.innvilget()).isTrue();
      assertThat(u.besluttetAv()).isEqualTo("kari");
      assertThat(u.saksnummer()).isEqualTo(SAK + "-K1");
    });
  }

  @Test
  void utsattIverksettelseAvgjoresAvStatsforvalterenEtterOversendelsen() {
    Vedtak paklaget = vedtak(VEDTAKSDATO);
    ProcessInstance instance = startKlage(paklaget, Map.of());
    oversend(instance);
    begjerUtsattIverksettelse(instance);
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGE_STATSFORVALTEREN, UTSATT_IVERKSETTELSE_STATSFORVALTEREN);
    assertThat(task(instance, UTSATT_IVERKSETTELSE_STATSFORVALTEREN)).hasCandidateGroup("statsforvalteren");
    statsforvalteren(instance, UTSATT_IVERKSETTELSE_STATSFORVALTEREN,
        Map.of("utsattIverksettelseInnvilget", false, "utsattIverksettelseBegrunnelse", "Ingen grunn til å utsette."));
    assertThat(register.utsattIverksettelse(paklaget.id())).singleElement().satisfies(u -> {
      assertThat(u.instans()).isEqualTo("STATSFORVALTEREN");
      assertThat(u.innvilget()).isFalse();
      assertThat(u.besluttetAv()).isEqualTo("sara");
    });
    assertThat(instance).isWaitingAt(BEHANDLE_KLAGE_STATSFORVALTEREN);
  }
}
