package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Følge opp temporary housing (sosialtjenesteloven § 27; seeds 003 «Følge opp … Endre?» and 004 «Varighet og
 * oppfølging»; docs/lovtolkninger.md L20): the stay running out as agreed, or the person moving out of their own
 * accord, is recorded by the follow-up task without a decision; the municipality ending the stay before that or
 * against the person's wish is a stop, a new decision drafted by the caseworker and approved by another, whose letter
 * gives complaint rights and which replaces the grant. Reported the way the domain API reports it
 * ({@code POST /saker/{saksnummer}/endringer}, message {@code EndringAvStonadMeldt}).
 */
class BotilbudOppfolgingTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(CaseDriver.date(I_DAG, 9));
    register = SoknadTestSupport.registerBeans();
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  /** Temporary housing granted today from today, in follow-up; a family with children when {@code barn} &gt; 0. */
  SoknadSak botilbudPagar(int barn) {
    SoknadSak sak = SoknadSak.start(engine, register, "MIDLERTIDIG_BOTILBUD", false, barn, I_DAG);
    sak.kartlegg(Map.of("harStedASoveOgOppholdeSegNesteDogn", false, "klarerAFinneMidlertidigBotilbudSelv", false));
    Map<String, Object> v = new HashMap<>();
    v.put("botilbudStartdato", I_DAG.toString());
    v.put("rettTilStonadTilBotilbudet", true);
    v.put("sokerErUngdom", false);
    v.put("overforingFraFengselEllerInstitusjon", false);
    if (barn > 0) {
      v.put("vurderingBarnetsBeste", "Barna må ha et trygt sted å sove i natt.");
      v.put("botilbudUnntakBegrunnelse", "Familien ble kastet ut i dag; kommunal bolig er klar om tre uker.");
    }
    sak.vurder(v);
    Vedtak innvilgelse = sak.fattVedtak(utkast(barn));
    assertThat(innvilgelse.utfall()).isEqualTo("INNVILGET");
    assertThat(sak.venterPa(barn > 0 ? FOLG_OPP_BOTILBUD_BARNEFAMILIE : FOLG_OPP_BOTILBUD)).isTrue();
    return sak;
  }

  static Map<String, Object> utkast(int barn) {
    return barn > 0 ? Map.of("vurderingBarnetsBeste", "Barna må ha et trygt sted å bo.") : Map.of();
  }

  /** What the domain API does for POST /saker/{saksnummer}/endringer. */
  void meldStans(SoknadSak sak) {
    meldStans(sak, "5028");
  }

  void meldStans(SoknadSak sak, String kommunenummer) {
    engine.getRuntimeService().createMessageCorrelation(SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT)
        .processInstanceBusinessKey(sak.saksnummer()).tenantId(kommunenummer).correlate();
  }

  static Map<String, Object> avsluttet(String avslutning, String dato) {
    Map<String, Object> v = new HashMap<>();
    v.put("botilbudBeskrivelse", "Hybel i sentrum; veiledning om boligsøking hver uke.");
    v.put("botilbudAvslutning", avslutning);
    v.put("botilbudAvsluttetDato", dato);
    return v;
  }

  static Map<String, Object> stans(String stans, String fra, String begrunnelse) {
    Map<String, Object> v = new HashMap<>();
    v.put("botilbudStans", stans);
    if (fra != null) {
      v.put("botilbudStansFraDato", fra);
    }
    v.put("botilbudStansBegrunnelse", begrunnelse);
    return v;
  }

  String brevtekst(Vedtak vedtak) {
    List<Brev> brev = BrevTestSupport.arkiv().alle().stream().filter(b -> vedtak.id().equals(b.vedtakId())).toList();
    assertThat(brev).as("vedtaksbrev for " + vedtak.id()).hasSize(1);
    return BrevTestSupport.tekst(brev.get(0));
  }

  Vedtak stansvedtak(SoknadSak sak) {
    return register.finnForSak(sak.saksnummer()).stream().filter(v -> "STANS".equals(v.vedtakGjelder())).findFirst()
        .orElseThrow();
  }

  long oppgaver(SoknadSak sak, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(sak.saksnummer())
        .taskDefinitionKey(element).count();
  }

  // --- the stay ends without a decision -----------------------------------------------------------------------------

  @Test
  void oppholdetSomErOverSomAvtaltRegistreresUtenNyttVedtak() {
    SoknadSak sak = botilbudPagar(0);
    ClockUtil.setCurrentTime(CaseDriver.date(LocalDate.of(2026, 4, 20), 9));
    sak.complete(FOLG_OPP_BOTILBUD, avsluttet("AVTALT_SLUTT", "2026-04-20"));
    assertThat(sak.instance).isEnded().hasPassed(BOTILBUD_AVSLUTTET).hasNotPassed(VURDER_STANS_AV_BOTILBUD);
    assertThat(register.finnForSak(sak.saksnummer())).as("bare innvilgelsen").hasSize(1);
    assertThat(sak.variable("botilbudAvslutning")).isEqualTo("AVTALT_SLUTT");
  }

  @Test
  void enBarnefamilieSomFlytterAvEgetOnskeRegistreresUtenNyttVedtak() {
    SoknadSak sak = botilbudPagar(2);
    ClockUtil.setCurrentTime(CaseDriver.date(LocalDate.of(2026, 3, 20), 9));
    sak.complete(FOLG_OPP_BOTILBUD_BARNEFAMILIE, avsluttet("FLYTTET_SELV", "2026-03-19"));
    assertThat(sak.instance).isEnded().hasPassed(BOTILBUD_BARNEFAMILIE_AVSLUTTET).hasNotPassed(TRE_MANEDER_NADD);
    assertThat(register.finnForSak(sak.saksnummer())).as("bare innvilgelsen").hasSize(1);
  }

  @Test
  void enAvslutningMotSokerensOnskeKanIkkeRegistreresSomSluttUtenVedtak() {
    SoknadSak sak = botilbudPagar(0);
    // A stop is not one of the endings the follow-up task records: it must be a decision with complaint rights.
    assertThatThrownBy(() -> sak.complete(FOLG_OPP_BOTILBUD, avsluttet("STANS", "2026-03-02")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudAvslutning: ugyldig verdi 'STANS'")
        .hasMessageContaining("er det en stans og et nytt vedtak med klagerett");
    // An unanswered ending is not «as agreed»; a day in the future or before the stay began is refused.
    Map<String, Object> ubesvart = avsluttet(null, "2026-03-09");
    assertThatThrownBy(() -> sak.complete(FOLG_OPP_BOTILBUD, ubesvart))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudAvslutning: velg hvordan oppholdet sluttet")
        .hasMessageContaining("botilbudAvsluttetDato: kan ikke være etter dagens dato");
    assertThatThrownBy(() -> sak.complete(FOLG_OPP_BOTILBUD, avsluttet("FLYTTET_SELV", "2026-02-27")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudAvsluttetDato: kan ikke være før oppholdet begynte");
    assertThat(sak.instance).isWaitingAt(FOLG_OPP_BOTILBUD).hasNotPassed(BOTILBUD_AVSLUTTET);
  }

  // --- a stop is a new decision -------------------------------------------------------------------------------------

  @Test
  void stansMotSokerensOnskeErEtNyttVedtakMedFireOyneOgKlagerettSomErstatterInnvilgelsen() {
    SoknadSak sak = botilbudPagar(2);
    Vedtak innvilgelse = register.finnForSak(sak.saksnummer()).get(0);
    meldStans(sak);
    // The stay goes on while the stop is considered: the follow-up task and its three-month limit stay.
    assertThat(sak.instance).isWaitingAt(FOLG_OPP_BOTILBUD_BARNEFAMILIE, VURDER_STANS_AV_BOTILBUD)
        .hasPassed(STANS_AV_BOTILBUD_BARNEFAMILIE_MELDT);
    assertThat(sak.task(VURDER_STANS_AV_BOTILBUD)).isNotNull();
    sak.complete(VURDER_STANS_AV_BOTILBUD, stans("STANS", "2026-03-09",
        "Du har gjentatte ganger truet andre beboere, og botilbudet kan ikke fortsette der."));

    sak.complete(VedtakProcess.Elements.UTFORM_VEDTAK, Map.of("relevanteOpplysninger", "Rapport fra botilbudet.",
        "vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING, "vurderingBarnetsBeste", "Barna flytter med mor."));
    assertThat(register.finnForSak(sak.saksnummer())).as("ingen stans før leder har godkjent").hasSize(1);
    assertThatThrownBy(() -> sak.completeAs("kari", "leder", VedtakProcess.Elements.GODKJENN_VEDTAK,
        Map.of("godkjent", true))).hasMessageContaining("Du kan ikke godkjenne et vedtak du selv har utformet");
    sak.completeAs("kjell", "leder", VedtakProcess.Elements.GODKJENN_VEDTAK, Map.of("godkjent", true));

    assertThat(register.finnForSak(sak.saksnummer())).hasSize(2);
    Vedtak stans = stansvedtak(sak);
    assertThat(stans.vedtakGjelder()).isEqualTo("STANS");
    assertThat(stans.tjeneste()).isEqualTo("MIDLERTIDIG_BOTILBUD");
    assertThat(stans.utfall()).isEqualTo("INNVILGET");
    assertThat(stans.erstatterVedtakId()).isEqualTo(innvilgelse.id());
    assertThat(stans.begrunnelse()).contains("Det midlertidige botilbudet stanses fra 09.03.2026, før oppholdet er "
        + "over etter vedtaket om botilbud (oppholdet begynte 02.03.2026).", "truet andre beboere");
    assertThat(brevtekst(stans)).containsSubsequence("Vedtak om stans",
        "Det midlertidige botilbudet ditt stanses etter sosialtjenesteloven § 27.",
        "Dette vedtaket erstatter vedtak " + innvilgelse.id(), "Begrunnelse", "stanses fra 09.03.2026",
        "Klageadgang", "Dette vedtaket kan påklages");
    // The stop ends the follow-up: no follow-up task, no three-month timer left.
    assertThat(sak.instance).isEnded().hasPassed(BOTILBUD_STANSET).hasNotPassed(BOTILBUD_BARNEFAMILIE_AVSLUTTET);
    assertThat(sak.harTimer(TRE_MANEDER_NADD)).isFalse();
  }

  @Test
  void enStansLederenIkkeVedtarLarOppholdetFortsetteOgEnNyMeldingKanVurderes() {
    SoknadSak sak = botilbudPagar(0);
    meldStans(sak);
    sak.complete(VURDER_STANS_AV_BOTILBUD, stans("STANS", "2026-03-09", "Meldt brudd på husreglene."));
    sak.complete(VedtakProcess.Elements.UTFORM_VEDTAK, Map.of("vedtakUtfall", "AVSLATT",
        "vedtakBegrunnelse", "Bruddet var en misforståelse; botilbudet fortsetter.",
        "relevanteOpplysninger", "Samtale med søkeren og botilbudet.", "vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING));
    sak.completeAs("kjell", "leder", VedtakProcess.Elements.GODKJENN_VEDTAK, Map.of("godkjent", true));
    Vedtak vedtak = stansvedtak(sak);
    assertThat(vedtak.vedtakGjelder()).isEqualTo("STANS");
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(brevtekst(vedtak)).contains("Det midlertidige botilbudet ditt fortsetter som før.",
        "Dette vedtaket kan påklages");
    assertThat(sak.instance).isWaitingAt(FOLG_OPP_BOTILBUD).hasPassed(BOTILBUD_FORTSETTER)
        .hasNotPassed(BOTILBUD_STANSET);
    meldStans(sak);
    assertThat(oppgaver(sak, VURDER_STANS_AV_BOTILBUD)).as("en ny melding vurderes på nytt").isOne();
  }

  @Test
  void enMeldingSomIkkeForerTilStansGirIkkeVedtakOgOppholdetKanSluttePaVanligMate() {
    SoknadSak sak = botilbudPagar(0);
    meldStans(sak);
    sak.complete(VURDER_STANS_AV_BOTILBUD, stans("INGEN_STANS", null,
        "Søkeren har selv funnet en hybel og flytter fredag."));
    assertThat(register.finnForSak(sak.saksnummer())).as("ikke noe vedtak").hasSize(1);
    assertThat(sak.instance).isWaitingAt(FOLG_OPP_BOTILBUD).hasNotPassed(VEDTAK_STANS_AV_BOTILBUD);
    sak.complete(FOLG_OPP_BOTILBUD, avsluttet("FLYTTET_SELV", "2026-03-02"));
    assertThat(sak.instance).isEnded().hasPassed(BOTILBUD_AVSLUTTET);
  }

  @Test
  void enNyMeldingMensStansenVurderesGirIkkeEnOppgaveTil() {
    SoknadSak sak = botilbudPagar(0);
    meldStans(sak);
    meldStans(sak);
    assertThat(oppgaver(sak, VURDER_STANS_AV_BOTILBUD)).isOne();
    assertThat(sak.instance).hasPassed(STANS_ALLEREDE_TIL_VURDERING);
  }

  @Test
  void stansenMaBegrunnesOgKanIkkeVirkeTilbakeITid() {
    SoknadSak sak = botilbudPagar(0);
    meldStans(sak);
    assertThatThrownBy(() -> sak.complete(VURDER_STANS_AV_BOTILBUD, stans("STANS", "2026-03-01", " ")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudStansFraDato: en stans kan ikke virke tilbake i tid")
        .hasMessageContaining("botilbudStansBegrunnelse: begrunn vedtaket");
    assertThatThrownBy(() -> sak.complete(VURDER_STANS_AV_BOTILBUD, stans("UTKASTELSE", null, "Ut.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudStans: ugyldig verdi 'UTKASTELSE'");
    assertThatThrownBy(() -> sak.complete(VURDER_STANS_AV_BOTILBUD, stans("STANS", null, "Brudd.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("botilbudStansFraDato: mangler");
    assertThat(sak.instance).isWaitingAt(FOLG_OPP_BOTILBUD, VURDER_STANS_AV_BOTILBUD)
        .hasNotPassed(VEDTAK_STANS_AV_BOTILBUD);
  }

  // --- who may report, and when -------------------------------------------------------------------------------------

  @Test
  void enStansMeldtForEnAnnenKommuneNarIkkeSaken() {
    SoknadSak sak = botilbudPagar(0);
    assertThatThrownBy(() -> meldStans(sak, "5031")).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(oppgaver(sak, VURDER_STANS_AV_BOTILBUD)).isZero();
  }

  @Test
  void enStansKanIkkeMeldesForBotilbudetErInnvilget() {
    SoknadSak sak = SoknadSak.start(engine, register, "MIDLERTIDIG_BOTILBUD", false, 0, I_DAG);
    assertThatThrownBy(() -> meldStans(sak)).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(oppgaver(sak, VURDER_STANS_AV_BOTILBUD)).isZero();
  }
}
