package no.fagsys.sosialsak.platform.dmn;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;

/**
 * Builds DMN engines that enforce required decision inputs ({@link RequiredInputFeelEngine}) the same way
 * in the process engine ({@link RequiredInputPlugin}), in unit tests and in the benchmark.
 */
public final class DmnEngines {

  private DmnEngines() {
  }

  /** A standalone DMN engine configuration with the required-input guard, ready for more settings and {@code buildEngine()}. */
  public static DefaultDmnEngineConfiguration standaloneConfiguration() {
    return requireInputs((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
  }

  /** A standalone DMN engine with the required-input guard, configured like the one in the process engine. */
  public static DmnEngine standaloneEngine() {
    return standaloneConfiguration().buildEngine();
  }

  /**
   * Installs the required-input guard in a DMN engine configuration that has not been built yet. It wraps
   * the FEEL engine factory already set, or else the one {@code DefaultDmnEngineConfiguration} would choose
   * itself (Scala FEEL with the configured custom functions; JUEL in legacy mode). Idempotent.
   */
  public static DefaultDmnEngineConfiguration requireInputs(DefaultDmnEngineConfiguration configuration) {
    FeelEngineFactory configured = configuration.getFeelEngineFactory();
    if (configured instanceof RequiredInputFeelEngineFactory) {
      return configuration;
    }
    configuration.setFeelEngineFactory(new RequiredInputFeelEngineFactory(
        () -> configured != null ? configured : defaultFeelEngineFactory(configuration),
        DecisionInputConstraints.DEFAULT));
    return configuration;
  }

  /** What {@code DefaultDmnEngineConfiguration.initFeelEngine()} would create when no factory is set. */
  private static FeelEngineFactory defaultFeelEngineFactory(DefaultDmnEngineConfiguration configuration) {
    return configuration.isEnableFeelLegacyBehavior()
        ? new FeelEngineFactoryImpl()
        : new ScalaFeelEngineFactory(configuration.getFeelCustomFunctionProviders());
  }
}
