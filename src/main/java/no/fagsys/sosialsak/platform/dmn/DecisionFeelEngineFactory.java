package no.fagsys.sosialsak.platform.dmn;

import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;

/**
 * Creates the FEEL engine our decisions are evaluated with: {@link RequiredInputFeelEngine} (missing,
 * null or out-of-range inputs fail) around {@link FastPathFeelEngine} (trivial FEEL without feel-scala's
 * per-evaluation cost) around the FEEL engine another factory creates (Camunda's Scala FEEL). That factory
 * is looked up only when the DMN engine is built ({@link #createInstance()}), so that FEEL custom function
 * providers configured on the DMN engine configuration by then are honoured.
 */
public class DecisionFeelEngineFactory implements FeelEngineFactory {

  private final Supplier<FeelEngineFactory> delegate;
  private final DecisionInputConstraints constraints;

  public DecisionFeelEngineFactory(Supplier<FeelEngineFactory> delegate, DecisionInputConstraints constraints) {
    this.delegate = delegate;
    this.constraints = constraints;
  }

  @Override
  public FeelEngine createInstance() {
    return new RequiredInputFeelEngine(new FastPathFeelEngine(delegate.get().createInstance()), constraints);
  }
}
