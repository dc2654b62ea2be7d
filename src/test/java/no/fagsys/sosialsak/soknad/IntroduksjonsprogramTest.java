package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.DOKUMENTER_FORLENGELSE_INTRO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.FOLG_OPP_FORLENGELSE_INTRO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An extension of the introduction programme is an integreringsloven matter (seed 001): never filtered by
 * sosialtjenesteloven § 3 (forwarded) or § 2 (refused on residence); documented (final goal, documentation of
 * progress), a length within integreringsloven § 13 (six months, a year for upper secondary education), a decision
 * citing integreringsloven, and a follow-up.
 */
class IntroduksjonsprogramTest {

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

  /** The mapping as Tasklist submits it for an extension: participation and the table's question only. */
  static Map<String, Object> kartlegging(boolean sluttmaletNas) {
    Map<String, Object> v = new HashMap<>(SoknadTestSupport.medvirkning());
    v.put("grunnTilAForventeAtSluttmaletNas", sluttmaletNas);
    return v;
  }

  static Map<String, Object> dokumentasjon(boolean videregaende, int maneder) {
    Map<String, Object> v = new HashMap<>();
    v.put("introSluttmal", "Fagbrev som helsefagarbeider.");
    v.put("introDokumentasjon", "Fremmøte 95 %, bestått norskprøve B1, uttalelse fra praksisstedet.");
    v.put("sluttmalVideregaendeOpplaering", videregaende);
    v.put("introForlengelseManeder", maneder);
    return v;
  }

  SoknadSak forlengelse() {
    return SoknadSak.start(engine, register, "INTRODUKSJONSPROGRAM_FORLENGELSE", false, 0, I_DAG);
  }

  List<String> passert(SoknadSak sak) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(sak.instance.getId()).list().stream().map(a -> a.getActivityId()).toList();
  }

  @Test
  void forlengelseSporresIkkeOmParagraf3Og2OgGarIkkeGjennomDem() {
    SoknadSak sak = forlengelse();
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(true));
    assertThat(sak.venterPa(DOKUMENTER_FORLENGELSE_INTRO)).isTrue();
    assertThat(passert(sak)).contains(SoknadProcess.Elements.GATEWAY_INTEGRERINGSLOVEN)
        .doesNotContain(SoknadProcess.Elements.ANSVARLIG_KOMMUNE, SoknadProcess.Elements.TILGANG_TIL_TJENESTE);
  }

  @Test
  void soknadFraEnSomIkkeOppholderSegHerOgUtenLovligOppholdVideresendesEllerAvslasAldri() {
    SoknadSak sak = forlengelse();
    // Answers a REST client might still send: they are not the law for this matter and change nothing.
    Map<String, Object> v = kartlegging(true);
    v.putAll(Map.of("oppholderSegIKommunen", false, "iInstitusjonEllerHeldognsbolig", false,
        "bosattMedIntegreringstilskudd", true, "flyttingAvtalt", false, "avslagApenbartUrimelig", false,
        "norskStatsborger", false, "rettPaStatligInnkvartering", false, "dokumentertLovligOpphold", false,
        "omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", false, "bopelINorge", false));
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, v);
    sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(false, 6));
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(passert(sak)).doesNotContain(SoknadProcess.Elements.VIDERESEND_SOKNAD,
        SoknadProcess.Elements.FORESLA_AVSLAG_OPPHOLD, SoknadProcess.Elements.FORESLA_AVSLAG_BOSETTING,
        SoknadProcess.Elements.ANSVARLIG_KOMMUNE, SoknadProcess.Elements.TILGANG_TIL_TJENESTE);
    assertThat(vedtak.hjemmel()).isEqualTo("integreringsloven § 13").doesNotContain("sosialtjenesteloven");
    assertThat(BrevTestSupport.arkiv().alle()).noneMatch(b -> b.type() == BrevType.VIDERESENDING);
  }

  @Test
  void dokumentasjonOgLengdeMaOppgis() {
    SoknadSak sak = forlengelse();
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(true));
    assertThatThrownBy(() -> sak.complete(DOKUMENTER_FORLENGELSE_INTRO, Map.of()))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("introSluttmal: skriv deltakerens sluttmål")
        .hasMessageContaining("introDokumentasjon: skriv hvilken dokumentasjon")
        .hasMessageContaining("sluttmalVideregaendeOpplaering: er ikke besvart")
        .hasMessageContaining("introForlengelseManeder: mangler");
    assertThat(sak.venterPa(DOKUMENTER_FORLENGELSE_INTRO)).isTrue();
  }

  @Test
  void lengdenMaVaereInnenforLovensGrenser() {
    SoknadSak sak = forlengelse();
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(true));
    assertThatThrownBy(() -> sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(false, 7)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("introForlengelseManeder: forlengelsen må være fra 1 til 6 måneder "
            + "(integreringsloven § 13: inntil seks måneder), ikke 7");
    assertThatThrownBy(() -> sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(true, 13)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("fra 1 til 12 måneder");
    assertThatThrownBy(() -> sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(true, 0)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("fra 1 til 12 måneder");
    sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(true, 12));
    assertThat(sak.venterPa(SoknadProcess.Elements.VURDER_RETT)).isTrue();
  }

  @Test
  void innvilgetForlengelseHarVedtakEtterIntegreringslovenOgFolgesOpp() {
    SoknadSak sak = forlengelse();
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(true));
    sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(false, 4));
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.hjemmel()).isEqualTo("integreringsloven § 13");
    assertThat(vedtak.begrunnelse()).contains("Introduksjonsprogrammet forlenges med 4 måneder (integreringsloven § 13).")
        .contains("Sluttmålet ditt: Fagbrev som helsefagarbeider.")
        .contains("Fremmøte 95 %, bestått norskprøve B1");
    String brev = BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK));
    assertThat(brev).contains("integreringsloven § 13").contains("forlenges med 4 måneder")
        .doesNotContain("sosialtjenesteloven § 2").doesNotContain("sosialtjenesteloven § 3");
    assertThat(sak.task(FOLG_OPP_FORLENGELSE_INTRO).getDueDate())
        .isEqualTo(CaseDriver.date(I_DAG.plusMonths(4), 0));
    sak.complete(FOLG_OPP_FORLENGELSE_INTRO, Map.of("introOppfolging", "Fagbrev bestått."));
    assertThat(passert(sak)).contains(SoknadProcess.Elements.INTRODUKSJONSPROGRAM_FORLENGET);
  }

  @Test
  void avslagCitererIntegreringslovenOgFolgesIkkeOpp() {
    SoknadSak sak = forlengelse();
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(false));
    sak.complete(DOKUMENTER_FORLENGELSE_INTRO, dokumentasjon(false, 6));
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.hjemmel()).isEqualTo("integreringsloven § 13");
    assertThat(vedtak.begrunnelse()).contains("Det er ikke grunn til å forvente").contains("Sluttmålet ditt:");
    assertThat(passert(sak)).doesNotContain(FOLG_OPP_FORLENGELSE_INTRO);
  }
}
