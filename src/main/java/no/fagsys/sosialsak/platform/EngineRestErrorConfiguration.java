package no.fagsys.sosialsak.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EngineRestErrorMapper} and {@link TaskGoneAuthorizationMapper} with the engine REST API (Jersey). */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrorConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors(ProcessEngine engine) {
    java.util.function.Predicate<String> taskExists = TaskGoneAuthorizationMapper.in(engine);
    return config -> {
      config.register(new EngineRestErrorMapper(taskExists));
      config.register(new TaskGoneAuthorizationMapper(taskExists));
    };
  }
}
