package no.fagsys.sosialsak.brev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For plain process tests: one {@link Brevprodusent} per test on an {@link InMemoryBrevArkiv}, kept with the bean
 * mocks ({@link Mocks}, reset after each test) so every test support class that builds a letter-producing bean uses
 * the same store. Rendering is real (one shared {@link BrevRenderer}).
 */
public final class BrevTestSupport {

  private static final String ARKIV = "brevTestArkiv";
  private static final String PRODUSENT = "brevTestProdusent";
  private static final BrevRenderer RENDERER = new BrevRenderer();

  /** The address book of the plain process tests: one known applicant and the three offices. */
  public static final KonfigurertAdressebok ADRESSEBOK = new KonfigurertAdressebok(
      Map.of("5028", List.of("Postboks 100", "7224 Melhus"), "5031", List.of("Postboks 3084", "7551 Hommelvik"),
          "5001", List.of("Postboks 2300 Torgarden", "7004 Trondheim")),
      Map.of("SOKER-TEST-1", new KonfigurertAdressebok.Person("Per Søker", List.of("Hjemadresse 1", "7224 Melhus"))));

  private BrevTestSupport() {}

  /** The test's producer, created with its store on first use after {@code Mocks.reset()}. */
  public static Brevprodusent produsent() {
    Object produsent = Mocks.get(PRODUSENT);
    if (produsent == null) {
      InMemoryBrevArkiv arkiv = new InMemoryBrevArkiv();
      produsent = new Brevprodusent(RENDERER, arkiv, arkiv::publiser, ADRESSEBOK);
      Mocks.register(ARKIV, arkiv);
      Mocks.register(PRODUSENT, produsent);
    }
    return (Brevprodusent) produsent;
  }

  /** The letters and events of this test. */
  public static InMemoryBrevArkiv arkiv() {
    produsent();
    return (InMemoryBrevArkiv) Mocks.get(ARKIV);
  }

  /** The letter's PDF text, on one line (line breaks and runs of blanks as one blank). */
  public static String tekst(Brev brev) {
    try (PDDocument doc = Loader.loadPDF(brev.pdf())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one letter of the type this test produced, after checking its event was published with it. */
  public static Brev eneste(BrevType type) {
    List<Brev> brev = arkiv().alle().stream().filter(b -> b.type() == type).toList();
    assertThat(brev).as("brev av type " + type).hasSize(1);
    Brev b = brev.get(0);
    assertThat(arkiv().hendelser()).as("BrevProdusert for " + type)
        .anySatisfy(h -> {
          assertThat(h.brevId()).isEqualTo(b.id());
          assertThat(h.type()).isEqualTo(type);
          assertThat(h.saksnummer()).isEqualTo(b.saksnummer());
          assertThat(h.kommunenummer()).isEqualTo(b.kommunenummer());
          assertThat(h.processInstanceId()).isEqualTo(b.processInstanceId());
          assertThat(h.vedtakId()).isEqualTo(b.vedtakId());
          assertThat(h.tidspunkt()).isEqualTo(b.produsert());
        });
    return b;
  }

  public static BrevRenderer renderer() {
    return RENDERER;
  }
}
