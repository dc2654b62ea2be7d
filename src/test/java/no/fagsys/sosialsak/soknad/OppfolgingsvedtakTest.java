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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Følge opp (seeds 003 and 004; docs/lovtolkninger.md L12): a granted qualification programme is ended before its
 * period, stopped, or given leave from only by a new decision, drafted by the caseworker and approved by another
 * (four eyes), with a letter that gives complaint rights. Cases go the way Tasklist drives them.
 */
class OppfolgingsvedtakTest {

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

  /** A granted programme of 12 months that started on 1 April 2026, in follow-up. */
  ProcessInstance programPagar() {
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", I_DAG);
    sak.kartleggKvp(instance, 30);
    sak.vurder(instance, Map.of("programperiodeManeder", 12));
    sak.fattVedtak(instance);
    sak.complete(instance, START_KVALIFISERINGSPROGRAM, Map.of("programStartdato", "2026-04-01", "programplan", "Plan."));
    assertThat(instance).isWaitingAt(FOLG_OPP_KVALIFISERINGSPROGRAM);
    return instance;
  }

  static Map<String, Object> endring(String endring, String fra, String begrunnelse) {
    Map<String, Object> v = new HashMap<>();
    v.put("programEndring", endring);
    v.put("programEndringFraDato", fra);
    v.put("programEndringBegrunnelse", begrunnelse);
    return v;
  }

  @Test
  void stansAvProgrammetErEtVedtakMedFireOyneOgKlagerett() {
    ProcessInstance instance = programPagar();
    List<String> for_ = sak.vedtakIder(instance);
    sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, endring("STANS", "2026-06-01",
        "Du har uteblitt fra programmet i fire uker uten gyldig grunn."));

    // The stop is a draft until a leader other than the drafter approves it: nothing is decided yet.
    assertThat(instance).isNotEnded();
    assertThat(sak.vedtakIder(instance)).isEqualTo(for_);
    sak.utform(instance);
    assertThat(sak.vedtakIder(instance)).isEqualTo(for_);
    assertThatThrownBy(() -> sak.completeAs("kari", "leder", instance, VedtakProcess.Elements.GODKJENN_VEDTAK,
        Map.of("godkjent", true)))
        .hasMessageContaining("Du kan ikke godkjenne et vedtak du selv har utformet");
    assertThat(instance).isNotEnded();
    assertThat(sak.vedtakIder(instance)).isEqualTo(for_);
    sak.godkjenn(instance, "kjell");

