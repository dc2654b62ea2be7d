package no.fagsys.sosialsak.platform.dmn;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;

/**
 * Builds DMN engines with our FEEL engine ({@link DecisionFeelEngineFactory}: required inputs enforced,
 * trivial FEEL fast) the same way as the process engine gets it ({@link DecisionFeelPlugin}), for unit
 * tests and the benchmark.
 */
public final class DmnEngines {

  private DmnEngines() {
  }

  /** A standalone DMN engine configuration with our FEEL engine, ready for more settings and {@code buildEngine()}. */
  public static DefaultDmnEngineConfiguration standaloneConfiguration() {
    return useDecisionFeel((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
  }

  /** A standalone DMN engine with our FEEL engine, configured like the one in the process engine. */
  public static DmnEngine standaloneEngine() {
    return standaloneConfiguration().buildEngine();
  }

  /**
   * Installs our FEEL engine in a DMN engine configuration that has not been built yet. It wraps the FEEL
   * engine factory already set, or else the one {@code DefaultDmnEngineConfiguration} would choose itself
   * (Scala FEEL with the configured custom functions; JUEL in legacy mode). Idempotent.
   */
  public static DefaultDmnEngineConfiguration useDecisionFeel(DefaultDmnEngineConfiguration configuration) {
    FeelEngineFactory configured = configuration.getFeelEngineFactory();
    if (configured instanceof DecisionFeelEngineFactory) {
      return configuration;
    }
    configuration.setFeelEngineFactory(new DecisionFeelEngineFactory(
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
