package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Følge opp economic support granted without conditions (seed 003 «Følge opp … Endre?»; docs/lovtolkninger.md L12,
 * L19): the case no longer ends at the grant. It waits until the granted period is over, and a change of the amount
 * or a stop before that is a new decision with four eyes and complaint rights that replaces the grant, the same way
 * as for support with conditions ({@code OppfolgingsvedtakTest}). Without a condition there is no breach to report.
 */
class StonadUtenVilkarOppfolgingTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);

  ProcessEngine engine;
  Saksgang sak;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(CaseDriver.date(I_DAG, 9));
    sak = new Saksgang(engine, SoknadTestSupport.registerBeans());
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  /** Economic support of 12 650 kr a month for 2–31 March 2026 to a 40-year-old, no condition set, in follow-up. */
  ProcessInstance stonadUtenVilkarPagar() {
    ProcessInstance instance = sak.start("OKONOMISK_STONAD", I_DAG);
    Map<String, Object> kartlegging = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    kartlegging.putAll(SoknadTestSupport.okonomiskStonadBesvart());
    sak.complete(instance, KARTLEGG_SOKNAD, kartlegging);
    sak.complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", false));
    Map<String, Object> grunnlag = new HashMap<>();
    grunnlag.put("husstandstype", "ENSLIG");
    grunnlag.put("antallBarn0til5", 0);
    grunnlag.put("antallBarn6til10", 0);
    grunnlag.put("antallBarn11til17", 0);
    grunnlag.put("boutgifter", 6000);
    grunnlag.put("stromOgOppvarming", 800);
    grunnlag.put("andreNodvendigeUtgifter", 0);
    grunnlag.put("husstandensInntekt", 2000);
    grunnlag.put("barnetrygd", 0);
    grunnlag.put("barnsInntektFritidOgFerie", 0);
    sak.complete(instance, BEREGN_STONAD, grunnlag);
    sak.complete(instance, FASTSETT_STONAD, Map.of("stonadBelopPerManed", sak.variable(instance, "forslagBelopPerManed"),
        "stonadsperiodeFra", "2026-03-02", "stonadsperiodeTil", "2026-03-31", "stonadsform", "BIDRAG"));
    sak.vurder(instance, Map.of());
    sak.utform(instance);
    sak.godkjenn(instance, "kjell");
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD).hasNotPassed(STONAD_INNVILGET);
    return instance;
  }

  /** What the domain API does for POST /saker/{saksnummer}/endringer. */
  void meldEndring(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate();
  }

  @Test
  void stonadUtenVilkarFolgesOppTilPeriodenErOverOgAvsluttesDaUtenNyttVedtak() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    List<String> vedtak = sak.vedtakIder(instance);
    // The period's last day is 31 March: the follow-up ends when 1 April begins, not at the grant.
    assertThat(sak.timer(instance, STONADSPERIODE_UTEN_VILKAR_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2026, 4, 1), 0));
    sak.fire(instance, STONADSPERIODE_UTEN_VILKAR_UTLOPT);
    assertThat(instance).isEnded().hasPassed(STONAD_INNVILGET).hasNotPassed(VURDER_ENDRING_AV_STONAD);
    assertThat(sak.vedtakIder(instance)).as("perioden er over: ikke noe nytt vedtak").isEqualTo(vedtak);
    assertThat(sak.variable(instance, "saksstatus")).isEqualTo("INNVILGET");
  }

  @Test
  void stansAvStonadUtenVilkarErEtNyttVedtakMedKlagerettSomErstatterInnvilgelsen() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    Vedtak innvilgelse = sak.register.finnForSak(instance.getBusinessKey()).get(0);
    meldEndring(instance);
    assertThat(instance).isWaitingAt(VURDER_ENDRING_AV_STONAD).hasPassed(ENDRING_AV_STONAD_UTEN_VILKAR_MELDT);
    List<String> for_ = sak.vedtakIder(instance);
    sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "STANS",
        "stonadEndringFraDato", "2026-03-16", "stonadEndringBegrunnelse", "Du har begynt i fast arbeid med lønn."));
    sak.utform(instance);
    assertThat(sak.vedtakIder(instance)).as("ingen stans før leder har godkjent").isEqualTo(for_);
    assertThatThrownBy(() -> sak.completeAs("kari", "leder", instance, VedtakProcess.Elements.GODKJENN_VEDTAK,
        Map.of("godkjent", true))).hasMessageContaining("Du kan ikke godkjenne et vedtak du selv har utformet");
    sak.godkjenn(instance, "kjell");

    Vedtak stans = sak.nyttVedtak(instance, for_);
    assertThat(stans.vedtakGjelder()).isEqualTo("STANS");
    assertThat(stans.utfall()).isEqualTo("INNVILGET");
    assertThat(stans.erstatterVedtakId()).isEqualTo(innvilgelse.id());
    assertThat(stans.begrunnelse()).contains("Stønaden stanses fra 16.03.2026 (innvilget til nå: 12 650 kr per måned).");
    assertThat(sak.brevtekst(stans)).containsSubsequence("Vedtak om stans – økonomisk stønad",
        "Den økonomiske stønaden din stanses etter sosialtjenesteloven § 18.",
        "Dette vedtaket erstatter vedtak " + innvilgelse.id(), "Klageadgang", "Dette vedtaket kan påklages");
    assertThat(instance).isEnded().hasPassed(STONAD_STANSET).hasNotPassed(STONAD_INNVILGET);
  }

  @Test
  void endringAvStonadUtenVilkarErEtNyttVedtakOgOppfolgingenVenterPaPeriodensSlutt() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    Vedtak innvilgelse = sak.register.finnForSak(instance.getBusinessKey()).get(0);
    meldEndring(instance);
    sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "ENDRING", "nyttBelopPerManed", 11650,
        "stonadEndringFraDato", "2026-03-16", "stonadEndringBegrunnelse", "Husleien er satt ned med 1 000 kr."));
    Vedtak endring = sak.fattVedtak(instance);
    assertThat(endring.vedtakGjelder()).isEqualTo("ENDRING");
    assertThat(endring.erstatterVedtakId()).isEqualTo(innvilgelse.id());
    assertThat(sak.brevtekst(endring)).containsSubsequence("Vedtak om endring – økonomisk stønad",
        "Vedtaket ditt om økonomisk stønad endres etter sosialtjenesteloven § 18.", "11 650 kr per måned",
        "Klageadgang", "Dette vedtaket kan påklages");
    // Back to the wait without conditions (never to the breach wait), with the same end of the period.
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD).hasNotPassed(VENTER_PA_VILKARSBRUDD);
    assertThat(sak.timer(instance, STONADSPERIODE_UTEN_VILKAR_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2026, 4, 1), 0));
    sak.fire(instance, STONADSPERIODE_UTEN_VILKAR_UTLOPT);
    assertThat(instance).isEnded().hasPassed(STONAD_INNVILGET);
  }

  @Test
  void enStansLederenIkkeVedtarLarStonadenFortsetteSomFor() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    meldEndring(instance);
    sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "STANS",
        "stonadEndringFraDato", "2026-03-16", "stonadEndringBegrunnelse", "Meldt om arbeid."));
    sak.utform(instance, Map.of("vedtakUtfall", "AVSLATT",
        "vedtakBegrunnelse", "Arbeidet var en kort vakt; stønaden fortsetter.", "relevanteOpplysninger", "Lønnsslipp."));
    sak.godkjenn(instance, "kjell");
    Vedtak vedtak = sak.register.finnForSak(instance.getBusinessKey()).stream()
        .filter(x -> "STANS".equals(x.vedtakGjelder())).findFirst().orElseThrow();
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(sak.brevtekst(vedtak)).contains("Den økonomiske stønaden din fortsetter som før.",
        "Dette vedtaket kan påklages");
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD).hasNotPassed(STONAD_STANSET);
  }

  @Test
  void utenVilkarKanDetIkkeMeldesVilkarsbrudd() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(SoknadProcess.Messages.VILKARSBRUDD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD).hasNotPassed(VURDER_VILKARSBRUDD);
  }

  @Test
  void enEndringMeldtIEnAnnenKommuneNarIkkeSaken() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5031").correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD);
  }

  @Test
  void endringenMaBesvaresForDenBlirEtVedtak() {
    ProcessInstance instance = stonadUtenVilkarPagar();
    meldEndring(instance);
    assertThatThrownBy(() -> sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "OPPHOR",
        "stonadEndringFraDato", "16.03.2026")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stonadEndring: ugyldig verdi")
        .hasMessageContaining("stonadEndringFraDato: er ikke en dato")
        .hasMessageContaining("stonadEndringBegrunnelse: begrunn vedtaket");
    assertThat(instance).isWaitingAt(VURDER_ENDRING_AV_STONAD).hasNotPassed(VEDTAK_ENDRING_AV_STONAD);
  }

  @Test
  void enInnvilgelseUtenRegistrertPeriodeFolgesOppUtVedtaksmaneden() {
    // L19: without a recorded period (the draft turned a proposal into a grant) the support is for the month of
    // the decision, whose amounts are per month; the follow-up ends when the next month begins.
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(SoknadProcess.KEY)
        .businessKey("2026-5028-000019").setVariables(Map.of("kommunenummer", "5028", "tjeneste", "OKONOMISK_STONAD",
            "stillerVilkar", false, "vedtakId", "V-L19"))
        .startBeforeActivity(BEREGN_OPPFOLGINGSFRISTER).execute();
    assertThat(instance).isWaitingAt(VENTER_PA_ENDRING_AV_STONAD);
    assertThat(sak.timer(instance, STONADSPERIODE_UTEN_VILKAR_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2026, 4, 1), 0));
  }
}
