package no.fagsys.sosialsak.brev;

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

  private BrevTestSupport() {}

  /** The test's producer, created with its store on first use after {@code Mocks.reset()}. */
  public static Brevprodusent produsent() {
    Object produsent = Mocks.get(PRODUSENT);
    if (produsent == null) {
      InMemoryBrevArkiv arkiv = new InMemoryBrevArkiv();
      produsent = new Brevprodusent(RENDERER, arkiv, arkiv::publiser);
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

  public static BrevRenderer renderer() {
    return RENDERER;
  }
}
