package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.Vedtak;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The qualification programme (sosialtjenesteloven §§ 29, 30, 35; seed 004; docs/lovtolkninger.md L9–L11): the
 * period is set from the work ability assessment, at most two years, and drives the end of the programme; beyond two
 * years only for special reasons by up to 12 months, each extension a new decision; the benefit is two times G a
 * year (two thirds of that under 25) from the G valid on the day of the calculation, and the decision and its letter
 * state it. Cases go the way Tasklist drives them, with the real tables and the four-eyes decision steps.
 */
class KvalifiseringsprogramTest {

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

  ProcessInstance innvilgetProgram(int alder, int programperiodeManeder) {
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", I_DAG);
    sak.kartleggKvp(instance, alder);
    assertThat(sak.variable(instance, "tabellRett")).isEqualTo("RETT");
    sak.vurder(instance, Map.of("programperiodeManeder", programperiodeManeder));
    return instance;
  }

  // --- § 35: the benefit ------------------------------------------------------------------------------------------

  @Test
  void kvalifiseringsstonadenErToGangerGrunnbelopetOgStarIVedtaketOgBrevet() {
    ProcessInstance instance = innvilgetProgram(25, 18);
    assertThat(instance).hasPassedInOrder(VURDER_KVALIFISERINGSPROGRAM, GRUNNBELOP_KVALIFISERINGSSTONAD, VURDER_RETT);
    Vedtak vedtak = sak.fattVedtak(instance);

    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.tjeneste()).isEqualTo("KVALIFISERINGSPROGRAM");
    assertThat(vedtak.utformetAv()).isEqualTo("kari");
    assertThat(vedtak.godkjentAv()).isEqualTo("kjell");
    assertThat(vedtak.begrunnelse()).contains(
        "Programperioden er 18 måneder fra programmet starter, fastsatt ut fra arbeidsevnevurderingen",
        "grunnbeløpet i folketrygden (G) er 130 160 kr fra 01.05.2025",
        "beregningsdagen 02.03.2026",
        "Deltakeren er 25 år, og stønaden er to ganger G: 2 × 130 160 kr = 260 320 kr i året.",
        "Kvalifiseringsstønaden er 21 693 kr i måneden");
    assertThat(sak.variable(instance, "grunnbelop")).isEqualTo(130160);
    assertThat(sak.variable(instance, "grunnbelopGyldigFra")).isEqualTo("2025-05-01");
    assertThat(sak.variable(instance, "kvalifiseringsstonadPerAr")).isEqualTo(260320);
    assertThat(sak.variable(instance, "kvalifiseringsstonadPerManed")).isEqualTo(21693);

