package no.fagsys.sosialsak.platform.dmn;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine's DMN engine our FEEL engine ({@link DecisionFeelEngineFactory}): a missing,
 * null or out-of-range decision input fails the evaluation (SPEC § 3) instead of silently matching no
 * rule, and trivial FEEL is evaluated fast. The Camunda Spring Boot starter registers every
 * {@code ProcessEnginePlugin} bean, so being a {@code @Component} is all the wiring needed; plain engines
 * (tests) add it to {@code getProcessEnginePlugins()}.
 *
 * <p>It acts in {@code preInit}: {@code ProcessEngineConfigurationImpl.initDmnEngine()} later completes
 * this DMN engine configuration (history listeners, script engines, FEEL custom functions) and builds the
 * DMN engine from it, which then creates its FEEL engine through our factory.
 */
@Component
public class DecisionFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl processEngineConfiguration) {
    DefaultDmnEngineConfiguration dmnEngineConfiguration = processEngineConfiguration.getDmnEngineConfiguration();
    if (dmnEngineConfiguration == null) {
      dmnEngineConfiguration =
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      processEngineConfiguration.setDmnEngineConfiguration(dmnEngineConfiguration);
    }
    DmnEngines.useDecisionFeel(dmnEngineConfiguration);
  }

  @Override
  public String toString() {
    return "DecisionFeelPlugin (påkrevde input og rask FEEL i DMN-beslutninger)";
  }
}
