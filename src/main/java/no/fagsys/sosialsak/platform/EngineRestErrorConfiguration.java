package no.fagsys.sosialsak.platform;

import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the engine REST API's (Jersey) error mappers: {@link EngineRestErrorMapper}, {@link TaskGoneAuthorizationMapper},
 * {@link EngineTenantRefusalMapper} and {@link EngineUnexpectedErrorMapper}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrorConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors(ProcessEngine engine) {
    Predicate<String> taskExists = TaskGoneAuthorizationMapper.in(engine);
    TaskGone taskGone = new TaskGone(taskExists, TaskGoneAuthorizationMapper::completedVisibleToCaller);
    return config -> {
      config.register(new EngineRestErrorMapper(taskGone));
      config.register(new TaskGoneAuthorizationMapper(taskGone));
      config.register(new EngineTenantRefusalMapper(taskGone));
      config.register(new EngineUnexpectedErrorMapper(taskGone));
    };
  }
}