    Vedtak stans = sak.nyttVedtak(instance, for_);
    assertThat(stans.vedtakGjelder()).isEqualTo("STANS");
    assertThat(stans.utfall()).isEqualTo("INNVILGET");
    assertThat(stans.tjeneste()).isEqualTo("KVALIFISERINGSPROGRAM");
    assertThat(stans.utformetAv()).isEqualTo("kari");
    assertThat(stans.godkjentAv()).isEqualTo("kjell");
    assertThat(stans.kanPaklages()).isTrue();
    assertThat(stans.klagefrist()).isAfter(stans.vedtaksdato());
    assertThat(stans.begrunnelse()).contains("Kvalifiseringsprogrammet og kvalifiseringsstønaden stanses fra 01.06.2026.",
        "Du har uteblitt fra programmet i fire uker uten gyldig grunn.");
    assertThat(sak.brevtekst(stans)).containsSubsequence("Vedtak om stans – kvalifiseringsprogram",
        "Vi har vurdert vedtaket ditt om kvalifiseringsprogram på nytt",
        "Kvalifiseringsprogrammet ditt og kvalifiseringsstønaden stanses etter sosialtjenesteloven",
        "Begrunnelse", "stanses fra 01.06.2026", "uteblitt fra programmet", "Klageadgang",
        "Dette vedtaket kan påklages", "Klagefristen er 3 uker");
    assertThat(instance).isEnded().hasPassed(VEDTAK_PROGRAM_ENDRING, "Event_ProgramAvsluttet");
  }

  @Test
  void lederKanSendeStansenTilbakeOgIngentingErVedtattForDenErGodkjent() {
    ProcessInstance instance = programPagar();
    List<String> for_ = sak.vedtakIder(instance);
    sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, endring("STANS", "2026-06-01", "Fravær."));
    sak.utform(instance);
    sak.completeAs("kjell", "leder", instance, VedtakProcess.Elements.GODKJENN_VEDTAK,
        Map.of("godkjent", false, "godkjenningKommentar", "Har deltakeren fått uttale seg?"));
    assertThat(sak.task(instance, VedtakProcess.Elements.UTFORM_VEDTAK)).isNotNull();
    assertThat(sak.vedtakIder(instance)).isEqualTo(for_);
    assertThat(instance).isNotEnded();
    sak.utform(instance);
    sak.godkjenn(instance, "kjell");
    assertThat(sak.nyttVedtak(instance, for_).vedtakGjelder()).isEqualTo("STANS");
  }

  @Test
  void avslutningVedOvergangTilArbeidErEtVedtak() {
    ProcessInstance instance = programPagar();
    Map<String, Object> v = endring("AVSLUTNING", "2026-08-15", "Du har fått fast jobb i 80 % stilling.");
    assertThatThrownBy(() -> sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, v))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("programAvslutningArsak: mangler");
    v.put("programAvslutningArsak", "ARBEID");
    List<String> for_ = sak.vedtakIder(instance);
    sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, v);
    Vedtak avslutning = sak.fattVedtak(instance);
    assertThat(sak.nyttVedtak(instance, for_).id()).isEqualTo(avslutning.id());
    assertThat(avslutning.vedtakGjelder()).isEqualTo("AVSLUTNING");
    assertThat(avslutning.begrunnelse()).contains("Kvalifiseringsprogrammet avsluttes fra 15.08.2026 fordi deltakeren "
        + "går over til arbeid eller utdanning.");
    assertThat(sak.brevtekst(avslutning)).containsSubsequence("Vedtak om avslutning – kvalifiseringsprogram",
        "Kvalifiseringsprogrammet ditt og kvalifiseringsstønaden avsluttes etter", "fast jobb", "Klageadgang",
        "Dette vedtaket kan påklages");
    assertThat(instance).isEnded().hasPassed("Event_ProgramAvsluttet");
  }

  @Test
  void permisjonErEtVedtakOgProgrammetFortsetterMedSammePeriode() {
    ProcessInstance instance = programPagar();
    Object slutt = sak.variable(instance, "programSlutt");
    Map<String, Object> v = endring("PERMISJON", "2026-07-01", "Fødselspermisjon.");
    assertThatThrownBy(() -> sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, v))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("programPermisjonTilDato: mangler");
    v.put("programPermisjonTilDato", "2026-06-01");
    assertThatThrownBy(() -> sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, v))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("programPermisjonTilDato: permisjonen kan ikke slutte før den begynner");
    v.put("programPermisjonTilDato", "2026-09-30");
    sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, v);
    Vedtak permisjon = sak.fattVedtak(instance);
    assertThat(permisjon.vedtakGjelder()).isEqualTo("PERMISJON");
    assertThat(permisjon.begrunnelse()).contains("permisjon fra kvalifiseringsprogrammet fra 01.07.2026 til og med "
        + "30.09.2026");
    assertThat(sak.brevtekst(permisjon)).containsSubsequence("Vedtak om permisjon – kvalifiseringsprogram",
        "Du får permisjon fra kvalifiseringsprogram etter", "Klageadgang", "Dette vedtaket kan påklages");
    assertThat(instance).isWaitingAt(FOLG_OPP_KVALIFISERINGSPROGRAM).hasPassed(PROGRAM_ENDRING_UTFALL);
    assertThat(sak.timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2027, 4, 1), 0));
    assertThat(sak.variable(instance, "programSlutt")).isEqualTo(slutt);
  }

  @Test
  void enStansLederenIkkeVedtarLaProgrammetFortsette() {
    ProcessInstance instance = programPagar();
    sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, endring("STANS", "2026-06-01", "Fravær."));
    sak.complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, Map.of("vedtakUtfall", "AVSLATT",
        "vedtakBegrunnelse", "Fraværet var dokumentert sykdom; programmet fortsetter.",
        "relevanteOpplysninger", "Legeerklæring.", "vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING));
    sak.godkjenn(instance, "kjell");
    Vedtak vedtak = sak.register.finnForSak(instance.getBusinessKey()).stream()
        .filter(x -> "STANS".equals(x.vedtakGjelder())).findFirst().orElseThrow();
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(sak.brevtekst(vedtak)).contains("Kvalifiseringsprogrammet ditt og kvalifiseringsstønaden fortsetter som før.",
        "Dette vedtaket kan påklages");
    assertThat(instance).isWaitingAt(FOLG_OPP_KVALIFISERINGSPROGRAM);
  }

  @Test
  void ubesvartEndringSendesIkkeInn() {
    ProcessInstance instance = programPagar();
    assertThatThrownBy(() -> sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM, Map.of()))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("programEndring: mangler")
        .hasMessageContaining("programEndringFraDato: mangler")
        .hasMessageContaining("programEndringBegrunnelse: begrunn vedtaket");
    assertThatThrownBy(() -> sak.complete(instance, FOLG_OPP_KVALIFISERINGSPROGRAM,
        endring("OPPHOR", "2026-06-01", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("programEndring: ugyldig verdi");
    assertThat(instance).isWaitingAt(FOLG_OPP_KVALIFISERINGSPROGRAM).hasNotPassed(VEDTAK_PROGRAM_ENDRING);
  }

  // --- economic support ---------------------------------------------------------------------------------------------

  /** Economic support of 12 650 kr a month for March 2026 with an activity condition, in follow-up. */
  ProcessInstance stonadMedVilkarPagar() {
    ProcessInstance instance = sak.start("OKONOMISK_STONAD", I_DAG);
    Map<String, Object> kartlegging = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    kartlegging.putAll(SoknadTestSupport.okonomiskStonadBesvart());
    kartlegging.put("alder", 25);
    sak.complete(instance, KARTLEGG_SOKNAD, kartlegging);
    sak.complete(instance, FORMULER_VILKAR, Map.of("stillerVilkar", true, "vilkar", "Møt på jobbklubb hver uke.",
        "naerSammenhengMedVedtaket", true, "uforholdsmessigByrdefulltEllerUrimeligBegrensende", false,
        "istridMedLov", false));
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
    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD);
    return instance;
  }

  /** What the domain API does for POST /saker/{saksnummer}/endringer. */
  void meldEndring(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT)
        .processInstanceBusinessKey(instance.getBusinessKey()).tenantId("5028").correlate();
  }

  @Test
  void stansAvOkonomiskStonadErEtNyttVedtakSomErstatterInnvilgelsen() {
    ProcessInstance instance = stonadMedVilkarPagar();
    Vedtak innvilgelse = sak.register.finnForSak(instance.getBusinessKey()).get(0);
    meldEndring(instance);
    assertThat(instance).isWaitingAt(VURDER_ENDRING_AV_STONAD);
    assertThatThrownBy(() -> sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "STANS")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stonadEndringFraDato: mangler")
        .hasMessageContaining("stonadEndringBegrunnelse: begrunn vedtaket");
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
    assertThat(stans.tjeneste()).isEqualTo("OKONOMISK_STONAD");
    assertThat(stans.erstatterVedtakId()).isEqualTo(innvilgelse.id());
    assertThat(stans.begrunnelse()).contains("Stønaden stanses fra 16.03.2026 (innvilget til nå: 12 650 kr per måned).",
        "fast arbeid");
    assertThat(sak.brevtekst(stans)).containsSubsequence("Vedtak om stans – økonomisk stønad",
        "Den økonomiske stønaden din stanses etter sosialtjenesteloven § 18.",
        "Dette vedtaket erstatter vedtak " + innvilgelse.id(), "Begrunnelse", "stanses fra 16.03.2026", "Klageadgang",
        "Dette vedtaket kan påklages");
    assertThat(instance).isEnded().hasPassed(STONAD_STANSET);
  }

  @Test
  void endringAvOkonomiskStonadErEtNyttVedtakOgOppfolgingenFortsetter() {
    ProcessInstance instance = stonadMedVilkarPagar();
    meldEndring(instance);
    assertThatThrownBy(() -> sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "ENDRING",
        "stonadEndringFraDato", "2026-03-16", "stonadEndringBegrunnelse", "Husleien er satt ned.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("nyttBelopPerManed: mangler");
    sak.complete(instance, VURDER_ENDRING_AV_STONAD, Map.of("stonadEndring", "ENDRING", "nyttBelopPerManed", 11650,
        "stonadEndringFraDato", "2026-03-16", "stonadEndringBegrunnelse", "Husleien er satt ned med 1 000 kr."));
    Vedtak endring = sak.fattVedtak(instance);
    assertThat(endring.vedtakGjelder()).isEqualTo("ENDRING");
    assertThat(endring.begrunnelse()).contains("Stønaden endres fra 16.03.2026 til 11 650 kr per måned (innvilget til "
        + "nå: 12 650 kr per måned).");
    assertThat(sak.brevtekst(endring)).containsSubsequence("Vedtak om endring – økonomisk stønad",
        "Vedtaket ditt om økonomisk stønad endres etter sosialtjenesteloven § 18.", "11 650 kr per måned",
        "Klageadgang", "Dette vedtaket kan påklages");
    assertThat(instance).isWaitingAt(VENTER_PA_VILKARSBRUDD).hasPassed(STONAD_ENDRING_UTFALL);
  }
}
