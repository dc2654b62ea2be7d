package no.fagsys.sosialsak.platform.dmn;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link DecisionInputErrorMapper} with the engine REST API (Jersey). */
@Configuration(proxyBeanMethods = false)
public class DecisionRestConfiguration {

  @Bean
  ResourceConfigCustomizer decisionInputErrors() {
    return config -> config.register(DecisionInputErrorMapper.class);
  }
}
