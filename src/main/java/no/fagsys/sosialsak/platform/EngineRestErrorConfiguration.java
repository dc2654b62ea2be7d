package no.fagsys.sosialsak.platform;

import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the engine REST API's (Jersey) error mappers: {@link EngineRestErrorMapper}, {@link TaskGoneAuthorizationMapper}
 * and {@link EngineTenantRefusalMapper}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrorConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors(ProcessEngine engine) {
    Predicate<String> taskExists = TaskGoneAuthorizationMapper.in(engine);
    return config -> {
      config.register(new EngineRestErrorMapper(taskExists));
      config.register(new TaskGoneAuthorizationMapper(taskExists));
      config.register(EngineTenantRefusalMapper.class);
    };
  }
}
