package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

class DecisionFeelPluginTest {

  @Test
  void thePluginGivesTheProcessEnginesDmnEngineOurFeelEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    new DecisionFeelPlugin().preInit(configuration);

    FeelEngineFactory factory = configuration.getDmnEngineConfiguration().getFeelEngineFactory();
    assertThat(factory).isInstanceOf(DecisionFeelEngineFactory.class);
    assertThat(factory.createInstance()).isInstanceOf(RequiredInputFeelEngine.class);
  }

  @Test
  void aFeelEngineFactoryThatWasAlreadyConfiguredIsWrappedAndInstallingTwiceChangesNothing() {
    DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ScalaFeelEngineFactory());

    DmnEngines.useDecisionFeel(configuration);
    FeelEngineFactory installed = configuration.getFeelEngineFactory();
    DmnEngines.useDecisionFeel(configuration);

    assertThat(configuration.getFeelEngineFactory()).isSameAs(installed).isInstanceOf(DecisionFeelEngineFactory.class);
    assertThat(installed.createInstance()).isInstanceOf(RequiredInputFeelEngine.class);
  }
}
