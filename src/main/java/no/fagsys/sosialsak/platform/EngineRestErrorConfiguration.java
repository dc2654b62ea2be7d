package no.fagsys.sosialsak.platform;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EngineRestErrorMapper} and {@link EngineTenantRefusalMapper} with the engine REST API (Jersey). */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrorConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> config.register(EngineRestErrorMapper.class).register(EngineTenantRefusalMapper.class);
  }
}
