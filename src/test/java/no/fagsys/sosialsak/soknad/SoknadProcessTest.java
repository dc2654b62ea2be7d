package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.platform.CaseDriver;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/** Every path of the application process the law distinguishes (SPEC §§ 2, 4.1), with the real decisions and vedtak. */
class SoknadProcessTest {

  @RegisterExtension
  // The follow-up decisions (Følge opp: change, stop, leave) are tested in their own classes (OppfolgingsvedtakTest,
  // StonadUtenVilkarOppfolgingTest, BotilbudOppfolgingTest), not here, so this class covers a smaller share of the
  // growing model.
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(0.8);

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(date(I_DAG, 9));
    register = SoknadTestSupport.registerBeans();
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

  static Map<String, Object> startVariables(String tjeneste, boolean nodsituasjon, int barn) {
    Map<String, Object> v = new HashMap<>();
    v.put("tjeneste", tjeneste);
    v.put("kommunenummer", "5028");
    v.put("kanal", "OPPMOTE");
    v.put("soknadsdato", I_DAG.toString());
    v.put("nodsituasjon", nodsituasjon);
    v.put("antallBarnIHusstanden", barn);
    v.put("sokerReferanse", "SOKER-TEST-1");
    return v;
  }

  ProcessInstance start(String tjeneste, boolean nodsituasjon, int barn) {
    return engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, startVariables(tjeneste, nodsituasjon, barn));
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

  void kartlegg(ProcessInstance instance, Map<String, Object> facts) {
    Map<String, Object> v = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    v.putAll(facts);
    String element = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(KARTLEGG_HASTESAK).count() > 0 ? KARTLEGG_HASTESAK : KARTLEGG_SOKNAD;
    complete(instance, element, v);
  }

  void vurder(ProcessInstance instance, Map<String, Object> extra) {
    Map<String, Object> v = new HashMap<>();
    v.put("folgerTabellresultat", true);
    v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    v.putAll(extra);
    complete(instance, VURDER_RETT, v);
  }

  /** Economic support: a single adult, 6 000 kr housing, 800 kr electricity, 2 000 kr income; no children. */
  static Map<String, Object> grunnlag() {
    Map<String, Object> v = new HashMap<>();
    v.put("husstandstype", "ENSLIG");
    v.put("antallBarn0til5", 0);
    v.put("antallBarn6til10", 0);
    v.put("antallBarn11til17", 0);
    v.put("boutgifter", 6000);
    v.put("stromOgOppvarming", 800);
    v.put("andreNodvendigeUtgifter", 0);
    v.put("husstandensInntekt", 2000);
    v.put("barnetrygd", 0);
    v.put("barnsInntektFritidOgFerie", 0);
    return v;
  }

  /** The amount: rates looked up, the caseworker enters the household and confirms the proposal for March 2026. */
  void utmal(ProcessInstance instance) {
    complete(instance, BEREGN_STONAD, grunnlag());
    complete(instance, FASTSETT_STONAD, Map.of("stonadBelopPerManed", variable(instance, "forslagBelopPerManed"),
        "stonadsperiodeFra", "2026-03-02", "stonadsperiodeTil", "2026-03-31", "stonadsform", "BIDRAG"));
  }

