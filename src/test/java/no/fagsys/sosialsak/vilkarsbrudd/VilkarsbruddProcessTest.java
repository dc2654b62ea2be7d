package no.fagsys.sosialsak.vilkarsbrudd;

import no.fagsys.sosialsak.platform.CaseDriver;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.UtsattIverksettelse;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the condition-breach process (SPEC §§ 3.6, 4.3): no consequence, advance notice answered or
 * expired, reduction refused without notice of it in the decision, the new decision through vedtak, deferred
 * implementation, and a report refused at start.
 */
class VilkarsbruddProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(0.9);

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final String SAKSNUMMER = "2026-5028-000007";
  static final String VILKAR = "Møte til avtalt aktivitet hos NAV hver uke.";

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(date(I_DAG, 9));
    register = VilkarsbruddTestSupport.registerBeans();
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

  Vedtak vedtak(Boolean informertOmReduksjon) {
    return VilkarsbruddTestSupport.vedtakMedVilkar(register, SAKSNUMMER, "5028", VILKAR, informertOmReduksjon,
        I_DAG.minusMonths(1));
  }

  static Map<String, Object> melding(String vedtakId) {
    Map<String, Object> v = new HashMap<>();
    v.put("vedtakId", vedtakId);
    v.put("kommunenummer", "5028");
    v.put("vilkar", VILKAR);
    v.put("hendelse", "Har ikke møtt de tre siste ukene.");
    return v;
  }

  ProcessInstance start(Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(VilkarsbruddProcess.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance start(Vedtak vedtak) {
    return start(melding(vedtak.id()));
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

  void vurder(ProcessInstance instance, boolean lovligStilt, boolean skalFaKonsekvens) {
    complete(instance, VURDER_VILKARSBRUDD, Map.of("vilkaretLovligStilt", lovligStilt,
        "bruddetSkalFaKonsekvens", skalFaKonsekvens, "vilkarsbruddVurdering", "Ingen gyldig grunn til fraværet."));
  }

  void sendForhandsvarsel(ProcessInstance instance, String konsekvens, String svarfrist) {
    Map<String, Object> v = new HashMap<>();
    v.put("foreslattKonsekvens", konsekvens);
    v.put("forhandsvarselTekst", "Vi vurderer å endre vedtaket om økonomisk stønad fordi vilkåret er brutt.");
    v.put("svarfrist", svarfrist);
    complete(instance, SEND_FORHANDSVARSEL, v);
  }

  void uttalelse(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(Messages.UTTALELSE_MOTTATT)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable("uttalelse", "Jeg var syk, se vedlagt legeerklæring.").correlate();
  }

  void velgKonsekvens(ProcessInstance instance, String konsekvens) {
    complete(instance, VURDER_KONSEKVENS, Map.of("valgtKonsekvens", konsekvens,
        "vedtakForslagBegrunnelse", "Vilkåret om aktivitet er brutt uten gyldig grunn."));
  }

  /** The new-decision steps: kari drafts, kjell approves. */
  Vedtak fattVedtak(ProcessInstance instance) {
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, Map.of("stonadsform", "BIDRAG",
        "informertOmReduksjon", true));
    completeAs("kjell", "leder", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK), Map.of("godkjent", true));
    List<Vedtak> vedtak = register.finnForSak(SAKSNUMMER);
    return vedtak.get(vedtak.size() - 1);
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
    var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult();
    return v == null ? null : v.getValue();
  }

  // --- start ------------------------------------------------------------------------------------------------------

  @Test
  void meldingenFarVedtaketsSaksnummerOgKommunensTenant() {
    Vedtak vedtak = vedtak(true);
    ProcessInstance first = start(vedtak);
    ProcessInstance second = start(vedtak);
    assertThat(first.getBusinessKey()).isEqualTo(SAKSNUMMER + "-V1");
    assertThat(second.getBusinessKey()).isEqualTo(SAKSNUMMER + "-V2");
    assertThat(first.getTenantId()).isEqualTo("5028");
    assertThat(first).isWaitingAt(VURDER_VILKARSBRUDD).variables()
        .containsEntry("brytesVedtakId", vedtak.id()).containsEntry("erstatterVedtakId", vedtak.id())
        .containsEntry("saksnummer", SAKSNUMMER).containsEntry("tjeneste", "OKONOMISK_STONAD")
        .containsEntry("informertOmReduksjonIVedtaket", true);
    assertThat(task(first, VURDER_VILKARSBRUDD)).hasCandidateGroup("saksbehandler");
  }

  @Test
  void ukjentVedtakAvvisesOgIngenSakStartes() {
    Map<String, Object> v = melding("finnes-ikke");
    v.remove("hendelse");
    assertThatThrownBy(() -> start(v)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("vedtakId: finner ikke vedtaket 'finnes-ikke'")
        .hasMessageContaining("hendelse: mangler");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void vedtakUtenVilkarAvvisesOgIngenSakStartes() {
    Vedtak utenVilkar = VilkarsbruddTestSupport.vedtakMedVilkar(register, SAKSNUMMER, "5028", null, null, I_DAG);
    assertThatThrownBy(() -> start(utenVilkar)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("vedtakId: vedtaket har ingen vilkår");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void kommunenummerMaVaereVedtaketsKommune() {
    Vedtak malvik = VilkarsbruddTestSupport.vedtakMedVilkar(register, "2026-5031-000001", "5031", VILKAR, true, I_DAG);
    assertThatThrownBy(() -> start(melding(malvik.id()))).isInstanceOf(BadUserRequestException.class)
        // Another municipality's decision answers as an unknown one: no existence oracle.
        .hasMessageContaining("vedtakId: finner ikke vedtaket '" + malvik.id() + "'").hasMessageNotContaining("5031");
    Map<String, Object> utenKommune = melding(vedtak(true).id());
    utenKommune.remove("kommunenummer");
    assertThatThrownBy(() -> start(utenKommune)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kommunenummer: mangler");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- no consequence ---------------------------------------------------------------------------------------------

  @Test
  void vilkarSomIkkeVarLovligStiltGirIngenKonsekvens() {
    ProcessInstance instance = start(vedtak(true));
    vurder(instance, false, true);
    assertThat(instance).isEnded().hasPassedInOrder(VURDER_VILKARSBRUDD, KONSEKVENS_VED_VILKARSBRUDD, INGEN_KONSEKVENS)
        .hasNotPassed(SEND_FORHANDSVARSEL);
    assertThat(variable(instance, "tillattKonsekvens")).isEqualTo("INGEN");
    assertThat(variable(instance, "utfall")).isEqualTo("INGEN_KONSEKVENS");
    assertThat((String) variable(instance, "konsekvensBegrunnelse")).contains("ikke lovlig stilt");
  }

  @Test
  void saksbehandlerKanVelgeIngenKonsekvensFremforAVarsle() {
    ProcessInstance instance = start(vedtak(true));
    vurder(instance, true, true);
    sendForhandsvarsel(instance, "INGEN", null);
    assertThat(instance).isEnded().hasPassed(INGEN_KONSEKVENS).hasNotPassed(VENTER_PA_UTTALELSE);
    assertThat(variable(instance, "utfall")).isEqualTo("INGEN_KONSEKVENS");
  }

  // --- advance notice ---------------------------------------------------------------------------------------------

  @Test
  void uttalelseForFristenGirVurderingOgNyttVedtakSomErstatterDetBrutte() {
    Vedtak brutt = vedtak(true);
    ProcessInstance instance = start(brutt);
    vurder(instance, true, true);
    assertThat(variable(instance, "tillattKonsekvens")).isEqualTo("REDUKSJON_ELLER_ANNEN_ENDRING");
    sendForhandsvarsel(instance, "REDUKSJON", null);

    // No assessment, hence no decision, before the statement or the deadline.
    assertThat(instance).isWaitingAt(VENTER_PA_UTTALELSE);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(variable(instance, "svarfrist")).isEqualTo(I_DAG.plusDays(14).toString());
    assertThat(timer(instance, SVARFRIST_UTLOPT).getDuedate()).isEqualTo(
        Date.from(I_DAG.plusDays(14).atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    Brev varsel = BrevTestSupport.eneste(BrevType.FORHANDSVARSEL);
    assertThat(varsel.saksnummer()).isEqualTo(instance.getBusinessKey());
    assertThat(varsel.vedtakId()).isEqualTo(brutt.id());
    assertThat(variable(instance, "forhandsvarselBrevId")).isEqualTo(varsel.id());
    assertThat(BrevTestSupport.tekst(varsel)).containsSubsequence(instance.getBusinessKey(), "Forhåndsvarsel",
        "Saken gjelder", brutt.id(), "Hva vi vurderer", "reduksjon av stønaden din", VILKAR,
        "Vi vurderer å endre vedtaket", "Svarfrist",
        no.fagsys.sosialsak.brev.Brevinnhold.DATO.format(I_DAG.plusDays(14)), "Din rett til å uttale deg",
        "forvaltningsloven § 16", "Lovhjemmel", "Ved brudd på vilkår", "Generell informasjon");

    uttalelse(instance);
    assertThat(instance).isWaitingAt(VURDER_KONSEKVENS).hasPassed(UTTALELSE_MOTTATT).hasNotPassed(SVARFRIST_UTLOPT);
    assertThat(task(instance, VURDER_KONSEKVENS)).hasCandidateGroup("saksbehandler");
    velgKonsekvens(instance, "REDUKSJON");
    assertThat(instance).isWaitingAt(VEDTAK);

    Vedtak nytt = fattVedtak(instance);
    assertThat(nytt.id()).isNotEqualTo(brutt.id());
    assertThat(nytt.erstatterVedtakId()).isEqualTo(brutt.id());
    assertThat(nytt.vedtakGjelder()).isEqualTo("VILKARSBRUDD");
    assertThat(nytt.utfall()).isEqualTo("DELVIS_INNVILGET");
    assertThat(nytt.saksnummer()).isEqualTo(SAKSNUMMER);
    assertThat(nytt.hjemmel()).contains("§ 20 tredje ledd");
    assertThat(nytt.relevanteOpplysninger()).contains(VILKAR).contains("Har ikke møtt")
        .contains("svarfrist " + I_DAG.plusDays(14)).contains("Partens uttalelse: Jeg var syk");

    // The case stays open until the complaint deadline of the new decision has passed.
    assertThat(instance).isWaitingAt(KLAGEFRIST_UTLOPT).variables()
        .containsEntry("vedtakId", nytt.id()).containsEntry("nyttVedtakId", nytt.id())
        .containsEntry("brytesVedtakId", brutt.id()).containsEntry("klagefrist", nytt.klagefrist().toString());
    fire(instance, KLAGEFRIST_UTLOPT);
    assertThat(instance).isEnded().hasPassedInOrder(SEND_FORHANDSVARSEL, UTTALELSE_MOTTATT, VURDER_KONSEKVENS, VEDTAK,
        KLAGEFRIST_UTLOPT, NYTT_VEDTAK_FATTET);
    assertThat(variable(instance, "utfall")).isEqualTo("REDUKSJON");
    Brev vedtaksbrev = BrevTestSupport.eneste(BrevType.VEDTAK);
    assertThat(vedtaksbrev.vedtakId()).isEqualTo(nytt.id());
    assertThat(BrevTestSupport.tekst(vedtaksbrev)).contains("Nytt vedtak etter brudd på vilkår",
        "Dette vedtaket erstatter vedtak " + brutt.id());
  }

  @Test
  void svarfristenSomSaksbehandlerSetterLoperUtUtenUttalelse() {
    ProcessInstance instance = start(vedtak(true));
    vurder(instance, true, true);
    sendForhandsvarsel(instance, "ANNEN_ENDRING", I_DAG.plusDays(7).toString());
    assertThat(timer(instance, SVARFRIST_UTLOPT).getDuedate()).isEqualTo(
        Date.from(I_DAG.plusDays(7).atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

    fire(instance, SVARFRIST_UTLOPT);
    assertThat(instance).isWaitingAt(VURDER_KONSEKVENS).hasPassed(SVARFRIST_UTLOPT).hasNotPassed(UTTALELSE_MOTTATT);
    velgKonsekvens(instance, "INGEN");
    assertThat(instance).isEnded().hasPassed(INGEN_KONSEKVENS).hasNotPassed(VEDTAK);
    assertThat(variable(instance, "utfall")).isEqualTo("INGEN_KONSEKVENS");
  }

  @Test
  void svarfristForDagensDatoAvvises() {
    ProcessInstance instance = start(vedtak(true));
    vurder(instance, true, true);
    assertThatThrownBy(() -> sendForhandsvarsel(instance, "ANNEN_ENDRING", I_DAG.minusDays(1).toString()))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("svarfrist: kan ikke være før dagens dato");
    assertThat(instance).isWaitingAt(SEND_FORHANDSVARSEL);
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
  }

  @Test
  void reduksjonAvvisesNarVedtaketIkkeInformerteOmDen() {
    Vedtak brutt = vedtak(false);
    ProcessInstance instance = start(brutt);
    vurder(instance, true, true);
    assertThat(variable(instance, "tillattKonsekvens")).isEqualTo("ANNEN_ENDRING");

    assertThatThrownBy(() -> sendForhandsvarsel(instance, "REDUKSJON", null))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("foreslattKonsekvens: stønaden kan ikke reduseres");
    assertThat(instance).isWaitingAt(SEND_FORHANDSVARSEL);
    sendForhandsvarsel(instance, "ANNEN_ENDRING", null);
    uttalelse(instance);

    assertThatThrownBy(() -> velgKonsekvens(instance, "REDUKSJON"))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("valgtKonsekvens: stønaden kan ikke reduseres");
    assertThat(instance).isWaitingAt(VURDER_KONSEKVENS);
    velgKonsekvens(instance, "ANNEN_ENDRING");
    Vedtak nytt = fattVedtak(instance);
    assertThat(nytt.erstatterVedtakId()).isEqualTo(brutt.id());
    assertThat(nytt.utfall()).isEqualTo("INNVILGET");
    fire(instance, KLAGEFRIST_UTLOPT);
    assertThat(variable(instance, "utfall")).isEqualTo("ANNEN_ENDRING");
  }

  // --- deferred implementation (fvl. § 42) ------------------------------------------------------------------------

  void begjaerUtsattIverksettelse(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(Messages.UTSATT_IVERKSETTELSE_BEGJAERT)
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
  }

  void avgjorUtsattIverksettelse(ProcessInstance instance, boolean innvilget) {
    complete(instance, VURDER_UTSATT_IVERKSETTELSE, Map.of("utsattIverksettelseInnvilget", innvilget,
        "utsattIverksettelseBegrunnelse", "Klagen bør avgjøres før stønaden endres."));
  }

  @Test
  void utsattIverksettelseAvgjoresPaDetBrutteVedtaketForOgPaDetNyeEtterNyttVedtak() {
    Vedtak brutt = vedtak(true);
    ProcessInstance instance = start(brutt);
    vurder(instance, true, true);
    sendForhandsvarsel(instance, "REDUKSJON", null);

    begjaerUtsattIverksettelse(instance);
    assertThat(instance).isWaitingAt(VURDER_UTSATT_IVERKSETTELSE, VENTER_PA_UTTALELSE);
    assertThat(task(instance, VURDER_UTSATT_IVERKSETTELSE)).hasCandidateGroup("saksbehandler");
    avgjorUtsattIverksettelse(instance, false);
    assertThat(register.utsattIverksettelse(brutt.id())).singleElement().satisfies(u -> {
      assertThat(u.innvilget()).isFalse();
      assertThat(u.instans()).isEqualTo(UtsattIverksettelse.KOMMUNEN);
      assertThat(u.besluttetAv()).isEqualTo("kari");
    });
    assertThat(instance).isWaitingAt(VENTER_PA_UTTALELSE).hasPassed(UTSATT_IVERKSETTELSE_AVGJORT);

    uttalelse(instance);
    velgKonsekvens(instance, "REDUKSJON");
    Vedtak nytt = fattVedtak(instance);
    begjaerUtsattIverksettelse(instance);
    avgjorUtsattIverksettelse(instance, true);
    assertThat(register.utsattIverksettelse(nytt.id())).singleElement()
        .satisfies(u -> assertThat(u.innvilget()).isTrue());
    assertThat(register.utsattIverksettelse(brutt.id())).hasSize(1);
    assertThat(instance).isWaitingAt(KLAGEFRIST_UTLOPT);
  }
}
