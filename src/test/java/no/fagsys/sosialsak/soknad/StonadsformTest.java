package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.BEREGN_STONAD;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.FASTSETT_STONAD;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Elements.FORMULER_VILKAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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
 * Economic support states its form (sosialtjenesteloven § 21: bidrag, lån, garanti, varer og tjenester; SPEC § 4.4),
 * a loan its terms: chosen when the amount is fixed, checked on the server, stated in the decision's reasoning and so
 * in its letter next to the amount, the period and the calculation, and stored with the decision.
 */
class StonadsformTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final String NEDBETALING = "Lånet betales tilbake med 500 kr per måned fra 1. juli 2026, uten renter.";

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

  /** An adult of 40 with a right under § 18, no condition set, the household entered: waiting at the amount. */
  SoknadSak tilFastsetting() {
    SoknadSak sak = SoknadSak.start(engine, register, "OKONOMISK_STONAD", false, 0, I_DAG);
    sak.kartlegg(SoknadTestSupport.okonomiskStonadBesvart());
    sak.complete(FORMULER_VILKAR, Map.of("stillerVilkar", false));
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
    sak.complete(BEREGN_STONAD, grunnlag);
    return sak;
  }

  static Map<String, Object> fastsett(SoknadSak sak, String form, String vilkar) {
    Map<String, Object> v = new HashMap<>();
    v.put("stonadBelopPerManed", sak.variable("forslagBelopPerManed"));
    v.put("stonadsperiodeFra", "2026-03-02");
    v.put("stonadsperiodeTil", "2026-04-30");
    if (form != null) {
      v.put("stonadsform", form);
    }
    if (vilkar != null) {
      v.put("lanevilkar", vilkar);
    }
    return v;
  }

  @Test
  void stonadsformMaVelges() {
    SoknadSak sak = tilFastsetting();
    assertThatThrownBy(() -> sak.complete(FASTSETT_STONAD, fastsett(sak, null, null)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stonadsform: velg stønadsform: bidrag, lån, garanti eller varer og tjenester "
            + "(sosialtjenesteloven § 21)");
    assertThatThrownBy(() -> sak.complete(FASTSETT_STONAD, fastsett(sak, "GAVE", null)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stonadsform: ugyldig verdi 'GAVE'");
    assertThat(sak.venterPa(FASTSETT_STONAD)).isTrue();
  }

  @Test
  void lanUtenLanevilkarAvvisesMedNorskMelding() {
    SoknadSak sak = tilFastsetting();
    assertThatThrownBy(() -> sak.complete(FASTSETT_STONAD, fastsett(sak, "LAN", "  ")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("lanevilkar: stønad som lån må ha lånevilkår: skriv nedbetalingsplanen");
    assertThatThrownBy(() -> sak.complete(FASTSETT_STONAD, fastsett(sak, "GARANTI", null)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("lanevilkar: stønad som garanti må ha vilkår");
    assertThat(sak.venterPa(FASTSETT_STONAD)).isTrue();
  }

  @Test
  void lanMedNedbetalingsplanStarIBegrunnelsenOgBrevetOgLagresMedVedtaket() {
    SoknadSak sak = tilFastsetting();
    sak.complete(FASTSETT_STONAD, fastsett(sak, "LAN", NEDBETALING));
    sak.vurder(Map.of());
    // The draft is prefilled with the form and the terms: kari adds only the facts.
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.stonadsform()).isEqualTo("LAN");
    assertThat(vedtak.lanevilkar()).isEqualTo(NEDBETALING);
    assertThat(vedtak.stonadBelopPerManed()).isEqualTo(12650);
    assertThat(vedtak.stonadsperiodeFra()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(vedtak.stonadsperiodeTil()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(vedtak.begrunnelse())
        .startsWith("Stønaden er 12 650 kr per måned i perioden 02.03.2026–30.04.2026.")
        .contains("Stønaden gis som lån (sosialtjenesteloven § 21). Vilkår for lånet (nedbetalingsplan): "
            + NEDBETALING);
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK))).containsSubsequence(
        "Stønadsform", "Stønaden gis som lån (sosialtjenesteloven § 21).", "Lånevilkår: " + NEDBETALING,
        "Begrunnelse", "Stønaden er 12 650 kr per måned i perioden 02.03.2026–30.04.2026.",
        "Beregnet stønad:", "12 650 kr per måned",
        "Stønaden gis som lån (sosialtjenesteloven § 21). Vilkår for lånet (nedbetalingsplan): " + NEDBETALING);
  }

  @Test
  void bidragKreverIkkeLanevilkarOgVedtaketSierFormen() {
    SoknadSak sak = tilFastsetting();
    sak.complete(FASTSETT_STONAD, fastsett(sak, "BIDRAG", null));
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.stonadsform()).isEqualTo("BIDRAG");
    assertThat(vedtak.lanevilkar()).isNull();
    assertThat(vedtak.stonadBelopPerManed()).isEqualTo(12650);
    assertThat(vedtak.begrunnelse()).contains("Stønaden gis som bidrag (sosialtjenesteloven § 21).")
        .doesNotContain("nedbetalingsplan");
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK)))
        .contains("Stønaden er 12 650 kr per måned i perioden 02.03.2026–30.04.2026.")
        .contains("Stønaden gis som bidrag (sosialtjenesteloven § 21).");
  }

  @Test
  void avslagHarIngenStonadsformEllerBelop() {
    SoknadSak sak = SoknadSak.start(engine, register, "OKONOMISK_STONAD", false, 0, I_DAG);
    Map<String, Object> svar = SoknadTestSupport.okonomiskStonadBesvart();
    svar.put("kanDekkeUtgifteneAndreMater", true);
    sak.kartlegg(svar);
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.utfall()).isEqualTo("AVSLATT");
    assertThat(vedtak.stonadsform()).isNull();
    assertThat(vedtak.stonadBelopPerManed()).isNull();
    assertThat(vedtak.stonadsperiodeFra()).isNull();
  }
}