  /** The new-decision steps: kari drafts, kjell approves. */
  Vedtak fattVedtak(ProcessInstance instance) {
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast(instance));
    completeAs("kjell", "leder", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK), Map.of("godkjent", true));
    return register.finnForSak(instance.getBusinessKey()).get(register.finnForSak(instance.getBusinessKey()).size() - 1);
  }

  /** What the caseworker adds in the draft form: the facts, and for economic support its form (§ 21). */
  Map<String, Object> utkast(ProcessInstance instance) {
    Map<String, Object> v = new HashMap<>();
    v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    v.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
    if ("OKONOMISK_STONAD".equals(variable(instance, "tjeneste"))) {
      v.put("stonadsform", "BIDRAG");
      v.put("informertOmReduksjon", true);
    }
    return v;
  }

  Job timer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("tidtaker " + activityId).isNotNull();
    return job;
  }

  void fire(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(timer(instance, activityId).getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  // --- receipt ----------------------------------------------------------------------------------------------------

  @Test
  void soknadenFarSaksnummerSomForretningsnokkelOgKommunensTenant() {
    ProcessInstance first = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    ProcessInstance second = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    assertThat(first.getBusinessKey()).isEqualTo("2026-5028-000001");
    assertThat(second.getBusinessKey()).isEqualTo("2026-5028-000002");
    assertThat(first.getTenantId()).isEqualTo("5028");
    assertThat(first).isWaitingAt(KARTLEGG_SOKNAD);
    assertThat(task(first, KARTLEGG_SOKNAD)).hasCandidateGroup("saksbehandler").hasDueDate(date(I_DAG.plusMonths(1), 0));
  }

  @Test
  void ugyldigeStartopplysningerAvvisesMedHvertFeltNavngitt() {
    Map<String, Object> v = startVariables("BOLIGLAN", false, -1);
    v.put("kanal", "BREVDUE");
    v.put("soknadsdato", "2026-13-40");
    v.put("sokerReferanse", "01010112345");
    v.remove("nodsituasjon");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, v))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("tjeneste: ugyldig verdi 'BOLIGLAN'")
        .hasMessageContaining("kanal: ugyldig verdi 'BREVDUE'")
        .hasMessageContaining("soknadsdato: er ikke en dato")
        .hasMessageContaining("nodsituasjon: mangler")
        .hasMessageContaining("antallBarnIHusstanden: kan ikke være negativt")
        .hasMessageContaining("sokerReferanse: bruk en pseudonym");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- Kartlegge --------------------------------------------------------------------------------------------------

  @Test
  void soknadTilFeilKommuneVideresendes() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = okonomi(true, false, false, 40);
    facts.put("oppholderSegIKommunen", false);
    facts.put("bosattMedIntegreringstilskudd", true);
    kartlegg(instance, facts);
    assertThat(instance).isWaitingAt(VIDERESEND_SOKNAD);
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("BOSETTINGSKOMMUNEN");
    complete(instance, VIDERESEND_SOKNAD, Map.of("videresendtTilKommune", "5001", "videresendingBegrunnelse", "Bosatt der."));
    assertThat(instance).isEnded().hasPassed(SOKNAD_VIDERESENDT).hasNotPassed(TILGANG_TIL_TJENESTE, FORESLA_AVSLAG_BOSETTING);
    assertThat(variable(instance, "saksstatus")).isEqualTo("VIDERESENDT");
  }

  // --- forskriften § 3: a refugee settled elsewhere with integration grant ---------------------------------------------

  @Test
  void flyktningSomHarFlyttetHitUtenAvtaleFarBegrunnetAvslagMedKlagerettIkkeEnVideresending() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = okonomi(true, false, false, 40);
    facts.put("bosattMedIntegreringstilskudd", true);
    kartlegg(instance, facts);
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("BOSETTINGSKOMMUNEN");
    assertThat(instance).hasPassed(FORESLA_AVSLAG_BOSETTING).hasNotPassed(VIDERESEND_SOKNAD, TILGANG_TIL_TJENESTE);
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.hjemmel()).contains("forskrift om sosiale tjenester for personer uten fast bopel i Norge § 3");
    assertThat(vedtak.begrunnelse()).contains("Flyttingen hit er ikke avtalt mellom kommunene")
        .contains("Er du i en nødsituasjon, kan du likevel få hjelp");
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK)))
        .contains("bosettingskommunen har ansvaret").contains("Klage");
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
  }

  @Test
  void flyktningINodsituasjonAvslasAldriMenVurderesHer() {
    ProcessInstance instance = start("OKONOMISK_STONAD", true, 0);
    Map<String, Object> facts = okonomi(true, false, false, 40);
    facts.put("bosattMedIntegreringstilskudd", true);
    kartlegg(instance, facts);
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("BOSETTINGSKOMMUNEN");
    assertThat(variable(instance, "viErAnsvarligKommune")).isEqualTo(true);
    assertThat(instance).hasPassed(TILGANG_TIL_TJENESTE).hasNotPassed(FORESLA_AVSLAG_BOSETTING, VIDERESEND_SOKNAD);
  }

  @Test
  void oppholdsstatusUtenTilgangGirAvslagSomAngirBegrensningen() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = okonomi(true, false, false, 40);
    facts.put("rettPaStatligInnkvartering", true);
    kartlegg(instance, facts);
    assertThat(instance).hasPassed(FORESLA_AVSLAG_OPPHOLD).hasNotPassed(VURDER_PARAGRAF_18);
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    // The proposal, then the applicant's view and how it was weighed (§ 42).
    assertThat(vedtak.begrunnelse()).startsWith((String) variable(instance, "vedtakForslagBegrunnelse"))
        .contains("Slik har vi vektlagt synspunktene: " + SoknadTestSupport.VEKTLEGGING);
    assertThat(vedtak.begrunnelse()).contains((String) variable(instance, "tilgangBegrunnelse"));
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
    assertThat(variable(instance, "saksstatus")).isEqualTo("AVSLATT");
  }

  @Test
  void tidsbegrensetTilgangTasMedIVedtaket() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, Map.of("bopelINorge", false, "gjelderNodvendigeLevekostnader", true, "kanDekkeUtgifteneAndreMater", false,
        "trengerStonadForAOvervinneEllerTilpasseSegVanskeligLivssituasjon", false, "alder", 40,
        "tungtveiendeGrunnerMotAktivitetsvilkar", false, "manglendeNorskEllerSamiskkunnskaperErArsak", false,
        "hattRettOgPliktTilIntroduksjonsprogram", false, "samiskspraklig", false));
    assertThat(variable(instance, "tilgang")).isEqualTo("JA_TIDSBEGRENSET");
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    utmal(instance);
    vurder(instance, Map.of());
    String begrensning = (String) variable(instance, "begrensning");
    assertThat(begrensning).isNotBlank();
    assertThat(fattVedtak(instance).begrunnelse()).contains(begrensning);
  }

  // --- § 3: is the responsible municipality this office? -------------------------------------------------------------

  /** An application for information, advice and guidance with the given § 3 facts (the rest: full rights). */
  ProcessInstance kartlagtEtterParagraf3(Map<String, Object> paragraf3) {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    Map<String, Object> facts = new HashMap<>(paragraf3);
    facts.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
    kartlegg(instance, facts);
    return instance;
  }

  @Test
  void sokerSomIkkeOppholderSegHerVideresendesTilOppholdskommunenMedBrevTilSokerOgKopiTilMottaker() {
    ProcessInstance instance = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", false));
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("OPPHOLDSKOMMUNEN");
    assertThat(variable(instance, "viErAnsvarligKommune")).isEqualTo(false);
    assertThat(instance).isWaitingAt(VIDERESEND_SOKNAD).hasNotPassed(TILGANG_TIL_TJENESTE);
    assertThatThrownBy(() -> complete(instance, VIDERESEND_SOKNAD, Map.of("videresendtTilKommune", "5028",
        "videresendingBegrunnelse", "Bor her.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("videresendtTilKommune: søknaden kan ikke videresendes til kommunen selv");
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
    complete(instance, VIDERESEND_SOKNAD, Map.of("videresendtTilKommune", "5001",
        "videresendingBegrunnelse", "Søkeren bor og oppholder seg i Trondheim."));
    assertThat(instance).isEnded().hasPassed(SOKNAD_VIDERESENDT);
    Brev brev = BrevTestSupport.eneste(BrevType.VIDERESENDING);
    assertThat(instance).variables().containsEntry("videresendingBrevId", brev.id());
    assertThat(BrevTestSupport.tekst(brev)).containsSubsequence("Per Søker", "Hjemadresse 1", "7224 Melhus",
        "er sendt til Nav kommune 5001", "Søknaden er sendt videre", "kommunenummer 5001",
        "Søknaden er ikke avslått", "Hvorfor", "Søkeren bor og oppholder seg i Trondheim.", "Lovhjemmel",
        "sosialtjenesteloven § 3 første ledd", "Forvaltningsloven § 7", "Hva skjer nå",
        "Nav kommune 5001, Postboks 2300 Torgarden, 7004 Trondheim", "Vedlegg",
        "Søknaden, mottatt 02.03.2026", "Kopi til: Nav kommune 5001 (med søknaden)", "kari");
  }

  @Test
  void sokerSomOppholderSegHerBehandlesHer() {
    ProcessInstance instance = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", true));
    assertThat(variable(instance, "viErAnsvarligKommune")).isEqualTo(true);
    assertThat(instance).hasPassed(TILGANG_TIL_TJENESTE).isWaitingAt(VURDER_RETT);
  }

  @Test
  void iInstitusjonBehandlesHerNarDetteVarOppholdskommunenForInntaket() {
    ProcessInstance instance = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", false,
        "iInstitusjonEllerHeldognsbolig", true, "varOppholdskommuneForInntaket", true));
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("TIDLIGERE_OPPHOLDSKOMMUNE");
    assertThat(instance).hasPassed(TILGANG_TIL_TJENESTE).hasNotPassed(VIDERESEND_SOKNAD).isWaitingAt(VURDER_RETT);
  }

  @Test
  void iInstitusjonHerVideresendesTilKommunenSokerenOppholdtSegIForInntaket() {
    ProcessInstance instance = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", true,
        "iInstitusjonEllerHeldognsbolig", true, "varOppholdskommuneForInntaket", false));
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("TIDLIGERE_OPPHOLDSKOMMUNE");
    assertThat(instance).isWaitingAt(VIDERESEND_SOKNAD).hasNotPassed(TILGANG_TIL_TJENESTE);
  }

  @Test
  void iInstitusjonMaDetSvaresOmDetteVarOppholdskommunenForInntaket() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    assertThatThrownBy(() -> kartlegg(instance, Map.of("iInstitusjonEllerHeldognsbolig", true,
        "kanBidraTilALoseEllerForebyggeSosialeProblemer", true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("varOppholdskommuneForInntaket: er ikke besvart");
    assertThat(instance).isWaitingAt(KARTLEGG_SOKNAD);
  }

  @Test
  void etterUtskrivingHarKommunenDerSokerenTarOppholdAnsvaret() {
    // § 3: after discharge the services are given where the person takes up residence; not in an institution any more.
    ProcessInstance her = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", true, "iInstitusjonEllerHeldognsbolig", false));
    assertThat(her).hasPassed(TILGANG_TIL_TJENESTE);
    ProcessInstance annenKommune = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", false,
        "iInstitusjonEllerHeldognsbolig", false));
    assertThat(annenKommune).isWaitingAt(VIDERESEND_SOKNAD);
  }

  @Test
  void flyktningMedAvtaltFlyttingSomOppholderSegHerBehandlesHer() {
    ProcessInstance instance = kartlagtEtterParagraf3(Map.of("oppholderSegIKommunen", true,
        "bosattMedIntegreringstilskudd", true, "flyttingAvtalt", true));
    assertThat(variable(instance, "ansvarligKommune")).isEqualTo("OPPHOLDSKOMMUNEN");
    assertThat(instance).hasPassed(TILGANG_TIL_TJENESTE);
  }

  // --- § 20 a: conditions for people under 30 ------------------------------------------------------------------------

  @Test
  void under30UtenAktivitetsvilkarKreverTungtveiendeGrunnerSomStarIVedtaketOgBrevet() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(true, false, false, 25));
    assertThat(variable(instance, "aktivitetsvilkar")).isEqualTo("SKAL");
    assertThatThrownBy(() -> complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("grunnerUtenAktivitetsvilkar: under 30 år skal det stilles vilkår om aktivitet");
    assertThat(instance).isWaitingAt(FORMULER_VILKAR);
    String grunner = "Søkeren er innlagt til rusbehandling de neste tre månedene.";
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false, "grunnerUtenAktivitetsvilkar", grunner));
    utmal(instance);
    vurder(instance, Map.of());
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.vilkar()).isNull();
    assertThat(vedtak.begrunnelse()).contains("Det stilles ikke vilkår om aktivitet, fordi tungtveiende grunner taler "
        + "mot det (sosialtjenesteloven § 20 a første ledd siste punktum): " + grunner);
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK)))
        .contains("tungtveiende grunner taler mot det").contains(grunner);
  }

  @Test
  void skjonnsmessigInnvilgelseEtterIkkeRettGarGjennomVilkarssteget() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(false, false, false, 25));
    assertThat(variable(instance, "tabellRett")).isEqualTo("IKKE_RETT");
    assertThat(instance).isWaitingAt(VURDER_RETT).hasNotPassed(FORMULER_VILKAR);
    vurder(instance, Map.of("folgerTabellresultat", false, "vurdertRett", "KAN_INNVILGES",
        "skjonnsbegrunnelse", "Særlige forhold gjør at stønad likevel gis etter § 19."));
    assertThat(instance).as("a grant after 'no right' is not decided before its conditions are assessed")
        .isWaitingAt(FORMULER_VILKAR).hasPassed(FORESLA_VEDTAK, VILKAR_FOR_INNVILGELSE).hasNotPassed(VEDTAK);
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", true, "vilkar", "Møt på jobbklubb hver uke.",
        "naerSammenhengMedVedtaket", true, "uforholdsmessigByrdefulltEllerUrimeligBegrensende", false, "istridMedLov", false));
    utmal(instance);
    assertThat(instance).hasPassed(VILKAR_FOR_INNVILGELSE, VILKAR_GYLDIG, FORESLA_VEDTAK).isWaitingAt(VEDTAK);
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.vilkar()).isEqualTo("Møt på jobbklubb hver uke.");
    assertThat(vedtak.begrunnelse()).contains("Saksbehandlers skjønn");
    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD);
  }

  @Test
  void skjonnsmessigInnvilgelseUnder30UtenVilkarKreverOgsaTungtveiendeGrunner() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(false, false, false, 22));
    vurder(instance, Map.of("folgerTabellresultat", false, "vurdertRett", "RETT",
        "skjonnsbegrunnelse", "Nødvendige levekostnader likevel."));
    assertThatThrownBy(() -> complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("grunnerUtenAktivitetsvilkar");
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false, "grunnerUtenAktivitetsvilkar", "Alvorlig syk."));
    utmal(instance);
    assertThat(fattVedtak(instance).begrunnelse()).contains("Alvorlig syk.");
  }

  // --- the amount of economic support (§ 18, guideline rates, SPEC § 7) ----------------------------------------------

  @Test
  void stonadenBeregnesFraSatseneOgBarnetrygdOgBarnsFeriejobbRegnesIkkeSomInntekt() throws Exception {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 2);
    kartlegg(instance, okonomi(true, false, false, 40));
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    assertThat(instance).hasPassed(SATSER_LIVSOPPHOLD).isWaitingAt(BEREGN_STONAD);
    assertThat(variable(instance, "satserGyldigFra")).isEqualTo("2024-01-01");
    Map<String, Object> familie = grunnlag();
    familie.put("husstandstype", "PAR");
    familie.put("antallBarn0til5", 1);
    familie.put("antallBarn11til17", 1);
    familie.put("boutgifter", 9000);
    familie.put("stromOgOppvarming", 1200);
    familie.put("andreNodvendigeUtgifter", 500);
    familie.put("husstandensInntekt", 15000);
    familie.put("barnetrygd", 3532);
    familie.put("barnsInntektFritidOgFerie", 2000);
    complete(instance, BEREGN_STONAD, familie);
    // 13 100 + 3 850 + 5 150 + 9 000 + 1 200 + 500 - 15 000; child benefit and the child's holiday job not deducted
    assertThat(variable(instance, "forslagBelopPerManed")).isEqualTo(17800);
    assertThat((String) variable(instance, "stonadsberegning")).contains("Barnetrygd (3 532 kr) regnes ikke som inntekt");

    assertThatThrownBy(() -> complete(instance, FASTSETT_STONAD, Map.of("stonadBelopPerManed", 18500,
        "stonadsperiodeFra", "2026-03-02", "stonadsperiodeTil", "2026-02-28")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("belopAvvikBegrunnelse: beløpet avviker fra beregningen (17 800 kr): begrunn avviket")
        .hasMessageContaining("stonadsperiodeTil: stønadsperioden kan ikke slutte før den begynner");
    complete(instance, FASTSETT_STONAD, Map.of("stonadBelopPerManed", 18500, "belopAvvikBegrunnelse",
        "Ekstra utgifter til skolestart for det eldste barnet.", "stonadsperiodeFra", "2026-03-02",
        "stonadsperiodeTil", "2026-03-31", "stonadsform", "LAN", "lanevilkar",
        "Lånet tilbakebetales med 500 kr per måned fra 1. juli 2026, uten renter."));
    vurder(instance, Map.of("vurderingBarnetsBeste", "Barna får dekket skolestart og fritid."));
    Map<String, Object> utkast = utkast(instance);
    utkast.put("stonadsform", "LAN");
    utkast.put("lanevilkar", "Lånet tilbakebetales med 500 kr per måned fra 1. juli 2026, uten renter.");
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast);
    completeAs("kjell", "leder", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK), Map.of("godkjent", true));
    Vedtak vedtak = register.finnForSak(instance.getBusinessKey()).get(0);
    assertThat(vedtak.begrunnelse()).startsWith("Stønaden er 18 500 kr per måned i perioden 02.03.2026–31.03.2026.");
    assertThat(vedtak.stonadsform()).isEqualTo("LAN");
    // (A line may break after a hyphen of the Lovdata address: join it again.)
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK)).replace("- ", "-")).containsSubsequence(
        "Stønadsform", "lån", "Lånevilkår: Lånet tilbakebetales med 500 kr per måned fra 1. juli 2026",
        "Begrunnelse", "Stønaden er 18 500 kr per måned i perioden 02.03.2026–31.03.2026.",
        "Veiledende sats for livsopphold (satser fra 01.01.2024), ektepar/samboere: 13 100 kr.",
        "Barn 0–5 år: 1 × 3 850 kr = 3 850 kr.", "Barn 11–17 år: 1 × 5 150 kr = 5 150 kr.", "Boutgifter: 9 000 kr.",
        "Sum behov: 32 800 kr per måned.", "Husstandens inntekt som regnes med: 15 000 kr per måned.",
        "Barnetrygd (3 532 kr) regnes ikke som inntekt (sosialtjenesteloven § 18 tredje ledd).",
        "Barns inntekt av arbeid i fritid og skoleferier (2 000 kr) regnes ikke med",
        "Beregnet stønad: 32 800 kr − 15 000 kr = 17 800 kr per måned.",
        "Beløpet er satt til 18 500 kr i stedet for beregnede 17 800 kr fordi: Ekstra utgifter til skolestart");
  }

  @Test
  void barnaEtterAlderMaVaereBarnaIHusstandenOgAlleBelopMaOppgis() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 1);
    kartlegg(instance, okonomi(true, false, false, 40));
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    Map<String, Object> feil = grunnlag();
    feil.remove("husstandensInntekt");
    feil.put("boutgifter", -1);
    assertThatThrownBy(() -> complete(instance, BEREGN_STONAD, feil))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("antallBarn0til5: barna etter alder (0) må være de 1 barna i husstanden")
        .hasMessageContaining("husstandensInntekt: mangler")
        .hasMessageContaining("boutgifter: kan ikke være negativt");
    assertThat(instance).isWaitingAt(BEREGN_STONAD);
  }

  @Test
  void satseneSomGjelderPaBeregningsdagenBrukes() {
    ClockUtil.setCurrentTime(date(LocalDate.of(2023, 12, 31), 9));
    Map<String, Object> v = startVariables("OKONOMISK_STONAD", false, 0);
    v.put("soknadsdato", "2023-12-29");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, v);
    kartlegg(instance, okonomi(true, false, false, 40));
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    assertThat(variable(instance, "beregningsdato")).isEqualTo("2023-12-31");
    assertThat(variable(instance, "satserGyldigFra")).isEqualTo("2023-07-01");
    assertThat(variable(instance, "satsEnslig")).isEqualTo(7550);
    complete(instance, BEREGN_STONAD, grunnlag());
    assertThat(variable(instance, "forslagBelopPerManed")).isEqualTo(7550 + 6000 + 800 - 2000);
  }

  // --- § 2: the regulation limits only persons who are not Norwegian citizens ------------------------------------------

  @Test
  void norskStatsborgerUtenBopelINorgeBegrensesIkkeAvForskriften() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    facts.putAll(okonomi(true, false, false, 40));
    facts.put("norskStatsborger", true);
    for (String sporsmal : new String[] {"rettPaStatligInnkvartering", "dokumentertLovligOpphold",
        "omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", "bopelINorge"}) {
      facts.remove(sporsmal);
    }
    complete(instance, KARTLEGG_SOKNAD, facts);
    assertThat(variable(instance, "tilgang")).isEqualTo("JA");
    assertThat((String) variable(instance, "tilgangBegrunnelse")).contains("norsk statsborger");
    assertThat(instance).hasNotPassed(TILGANG_TIL_TJENESTE).isWaitingAt(FORMULER_VILKAR);
  }

  @Test
  void ikkeNorskStatsborgerUtenBopelFarTidsbegrensetTilgangOgMaSvarePaOppholdssporsmalene() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    facts.putAll(okonomi(true, false, false, 40));
    facts.remove("bopelINorge");
    assertThatThrownBy(() -> complete(instance, KARTLEGG_SOKNAD, facts))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("bopelINorge: er ikke besvart");
    facts.put("bopelINorge", false);
    complete(instance, KARTLEGG_SOKNAD, facts);
    assertThat(instance).hasPassed(TILGANG_TIL_TJENESTE);
    assertThat(variable(instance, "tilgang")).isEqualTo("JA_TIDSBEGRENSET");
  }

  // --- § 28: one plan, and only with consent ---------------------------------------------------------------------

  ProcessInstance individuellPlanMedRett() {
    ProcessInstance instance = start("INDIVIDUELL_PLAN", false, 0);
    kartlegg(instance, Map.of("behovForLangvarigeTjenester", true, "behovForTjenesterFraToEllerFlereInstanser", true,
        "deltarIKvalifiseringsprogram", false));
    return instance;
  }

  @Test
  void individuellPlanUtenSamtykkeInnvilgesIkkeSelvOmRettenFinnes() {
    ProcessInstance instance = individuellPlanMedRett();
    assertThatThrownBy(() -> complete(instance, KARTLEGG_INDIVIDUELL_PLAN, Map.of("harIndividuellPlanFraFor", false)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("samtykkeTilPlan: er ikke besvart");
    complete(instance, KARTLEGG_INDIVIDUELL_PLAN, Map.of("harIndividuellPlanFraFor", false, "samtykkeTilPlan", false));
    assertThat(variable(instance, "tabellRett")).isEqualTo("RETT");
    vurder(instance, Map.of());
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.begrunnelse()).contains("planen kan bare utarbeides med ditt samtykke");
    assertThat(instance).isEnded().hasNotPassed(OPPNEVN_KOORDINATOR);
  }

  @Test
  void eksisterendePlanGirIkkeEnNyPlan() {
    ProcessInstance instance = individuellPlanMedRett();
    complete(instance, KARTLEGG_INDIVIDUELL_PLAN, Map.of("harIndividuellPlanFraFor", true, "samtykkeTilPlan", true));
    vurder(instance, Map.of());
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.begrunnelse()).contains("Du har allerede en individuell plan");
  }

  // --- an unanswered question is not "no" ---------------------------------------------------------------------------

  @Test
  void kartleggingMedUbesvartSporsmalAvvisesOgSporsmaletNavngis() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> v = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    v.putAll(okonomi(true, false, false, 40));
    v.remove("dokumentertLovligOpphold");
    v.remove("kanDekkeUtgifteneAndreMater");
    v.put("samiskspraklig", null);
    assertThatThrownBy(() -> complete(instance, KARTLEGG_SOKNAD, v))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("dokumentertLovligOpphold: er ikke besvart")
        .hasMessageContaining("«Har søkeren dokumentert lovlig opphold?»")
        .hasMessageContaining("kanDekkeUtgifteneAndreMater: er ikke besvart")
        .hasMessageContaining("samiskspraklig: er ikke besvart");
    assertThat(instance).isWaitingAt(KARTLEGG_SOKNAD).hasNotPassed(ANSVARLIG_KOMMUNE, TILGANG_TIL_TJENESTE);
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isZero();
  }

  @Test
  void eksplisittNeiPaLovligOppholdGirAvslagsveien() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    Map<String, Object> facts = okonomi(true, false, false, 40);
    facts.put("dokumentertLovligOpphold", false);
    kartlegg(instance, facts);
    assertThat(variable(instance, "tilgang")).isEqualTo("NEI");
    assertThat(instance).hasPassed(FORESLA_AVSLAG_OPPHOLD).hasNotPassed(VURDER_PARAGRAF_18);
    assertThat(fattVedtak(instance).utfall()).isEqualTo("AVSLATT");
  }

  @Test
  void sporsmalForAnnenTjenesteKrevesIkkeMenTjenestensEgneGjor() {
    ProcessInstance instance = start("MIDLERTIDIG_BOTILBUD", false, 0);
    assertThatThrownBy(() -> kartlegg(instance, Map.of("harStedASoveOgOppholdeSegNesteDogn", false)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("klarerAFinneMidlertidigBotilbudSelv: er ikke besvart")
        .hasMessageNotContaining("gjelderNodvendigeLevekostnader");
    kartlegg(instance, Map.of("harStedASoveOgOppholdeSegNesteDogn", "false", "klarerAFinneMidlertidigBotilbudSelv", false));
    assertThat(variable(instance, "harStedASoveOgOppholdeSegNesteDogn")).as("stored as the Boolean it means").isEqualTo(false);
    assertThat(variable(instance, "tabellRett")).isEqualTo("RETT");
  }

  @Test
  void svarSomIkkeErJaEllerNeiAvvises() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    assertThatThrownBy(() -> kartlegg(instance, Map.of("kanBidraTilALoseEllerForebyggeSosialeProblemer", "kanskje")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kanBidraTilALoseEllerForebyggeSosialeProblemer: svaret må være Ja eller Nei");
  }

  @Test
  void kvalifiseringsprogramKreverSvarPaArbeidsevnenNarVurderingenErGjort() {
    ProcessInstance instance = start("KVALIFISERINGSPROGRAM", false, 0);
    Map<String, Object> facts = kvp(false);
    facts.put("arbeidsevnevurderingGjennomfort", true);
    facts.remove("alder");
    assertThatThrownBy(() -> kartlegg(instance, facts))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("alder: mangler")
        .hasMessageContaining("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats: er ikke besvart")
        .hasMessageContaining("tettOgKoordinertBistandHensiktsmessigOgNodvendig: er ikke besvart");
    kartlegg(instance, kvp(false));
    assertThatThrownBy(() -> complete(instance, ARBEIDSEVNEVURDERING, Map.of("arbeidsevnevurderingDato", "2026-03-05",
        "arbeidsevnevurderingGjennomfort", true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats: er ikke besvart");
    assertThat(instance).isWaitingAt(ARBEIDSEVNEVURDERING);
  }

  @Test
  void vilkarSomStillesMaVurderesEtterParagraf20AndreLedd() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(true, false, false, 25));
    assertThatThrownBy(() -> complete(instance, FORMULER_VILKAR, Map.of("vilkar", "Møt på jobbklubb.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("stillerVilkar: er ikke besvart");
    assertThatThrownBy(() -> complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", true, "vilkar", "Møt på jobbklubb.",
        "naerSammenhengMedVedtaket", true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("uforholdsmessigByrdefulltEllerUrimeligBegrensende: er ikke besvart")
        .hasMessageContaining("istridMedLov: er ikke besvart");
    assertThat(instance).isWaitingAt(FORMULER_VILKAR).hasNotPassed(VILKAR_GYLDIG);
  }

  // --- Vurdere: økonomisk stønad ------------------------------------------------------------------------------------

  static Map<String, Object> okonomi(boolean nodvendig, boolean andreMater, boolean paragraf19, int alder) {
    Map<String, Object> v = new HashMap<>();
    v.put("gjelderNodvendigeLevekostnader", nodvendig);
    v.put("kanDekkeUtgifteneAndreMater", andreMater);
    v.put("trengerStonadForAOvervinneEllerTilpasseSegVanskeligLivssituasjon", paragraf19);
    v.put("alder", alder);
    v.put("tungtveiendeGrunnerMotAktivitetsvilkar", false);
    v.put("manglendeNorskEllerSamiskkunnskaperErArsak", false);
    v.put("hattRettOgPliktTilIntroduksjonsprogram", false);
    v.put("samiskspraklig", false);
    return v;
  }

  @Test
  void okonomiskStonadEtterParagraf18MedVilkarFolgesOppTilPeriodenErOver() throws Exception {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(true, false, false, 25));
    assertThat(instance).hasPassed(VURDER_PARAGRAF_18, VILKAR_OM_AKTIVITET).hasNotPassed(VURDER_PARAGRAF_19);
    assertThat(variable(instance, "aktivitetsvilkar")).isEqualTo("SKAL");
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", true, "vilkar", "Møt på jobbklubb hver uke.",
        "naerSammenhengMedVedtaket", false, "uforholdsmessigByrdefulltEllerUrimeligBegrensende", false, "istridMedLov", false));
    assertThat(instance).isWaitingAt(FORMULER_VILKAR);
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", true, "vilkar", "Møt på jobbklubb hver uke.",
        "naerSammenhengMedVedtaket", true));
    utmal(instance);
    vurder(instance, Map.of());
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast(instance));
    completeAs("kjell", "leder", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK), Map.of("godkjent", true));
    Vedtak vedtak = register.finnForSak(instance.getBusinessKey()).get(0);
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.vilkar()).isEqualTo("Møt på jobbklubb hver uke.");
    assertThat(vedtak.informertOmReduksjon()).isTrue();
    assertThat(vedtak.hjemmel()).contains("§ 18");

    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD);
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.VILKARSBRUDD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate();
    // Advance notice: the breach is handled in a case of its own (vilkarsbrudd; the start itself is tested in
    // vilkarsbrudd.SoknadStarterVilkarsbruddTest, so this class's coverage stays the application's).
    JavaDelegate startVilkarsbrudd = Mockito.mock(JavaDelegate.class);
    Mocks.register(VilkarsbruddProcess.Elements.BEAN_START, startVilkarsbrudd);
    complete(instance, VURDER_VILKARSBRUDD, Map.of("vilkarsbruddBeskrivelse", "Møtte ikke.", "vilkarsbruddVidereBehandling", "FORHANDSVARSEL"));
    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD).hasPassed(START_VILKARSBRUDD);
    Mockito.verify(startVilkarsbrudd, Mockito.times(1)).execute(Mockito.any());

    // A breach without consequence starts nothing.
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.VILKARSBRUDD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate();
    complete(instance, VURDER_VILKARSBRUDD, Map.of("vilkarsbruddBeskrivelse", "Kom for sent.", "vilkarsbruddVidereBehandling", "INGEN_KONSEKVENS"));
    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD);
    Mockito.verifyNoMoreInteractions(startVilkarsbrudd);
    assertThat(timer(instance, STONADSPERIODE_UTLOPT).getDuedate()).isEqualTo(date(LocalDate.of(2026, 4, 1), 0));
    fire(instance, STONADSPERIODE_UTLOPT);
    assertThat(instance).isEnded().hasPassed(STONAD_AVSLUTTET);
  }

  @Test
  void paragraf19VurderesAlltidEtterAvslagEtterParagraf18() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(true, true, true, 45));
    assertThat(instance).hasPassedInOrder(VURDER_PARAGRAF_18, VURDER_PARAGRAF_19, VILKAR_OM_AKTIVITET);
    assertThat(variable(instance, "tabellRett")).isEqualTo("KAN_INNVILGES");
    complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    utmal(instance);
    vurder(instance, Map.of());
    assertThat(fattVedtak(instance).utfall()).isEqualTo("INNVILGET");
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD);
  }

  @Test
  void okonomiskStonadAvslasNarVerkenParagraf18Eller19GirRett() {
    ProcessInstance instance = start("OKONOMISK_STONAD", false, 0);
    kartlegg(instance, okonomi(false, false, false, 45));
    assertThat(instance).hasPassed(VURDER_PARAGRAF_19).hasNotPassed(FORMULER_VILKAR).isWaitingAt(VURDER_RETT);
    vurder(instance, Map.of());
    assertThat(fattVedtak(instance).utfall()).isEqualTo("AVSLATT");
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
  }

  @Test
  void saksbehandlerSomFravikerTabellenMaBegrunneSkjonnet() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 2);
    kartlegg(instance, Map.of("kanBidraTilALoseEllerForebyggeSosialeProblemer", false));
    assertThatThrownBy(() -> vurder(instance, Map.of("folgerTabellresultat", false, "vurdertRett", "RETT")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("skjonnsbegrunnelse").hasMessageContaining("vurderingBarnetsBeste");
    assertThat(instance).isWaitingAt(VURDER_RETT);
    vurder(instance, Map.of("folgerTabellresultat", false, "vurdertRett", "RETT",
        "skjonnsbegrunnelse", "Søkeren har et konkret behov for økonomisk rådgivning.",
        "vurderingBarnetsBeste", "Barna har stabil bosituasjon."));
    assertThat(variable(instance, "skjonnsutovelse")).isEqualTo(true);
    assertThat(variable(instance, "vedtakForslagUtfall")).isEqualTo("INNVILGET");
    assertThat((String) variable(instance, "vedtakForslagBegrunnelse")).contains("Saksbehandlers skjønn");
  }

  // --- the other services ---------------------------------------------------------------------------------------

  @Test
  void opplysningRadOgVeiledningInnvilgesOgFolgesOppMedSamtale() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    kartlegg(instance, Map.of("kanBidraTilALoseEllerForebyggeSosialeProblemer", true));
    assertThat(variable(instance, "tilgang")).isEqualTo("JA");
    assertThat(variable(instance, "begrensning")).as("full access: no limitation to state").isNull();
    vurder(instance, Map.of());
    assertThat(fattVedtak(instance).hjemmel()).contains("§ 17");
    complete(instance, OPPFOLGINGSSAMTALE, Map.of("samtaleDato", "2026-03-09", "samtaleNotat", "Budsjett satt opp."));
    assertThat(instance).isEnded().hasPassed("Event_OppfolgingssamtaleHoldt");
  }

  @Test
  void hastesakOmMidlertidigBotilbudSkalKartleggesSammeDagOgEskaleresTilLeder() {
    ProcessInstance instance = start("MIDLERTIDIG_BOTILBUD", false, 2);
    assertThat(instance).isWaitingAt(KARTLEGG_HASTESAK);
    assertThat(task(instance, KARTLEGG_HASTESAK).getDueDate()).isEqualTo(Date.from(
        I_DAG.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    fire(instance, HASTESAK_IKKE_KARTLAGT);
    assertThat(task(instance, ESKALER_HASTESAK)).hasCandidateGroup("leder");
    kartlegg(instance, Map.of("harStedASoveOgOppholdeSegNesteDogn", false, "klarerAFinneMidlertidigBotilbudSelv", false));
    vurder(instance, Map.of("vurderingBarnetsBeste", "Familien må ha et trygt sted å bo i natt.",
        "botilbudStartdato", "2026-03-02", "rettTilStonadTilBotilbudet", true, "sokerErUngdom", false,
        "overforingFraFengselEllerInstitusjon", false, "botilbudUnntakBegrunnelse", "Ingen annen bolig i natt."));
    fattVedtak(instance);
    assertThat(instance).isWaitingAt(FOLG_OPP_BOTILBUD_BARNEFAMILIE);
    assertThat(timer(instance, TRE_MANEDER_NADD).getDuedate()).isEqualTo(date(I_DAG.plusMonths(3), 0));
    fire(instance, GJENNOMGANG_BARNEFAMILIE);
    complete(instance, GJENNOMGA_BOTILBUD_BARNEFAMILIE, Map.of("gjennomgangNotat", "Leter etter bolig."));
    fire(instance, TRE_MANEDER_NADD);
    complete(instance, AVSLUTT_BOTILBUD_TRE_MANEDER, Map.of("avslutningNotat", "Kommunal bolig."));
    complete(instance, ESKALER_HASTESAK, Map.of("hastesakOppfolging", "Kartlagt kl. 15."));
    assertThat(instance).isEnded().hasPassed("Event_BotilbudTreManederAvsluttet");
  }

  @Test
  void treManederForBarnefamilieRegnesFraDagenOppholdetBegynteIkkeFraVedtaket() {
    ProcessInstance instance = start("MIDLERTIDIG_BOTILBUD", false, 1);
    kartlegg(instance, Map.of("harStedASoveOgOppholdeSegNesteDogn", false, "klarerAFinneMidlertidigBotilbudSelv", false));
    assertThatThrownBy(() -> vurder(instance, Map.of("vurderingBarnetsBeste", "Barnet trenger ro.")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudStartdato: oppgi dagen oppholdet i botilbudet begynte");
    vurder(instance, Map.of("vurderingBarnetsBeste", "Barnet trenger ro.", "botilbudStartdato", "2026-02-20",
        "rettTilStonadTilBotilbudet", true, "sokerErUngdom", false, "overforingFraFengselEllerInstitusjon", false,
        "botilbudUnntakBegrunnelse", "Ingen annen bolig i natt."));
    fattVedtak(instance);
    assertThat(instance).isWaitingAt(FOLG_OPP_BOTILBUD_BARNEFAMILIE);
    assertThat(timer(instance, TRE_MANEDER_NADD).getDuedate()).isEqualTo(date(LocalDate.of(2026, 5, 20), 0));
  }

  @Test
  void midlertidigBotilbudUtenBarnGjennomgasForTreManeder() {
    ProcessInstance instance = start("MIDLERTIDIG_BOTILBUD", false, 0);
    kartlegg(instance, Map.of("harStedASoveOgOppholdeSegNesteDogn", false, "klarerAFinneMidlertidigBotilbudSelv", false));
    vurder(instance, Map.of("botilbudStartdato", "2026-03-02", "rettTilStonadTilBotilbudet", false,
        "sokerErUngdom", false, "overforingFraFengselEllerInstitusjon", false));
    fattVedtak(instance);
    assertThat(instance).isWaitingAt(FOLG_OPP_BOTILBUD);
    fire(instance, GJENNOMGANG_BOTILBUD);
    complete(instance, GJENNOMGA_BOTILBUD, Map.of("gjennomgangNotat", "Fortsatt behov."));
    complete(instance, FOLG_OPP_BOTILBUD, Map.of("botilbudBeskrivelse", "Hybel.", "botilbudAvslutning", "AVTALT_SLUTT",
        "botilbudAvsluttetDato", "2026-03-02"));
    assertThat(instance).isEnded().hasPassed("Event_BotilbudAvsluttet");
  }

  static Map<String, Object> kvp(boolean arbeidsevnevurdert) {
    Map<String, Object> v = new HashMap<>();
    v.put("alder", 35);
    v.put("arbeidsevnevurderingGjennomfort", arbeidsevnevurdert);
    v.put("ingenEllerSvaertBegrensedeYtelser", true);
    v.put("uforholdsmessigByrdefullt", false);
    v.put("mottarUforetrygdEllerOvergangsstonad", false);
    v.put("sonerDomOverSeksManeder", false);
    if (arbeidsevnevurdert) {
      v.put("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", true);
      v.put("tettOgKoordinertBistandHensiktsmessigOgNodvendig", true);
    }
    return v;
  }

  @Test
  void kvalifiseringsprogramKreverArbeidsevnevurderingStarterInnenSeksManederOgForlengesVedNyttVedtak() {
    ProcessInstance instance = start("KVALIFISERINGSPROGRAM", false, 0);
    kartlegg(instance, kvp(false));
    assertThat(instance).isWaitingAt(ARBEIDSEVNEVURDERING);
    complete(instance, ARBEIDSEVNEVURDERING, Map.of("arbeidsevnevurderingDato", "2026-03-05", "arbeidsevnevurderingGjennomfort", true,
        "nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", true, "tettOgKoordinertBistandHensiktsmessigOgNodvendig", true));
    assertThat(variable(instance, "tabellRett")).isEqualTo("RETT");
    vurder(instance, Map.of("programperiodeManeder", 12));
    fattVedtak(instance);
    Task oppstart = task(instance, START_KVALIFISERINGSPROGRAM);
    assertThat(oppstart.getDueDate()).isEqualTo(date(I_DAG.plusMonths(6), 0));
    fire(instance, OPPSTARTSFRIST_NADD);
    assertThat(task(instance, ESKALER_OPPSTART)).hasCandidateGroup("leder");
    complete(instance, ESKALER_OPPSTART, Map.of("oppstartOppfolging", "Oppstart avtalt."));
    complete(instance, START_KVALIFISERINGSPROGRAM, Map.of("programStartdato", "2026-09-07", "programplan", "Arbeidstrening."));
    assertThat(timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate()).isEqualTo(date(LocalDate.of(2027, 9, 7), 0));
    fire(instance, EVALUERINGSTIDSPUNKT);
    complete(instance, EVALUER_PROGRAM, Map.of("evalueringDato", "2026-12-07", "evalueringNotat", "God framgang."));
    fire(instance, PROGRAMPERIODE_UTLOPT);
    complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "INNENFOR_TO_AR", "forlengelseManeder", 12, "forlengelseBegrunnelse", "Nær arbeid."));
    fattVedtak(instance);
    assertThat(register.finnForSak(instance.getBusinessKey())).hasSize(2);
    assertThat(timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate()).isEqualTo(date(LocalDate.of(2028, 9, 7), 0));
    fire(instance, PROGRAMPERIODE_UTLOPT);
    assertThatThrownBy(() -> complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "INNENFOR_TO_AR", "forlengelseManeder", 1, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("særlige grunner");
    complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "NEI"));
    assertThat(instance).isEnded().hasPassed(PROGRAMPERIODE_AVSLUTTET);
  }

  @Test
  void individuellPlanKreverSamtykkeOgFarKoordinator() {
    ProcessInstance instance = start("INDIVIDUELL_PLAN", false, 0);
    kartlegg(instance, Map.of("behovForLangvarigeTjenester", true, "behovForTjenesterFraToEllerFlereInstanser", true,
        "deltarIKvalifiseringsprogram", false));
    complete(instance, KARTLEGG_INDIVIDUELL_PLAN, Map.of("harIndividuellPlanFraFor", false, "samtykkeTilPlan", true));
    assertThat(variable(instance, "samtykkeTilPlan")).isEqualTo(true);
    vurder(instance, Map.of());
    fattVedtak(instance);
    // The letter in the seed's sample form: to the applicant by name and address, when the application came, the
    // operative sentence with its legal basis, from when it applies and what happens next, where to complain.
    // (A line may break after a hyphen of the Lovdata address: join it again.)
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK)).replace("- ", "-")).containsSubsequence(
        "Per Søker", "Hjemadresse 1", "7224 Melhus", "Svar på søknad om individuell plan",
        "Saken gjelder", "Vedtaket gjelder Per Søker", "Du har søkt om individuell plan. Søknaden kom inn til oss "
            + "02.03.2026.",
        "Vedtak", "Søknaden din om individuell plan innvilges etter sosialtjenesteloven § 28",
        "Vedtaket gjelder fra 02.03.2026.", "Du får oppnevnt en koordinator", "Vi tar kontakt med deg",
        "Lovhjemmel", "Den som har behov for langvarige og koordinerte tjenester",
        "Lovteksten finner du på Lovdata: sosialtjenesteloven: https://lovdata.no/lov/2009-12-18-131",
        "Klageadgang", "Klagen sendes Nav kommune 5028, Postboks 100, 7224 Melhus.",
        "Statsforvalteren i Trøndelag");
    complete(instance, OPPNEVN_KOORDINATOR, Map.of("koordinator", "Kari Hjelper", "koordinatorOppnevntDato", "2026-03-03"));
    assertThat(instance).isEnded().hasPassed("Event_KoordinatorOppnevnt");
  }

  @Test
  void forlengelseAvIntroduksjonsprogramAvsluttesMedVedtaket() {
    ProcessInstance instance = start("INTRODUKSJONSPROGRAM_FORLENGELSE", false, 0);
    kartlegg(instance, Map.of("grunnTilAForventeAtSluttmaletNas", true));
    complete(instance, DOKUMENTER_FORLENGELSE_INTRO, introDokumentasjon(6));
    vurder(instance, Map.of());
    fattVedtak(instance);
    complete(instance, FOLG_OPP_FORLENGELSE_INTRO, Map.of("introOppfolging", "Sluttmålet er nådd."));
    assertThat(instance).isEnded().hasPassed(INTRODUKSJONSPROGRAM_FORLENGET);
  }

  static Map<String, Object> introDokumentasjon(int maneder) {
    return Map.of("introSluttmal", "Fagbrev som helsefagarbeider.", "introDokumentasjon",
        "Fremmøte 95 %, bestått norskprøve B1.", "sluttmalVideregaendeOpplaering", false,
        "introForlengelseManeder", maneder);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> avslagPerTjeneste() {
    Map<String, Object> kvpForUng = new HashMap<>(kvp(true));
    kvpForUng.put("alder", 17);
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("OPPLYSNING_RAD_VEILEDNING",
            Map.of("kanBidraTilALoseEllerForebyggeSosialeProblemer", false)),
        org.junit.jupiter.params.provider.Arguments.of("OKONOMISK_STONAD", okonomi(false, true, false, 50)),
        org.junit.jupiter.params.provider.Arguments.of("MIDLERTIDIG_BOTILBUD",
            Map.of("harStedASoveOgOppholdeSegNesteDogn", true, "klarerAFinneMidlertidigBotilbudSelv", false)),
        org.junit.jupiter.params.provider.Arguments.of("INDIVIDUELL_PLAN", Map.of("behovForLangvarigeTjenester", false,
            "behovForTjenesterFraToEllerFlereInstanser", true, "deltarIKvalifiseringsprogram", false)),
        org.junit.jupiter.params.provider.Arguments.of("KVALIFISERINGSPROGRAM", kvpForUng),
        org.junit.jupiter.params.provider.Arguments.of("INTRODUKSJONSPROGRAM_FORLENGELSE",
            Map.of("grunnTilAForventeAtSluttmaletNas", false)));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} avslås når tabellen sier ikke rett")
  @org.junit.jupiter.params.provider.MethodSource("avslagPerTjeneste")
  void hverTjenesteAvslasNarTabellenSierIkkeRett(String tjeneste, Map<String, Object> facts) {
    ProcessInstance instance = start(tjeneste, false, 0);
    kartlegg(instance, facts);
    if ("INDIVIDUELL_PLAN".equals(tjeneste)) {
      complete(instance, KARTLEGG_INDIVIDUELL_PLAN, Map.of("harIndividuellPlanFraFor", false, "samtykkeTilPlan", true));
    }
    if ("INTRODUKSJONSPROGRAM_FORLENGELSE".equals(tjeneste)) {
      complete(instance, DOKUMENTER_FORLENGELSE_INTRO, introDokumentasjon(3));
    }
    assertThat(variable(instance, "tabellRett")).isEqualTo("IKKE_RETT");
    vurder(instance, Map.of());
    Vedtak vedtak = fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.tjeneste()).isEqualTo(tjeneste);
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
  }

  // --- Avgjøre: four eyes ------------------------------------------------------------------------------------------

  @Test
  void vedtaketKanIkkeGodkjennesAvDenSomUtformetDetOgKanSendesTilbake() {
    ProcessInstance instance = start("INTRODUKSJONSPROGRAM_FORLENGELSE", false, 0);
    kartlegg(instance, Map.of("grunnTilAForventeAtSluttmaletNas", false));
    complete(instance, DOKUMENTER_FORLENGELSE_INTRO, introDokumentasjon(6));
    vurder(instance, Map.of());
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast(instance));
    Task godkjenning = task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK);
    assertThatThrownBy(() -> completeAs("kari", "leder", godkjenning, Map.of("godkjent", true)))
        .hasMessageContaining("Du kan ikke godkjenne et vedtak du selv har utformet");
    completeAs("kjell", "leder", godkjenning, Map.of("godkjent", false, "godkjenningKommentar", "Utdyp begrunnelsen."));
    assertThat(task(instance, VedtakProcess.Elements.UTFORM_VEDTAK)).isNotNull();
    assertThat(fattVedtak(instance).utfall()).isEqualTo("AVSLATT");
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
  }

  // --- deadlines and withdrawal -------------------------------------------------------------------------------------

  @Test
  void utenVedtakEtterEnManedSendesForelopigSvar() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    assertThat(timer(instance, EN_MANED_UTEN_VEDTAK).getDuedate()).isEqualTo(date(I_DAG.plusMonths(1), 0));
    fire(instance, EN_MANED_UTEN_VEDTAK);
    assertThatThrownBy(() -> complete(instance, SEND_FORELOPIG_SVAR, Map.of("forelopigSvarArsak", " ")))
        .hasMessageContaining("forelopigSvarArsak")
        .hasMessageContaining("forventetSvardato");
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
    complete(instance, SEND_FORELOPIG_SVAR, Map.of("forelopigSvarArsak", "Venter på opplysninger.", "forventetSvardato", "2026-04-15"));
    assertThat(instance).hasPassed("Event_ForelopigSvarSendt").isWaitingAt(KARTLEGG_SOKNAD);

    Brev brev = BrevTestSupport.eneste(BrevType.FORELOPIG_SVAR);
    assertThat(brev.saksnummer()).isEqualTo(instance.getBusinessKey());
    assertThat(brev.kommunenummer()).isEqualTo("5028");
    assertThat(brev.vedtakId()).isNull();
    assertThat(instance).variables().containsEntry("forelopigSvarBrevId", brev.id());
    assertThat(BrevTestSupport.tekst(brev)).containsSubsequence(instance.getBusinessKey(),
        "Foreløpig svar på søknad om opplysning, råd og veiledning", "Saken gjelder", "SOKER-TEST-1",
        "mottatt 02.03.2026", "Hvorfor saken tar tid", "Venter på opplysninger.", "Når kan du vente svar",
        "15.04.2026", "forvaltningsloven § 11 a", "Generell informasjon", "kari");
  }

  @Test
  void forelopigSvarSendesIkkeNarVedtakErFattet() {
    ProcessInstance instance = start("KVALIFISERINGSPROGRAM", false, 0);
    kartlegg(instance, kvp(true));
    vurder(instance, Map.of("programperiodeManeder", 12));
    fattVedtak(instance);
    fire(instance, EN_MANED_UTEN_VEDTAK);
    assertThat(instance).hasPassed(INGEN_FORELOPIG_SVAR).hasNotPassed(SEND_FORELOPIG_SVAR);
  }

  @Test
  void sokerenKanTrekkeSoknadenNarSomHelst() {
    ProcessInstance instance = start("OKONOMISK_STONAD", true, 0);
    assertThat(instance).isWaitingAt(KARTLEGG_HASTESAK);
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.SOKNAD_TRUKKET)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate();
    assertThat(instance).isEnded().hasPassed(REGISTRER_TRUKKET, SAKSBEHANDLING_AVSLUTTET_TRUKKET);
    assertThat(variable(instance, "saksstatus")).isEqualTo("TRUKKET");
    assertThat(variable(instance, "trukketDato")).isEqualTo("2026-03-02");
  }

  @Test
  void enSoknadKanIkkeTrekkesMensVedtaksbrevetLagesOgKanDetNarBrevetFinnes() {
    ProcessInstance instance = start("OPPLYSNING_RAD_VEILEDNING", false, 0);
    kartlegg(instance, Map.of("kanBidraTilALoseEllerForebyggeSosialeProblemer", true));
    vurder(instance, Map.of());
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast(instance));
    // The approval alone, as Tasklist sends it: the letter's step waits for the job executor.
    engine.getIdentityService().setAuthentication("kjell", java.util.List.of("leder"), java.util.List.of("5028"));
    try {
      engine.getTaskService().complete(task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK).getId(),
          Map.of("godkjent", true));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(register.finnForSak(instance.getBusinessKey())).hasSize(1);
    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.SOKNAD_TRUKKET)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate())
        .hasMessageContaining("vedtaksbrevet lages nå");
    // Nothing of the withdrawal was saved: the letter's step is still there, and makes the one letter.
    assertThat(instance).isNotEnded();
    assertThat(no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(engine)).isOne();
    assertThat(BrevTestSupport.eneste(BrevType.VEDTAK)).isNotNull();
    assertThat(instance).isWaitingAt(OPPFOLGINGSSAMTALE);
  }
}
