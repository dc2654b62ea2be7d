package no.fagsys.sosialsak.platform.dmn;

import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;

/**
 * Creates a {@link RequiredInputFeelEngine} around the FEEL engine another factory creates. The other
 * factory is looked up only when the DMN engine is built ({@link #createInstance()}), so that FEEL custom
 * function providers configured on the DMN engine configuration by then are honoured.
 */
public class RequiredInputFeelEngineFactory implements FeelEngineFactory {

  private final Supplier<FeelEngineFactory> delegate;
  private final DecisionInputConstraints constraints;

  public RequiredInputFeelEngineFactory(Supplier<FeelEngineFactory> delegate, DecisionInputConstraints constraints) {
    this.delegate = delegate;
    this.constraints = constraints;
  }

  @Override
  public FeelEngine createInstance() {
    return new RequiredInputFeelEngine(delegate.get().createInstance(), constraints);
  }
}