    assertThat(sak.brevtekst(vedtak)).containsSubsequence("Svar på søknad om kvalifiseringsprogram",
        "Søknaden din om kvalifiseringsprogram innvilges etter", "Begrunnelse", "Programperioden er 18 måneder",
        "130 160 kr fra 01.05.2025", "260 320 kr i året", "21 693 kr i måneden", "Klageadgang",
        "Dette vedtaket kan påklages");
  }

  @Test
  void deltakerUnder25ArFarToTredjedeler() {
    ProcessInstance instance = innvilgetProgram(24, 12);
    Vedtak vedtak = sak.fattVedtak(instance);
    assertThat(vedtak.begrunnelse()).contains("Deltakeren er 24 år, under 25 år, og stønaden er to tredjedeler av to "
        + "ganger G: 2/3 × 2 × 130 160 kr = 173 547 kr i året.", "Kvalifiseringsstønaden er 14 462 kr i måneden");
    assertThat(sak.variable(instance, "kvalifiseringsstonadPerAr")).isEqualTo(173547);
    assertThat(sak.variable(instance, "kvalifiseringsstonadPerManed")).isEqualTo(14462);
    assertThat(sak.brevtekst(vedtak)).contains("173 547 kr i året", "14 462 kr i måneden");
  }

  @ParameterizedTest(name = "beregnet {0}: G {1} fra {2}")
  @CsvSource({
      "2025-04-30, 124 028, 01.05.2024, 248 056, 20 671",
      "2025-05-01, 130 160, 01.05.2025, 260 320, 21 693",
      "2024-04-30, 118 620, 01.05.2023, 237 240, 19 770",
      "2024-05-01, 124 028, 01.05.2024, 248 056, 20 671"})
  void grunnbelopetSomGjelderPaBeregningsdagenBrukesOgNyttGGjelderFra1Mai(LocalDate dag, String g, String gyldigFra,
      String perAr, String perManed) {
    ClockUtil.setCurrentTime(CaseDriver.date(dag, 9));
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", dag);
    sak.kartleggKvp(instance, 40);
    sak.vurder(instance, Map.of("programperiodeManeder", 12));
    Vedtak vedtak = sak.fattVedtak(instance);
    assertThat(vedtak.begrunnelse()).contains("(G) er " + g + " kr fra " + gyldigFra,
        "= " + perAr + " kr i året", "Kvalifiseringsstønaden er " + perManed + " kr i måneden");
    assertThat(sak.brevtekst(vedtak)).contains(g + " kr fra " + gyldigFra, perManed + " kr i måneden");
  }

  @Test
  void utenGrunnbelopForBeregningsdagenInnvilgesIkkeStonadenUtenTall() {
    ClockUtil.setCurrentTime(CaseDriver.date(LocalDate.of(2022, 4, 29), 9));
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", LocalDate.of(2022, 4, 29));
    sak.kartleggKvp(instance, 40);
    assertThatThrownBy(() -> sak.vurder(instance, Map.of("programperiodeManeder", 12)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("grunnbelop: intet grunnbeløp gjelder for beregningsdagen");
    assertThat(instance).isWaitingAt(VURDER_RETT);
  }

  // --- § 30: the period -------------------------------------------------------------------------------------------

  @Test
  void programperiodenMaFastsettesOgKanIkkeVaereOverToAr() {
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", I_DAG);
    sak.kartleggKvp(instance, 30);
    assertThatThrownBy(() -> sak.vurder(instance, Map.of()))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("programperiodeManeder: mangler");
    assertThatThrownBy(() -> sak.vurder(instance, Map.of("programperiodeManeder", 25)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("programperiodeManeder: programperioden fastsettes ut fra arbeidsevnevurderingen og kan "
            + "være 1 til 24 måneder (inntil to år, sosialtjenesteloven § 30)");
    assertThatThrownBy(() -> sak.vurder(instance, Map.of("programperiodeManeder", 0)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("programperiodeManeder:");
    assertThat(instance).isWaitingAt(VURDER_RETT);
    sak.vurder(instance, Map.of("programperiodeManeder", 24));
    assertThat(sak.fattVedtak(instance).begrunnelse()).contains("Programperioden er 24 måneder");
  }

  @Test
  void avslagTrengerIngenProgramperiode() {
    ProcessInstance instance = sak.start("KVALIFISERINGSPROGRAM", I_DAG);
    sak.kartleggKvp(instance, 17);
    sak.vurder(instance, Map.of());
    Vedtak vedtak = sak.fattVedtak(instance);
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.begrunnelse()).doesNotContain("Kvalifiseringsstønad");
    assertThat(instance).isEnded().hasPassed(SOKNAD_AVSLATT);
  }

  @Test
  void programperiodenFraArbeidsevnevurderingenStyrerNarPeriodenErOver() {
    ProcessInstance instance = innvilgetProgram(30, 18);
    sak.fattVedtak(instance);
    sak.complete(instance, START_KVALIFISERINGSPROGRAM, Map.of("programStartdato", "2026-04-01", "programplan",
        "Arbeidstrening og norskopplæring."));
    assertThat(sak.timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2027, 10, 1), 0));
    assertThat(sak.variable(instance, "programSlutt")).isEqualTo("2027-10-01T00:00:00");
  }

  @Test
  void forlengelseInnenforToArOgDeretterBareAvSaerligeGrunnerInntil12Maneder() {
    ProcessInstance instance = innvilgetProgram(30, 12);
    sak.fattVedtak(instance);
    sak.complete(instance, START_KVALIFISERINGSPROGRAM, Map.of("programStartdato", "2026-04-01", "programplan", "Plan."));
    sak.fire(instance, PROGRAMPERIODE_UTLOPT);

    assertThatThrownBy(() -> sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "SAERLIGE_GRUNNER",
        "forlengelseManeder", 6, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("ennå innenfor to år");
    assertThatThrownBy(() -> sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "INNENFOR_TO_AR",
        "forlengelseManeder", 13, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kan forlenges med inntil 12 måneder innenfor to år");
    sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "INNENFOR_TO_AR", "forlengelseManeder", 12,
        "forlengelseBegrunnelse", "Nær overgang til arbeid."));
    Vedtak forlengelse = sak.fattVedtak(instance);
    assertThat(forlengelse.begrunnelse()).contains("Programmet forlenges med 12 måneder", "Nær overgang til arbeid.");
    assertThat(forlengelse.hjemmel()).contains("§ 30");
    assertThat(sak.brevtekst(forlengelse)).contains("Programmet forlenges med 12 måneder", "Klageadgang");
    assertThat(sak.timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2028, 4, 1), 0));

    sak.fire(instance, PROGRAMPERIODE_UTLOPT);
    assertThatThrownBy(() -> sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "INNENFOR_TO_AR",
        "forlengelseManeder", 1, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("krever særlige grunner");
    assertThatThrownBy(() -> sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "SAERLIGE_GRUNNER",
        "forlengelseManeder", 13, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("inntil 12 måneder");
    sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "SAERLIGE_GRUNNER", "forlengelseManeder", 12,
        "forlengelseBegrunnelse", "Fullfører fagbrev."));
    sak.fattVedtak(instance);
    assertThat(sak.timer(instance, PROGRAMPERIODE_UTLOPT).getDuedate())
        .isEqualTo(CaseDriver.date(LocalDate.of(2029, 4, 1), 0));

    sak.fire(instance, PROGRAMPERIODE_UTLOPT);
    assertThatThrownBy(() -> sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "SAERLIGE_GRUNNER",
        "forlengelseManeder", 1, "forlengelseBegrunnelse", "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("inntil 0 måneder");
    sak.complete(instance, VURDER_FORLENGELSE, Map.of("forlengelse", "NEI"));
    assertThat(instance).isEnded().hasPassed(PROGRAMPERIODE_AVSLUTTET);
  }
}
