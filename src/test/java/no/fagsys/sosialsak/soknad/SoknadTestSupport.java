package no.fagsys.sosialsak.soknad;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.VedtakTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Deploys the product's models, decisions and forms to a plain engine and registers the soknad and vedtak beans. */
public final class SoknadTestSupport {

  private SoknadTestSupport() {}

  public static DeploymentBuilder deployment(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("sosialsak-test");
    for (String folder : List.of("processes", "decisions", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            deployment.addInputStream(file.getFileName().toString(), new java.io.ByteArrayInputStream(in.readAllBytes()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return deployment;
  }

  public static InMemoryVedtakRegister registerBeans() {
    InMemoryVedtakRegister register = VedtakTestSupport.registerBeans();
    Mocks.register("registrerSoknad", new RegistrerSoknadListener(new InMemorySaksnummerserie()));
    Mocks.register(KontrollerSvarListener.BEAN, new KontrollerSvarListener());
    Mocks.register(SendVideresendingListener.BEAN, new SendVideresendingListener(BrevTestSupport.produsent()));
    Mocks.register(BeregnStonadListener.BEAN, new BeregnStonadListener());
    Mocks.register(FastsettStonadListener.BEAN, new FastsettStonadListener());
    Mocks.register(ForeslaAvslagPaBosettingDelegate.BEAN, new ForeslaAvslagPaBosettingDelegate());
    Mocks.register("foreslaAvslagPaOpphold", new ForeslaAvslagPaOppholdDelegate());
    Mocks.register("foreslaVedtak", new ForeslaVedtakDelegate());
    Mocks.register("beregnOppfolgingsfrister", new BeregnOppfolgingsfristerDelegate());
    Mocks.register("beregnProgramperiode", new BeregnProgramperiodeListener());
    Mocks.register(VurderProgramEndringListener.BEAN, new VurderProgramEndringListener());
    Mocks.register(VurderStonadEndringListener.BEAN, new VurderStonadEndringListener());
    Mocks.register(AvsluttBotilbudListener.BEAN, new AvsluttBotilbudListener());
    Mocks.register(VurderBotilbudStansListener.BEAN, new VurderBotilbudStansListener());
    Mocks.register("registrerTrukket", new RegistrerTrukketDelegate(register, BrevTestSupport.produsent()));
    Mocks.register("soknadFrister", new SoknadFrister());
    Mocks.register(SendForelopigSvarListener.BEAN, new SendForelopigSvarListener(BrevTestSupport.produsent()));
    return register;
  }

  /**
   * The applicant's participation as the mapping records it (§ 42): told about the services, own view, no
   * interpreter, and the child's view (used only when there are children in the household).
   */
  public static Map<String, Object> medvirkning() {
    Map<String, Object> v = new HashMap<>();
    v.put("informertOmTjenestene", true);
    v.put("kvpEllerIndividuellPlanAktuelt", false);
    v.put("sokerensSyn", "Søkeren ønsker hjelp nå og vil selv finne arbeid.");
    v.put("behovForTolk", false);
    v.put("barnetsSyn", "Barnet vil bo sammen med forelderen.");
    return v;
  }

  /** How the caseworker weighed the views, in the decision's draft. */
  public static final String VEKTLEGGING = "Søkerens ønske om hjelp nå er lagt stor vekt på.";

  /** The residence and responsibility facts of an applicant who stays here with full rights, and participation. */
  public static Map<String, Object> kartlagtHerMedFulleRettigheter() {
    Map<String, Object> v = new HashMap<>(medvirkning());
    v.put("oppholderSegIKommunen", true);
    v.put("iInstitusjonEllerHeldognsbolig", false);
    v.put("bosattMedIntegreringstilskudd", false);
    v.put("flyttingAvtalt", false);
    v.put("avslagApenbartUrimelig", false);
    v.put("norskStatsborger", false);
    v.put("rettPaStatligInnkvartering", false);
    v.put("dokumentertLovligOpphold", true);
    v.put("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", false);
    v.put("bopelINorge", true);
    return v;
  }

  /** Every question of an application for economic support answered: § 18 gives the right, 40 years, no § 20 a facts. */
  public static Map<String, Object> okonomiskStonadBesvart() {
    Map<String, Object> v = new HashMap<>();
    v.put("gjelderNodvendigeLevekostnader", true);
    v.put("kanDekkeUtgifteneAndreMater", false);
    v.put("trengerStonadForAOvervinneEllerTilpasseSegVanskeligLivssituasjon", false);
    v.put("alder", 40);
    v.put("tungtveiendeGrunnerMotAktivitetsvilkar", false);
    v.put("manglendeNorskEllerSamiskkunnskaperErArsak", false);
    v.put("hattRettOgPliktTilIntroduksjonsprogram", false);
    v.put("samiskspraklig", false);
    return v;
  }
}
