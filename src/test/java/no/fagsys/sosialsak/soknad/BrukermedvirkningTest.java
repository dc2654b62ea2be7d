package no.fagsys.sosialsak.soknad;

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
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds 002 and 003: Kartlegge includes informing the applicant about the services (and about the qualification
 * programme and the individual plan where relevant); the applicant's own view, the need for an interpreter and, for
 * children in the household, the child's view are recorded; the decision's draft says how they were weighed, and the
 * decision and its letter state it (sosialtjenesteloven § 42).
 */
class BrukermedvirkningTest {

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

  SoknadSak veiledning(int barn) {
    return SoknadSak.start(engine, register, "OPPLYSNING_RAD_VEILEDNING", false, barn, I_DAG);
  }

  static Map<String, Object> kartlegging(Map<String, Object> endringer) {
    Map<String, Object> v = new HashMap<>(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
    v.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
    v.putAll(endringer);
    return v;
  }

  void kartleggUten(SoknadSak sak, String... felter) {
    Map<String, Object> v = kartlegging(Map.of());
    for (String felt : felter) {
      v.remove(felt);
    }
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, v);
  }

  @Test
  void ubesvarteSporsmalOmInformasjonSynOgTolkStopperKartleggingen() {
    SoknadSak sak = veiledning(0);
    assertThatThrownBy(() -> kartleggUten(sak, "informertOmTjenestene", "kvpEllerIndividuellPlanAktuelt",
        "sokerensSyn", "behovForTolk"))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("informertOmTjenestene: er ikke besvart")
        .hasMessageContaining("kvpEllerIndividuellPlanAktuelt: er ikke besvart")
        .hasMessageContaining("sokerensSyn: skriv søkerens eget syn på saken og hva søkeren ønsker "
            + "(sosialtjenesteloven § 42)")
        .hasMessageContaining("behovForTolk: er ikke besvart");
    assertThat(sak.venterPa(SoknadProcess.Elements.KARTLEGG_SOKNAD)).isTrue();
  }

  @Test
  void sokerenSomIkkeErInformertOmTjenesteneStopperKartleggingen() {
    SoknadSak sak = veiledning(0);
    assertThatThrownBy(() -> sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD,
        kartlegging(Map.of("informertOmTjenestene", false))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("informertOmTjenestene: søkeren skal informeres om tjenestene før kartleggingen er "
            + "ferdig");
    assertThatThrownBy(() -> sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD,
        kartlegging(Map.of("kvpEllerIndividuellPlanAktuelt", true))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("informertOmKvpOgIndividuellPlan: er ikke besvart");
    assertThatThrownBy(() -> sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD,
        kartlegging(Map.of("kvpEllerIndividuellPlanAktuelt", true, "informertOmKvpOgIndividuellPlan", false))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("informertOmKvpOgIndividuellPlan: kvalifiseringsprogram eller individuell plan kan "
            + "være aktuelt: informer søkeren om dem");
  }

  @Test
  void barnetsSynKrevesNarDetErBarnIHusstanden() {
    SoknadSak sak = veiledning(1);
    assertThatThrownBy(() -> kartleggUten(sak, "barnetsSyn"))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("barnetsSyn: husstanden har barn: skriv barnets syn, eller hvorfor barnet ikke er hørt");
    assertThat(sak.venterPa(SoknadProcess.Elements.KARTLEGG_SOKNAD)).isTrue();
  }

  @Test
  void barnetsSynKrevesIkkeUtenBarn() {
    SoknadSak sak = veiledning(0);
    kartleggUten(sak, "barnetsSyn");
    assertThat(sak.venterPa(SoknadProcess.Elements.VURDER_RETT)).isTrue();
  }

  @Test
  void behovForTolkKreverSprakOgHvordanTolkBleBrukt() {
    SoknadSak sak = veiledning(0);
    assertThatThrownBy(() -> sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD,
        kartlegging(Map.of("behovForTolk", true))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("tolkBeskrivelse: søkeren har behov for tolk");
  }

  @Test
  void utkastetMaSiHvordanSynetErVektlagtOgVedtaketOgBrevetSierDet() {
    SoknadSak sak = veiledning(2);
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(Map.of("behovForTolk", true,
        "tolkBeskrivelse", "Arabisk; telefontolk i hele samtalen.",
        "sokerensSyn", "Jeg vil lære å lage budsjett selv.",
        "barnetsSyn", "Eldste barn (12) ønsker å fortsette på fotball.",
        "kvpEllerIndividuellPlanAktuelt", true, "informertOmKvpOgIndividuellPlan", true)));
    sak.vurder(Map.of("vurderingBarnetsBeste", "Barna får en stabil økonomi."));
    Map<String, Object> utkast = new HashMap<>();
    utkast.put("relevanteOpplysninger", "Samtale med tolk.");
    utkast.put("vektleggingAvSyn", "  ");
    assertThatThrownBy(() -> sak.complete(VedtakProcess.Elements.UTFORM_VEDTAK, utkast))
        .hasRootCauseInstanceOf(no.fagsys.sosialsak.vedtak.UgyldigVedtakException.class)
        .hasMessageContaining("Hvordan søkerens syn og barnets syn er vektlagt (vektleggingAvSyn) må fylles ut");
    String vektlegging = "Vi har lagt stor vekt på at du vil lære å lage budsjett selv, og at barna kan fortsette "
        + "på fritidsaktivitetene.";
    Vedtak vedtak = sak.fattVedtak(Map.of("vektleggingAvSyn", vektlegging));
    assertThat(vedtak.begrunnelse())
        .contains("Ditt syn (sosialtjenesteloven § 42): Jeg vil lære å lage budsjett selv.")
        .contains("Barnets syn: Eldste barn (12) ønsker å fortsette på fotball.")
        .contains("Tolk: du hadde behov for tolk. Arabisk; telefontolk i hele samtalen.")
        .contains("Slik har vi vektlagt synspunktene: " + vektlegging)
        .contains("Du er informert om de sosiale tjenestene i NAV-kontoret, og om kvalifiseringsprogram og "
            + "individuell plan.");
    assertThat(BrevTestSupport.tekst(BrevTestSupport.eneste(BrevType.VEDTAK))).containsSubsequence(
        "Begrunnelse", "Ditt syn (sosialtjenesteloven § 42): Jeg vil lære å lage budsjett selv.",
        "Barnets syn: Eldste barn (12) ønsker å fortsette på fotball.", "Tolk: du hadde behov for tolk.",
        "Slik har vi vektlagt synspunktene: " + vektlegging);
  }

  @Test
  void utenBarnNevnerVedtaketIkkeBarnetsSyn() {
    SoknadSak sak = veiledning(0);
    sak.complete(SoknadProcess.Elements.KARTLEGG_SOKNAD, kartlegging(Map.of()));
    sak.vurder(Map.of());
    Vedtak vedtak = sak.fattVedtak(Map.of());
    assertThat(vedtak.begrunnelse()).contains("Ditt syn (sosialtjenesteloven § 42):")
        .contains("Tolk: du hadde ikke behov for tolk.").doesNotContain("Barnets syn")
        .contains("Slik har vi vektlagt synspunktene: " + SoknadTestSupport.VEKTLEGGING);
  }
}
