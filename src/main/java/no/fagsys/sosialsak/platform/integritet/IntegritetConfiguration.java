package no.fagsys.sosialsak.platform.integritet;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The integrity filters on the engine's two HTTP APIs: the write guard ({@link Skrivevakt}) after the engine REST
 * API's authentication (so it knows the caller), and the answers of both made alike ({@link EngineSvar}: another
 * municipality's object answers as an unknown id, 409 for a lost race).
 */
@Configuration(proxyBeanMethods = false)
public class IntegritetConfiguration {

  @Bean
  FilterRegistrationBean<Filter> skrivevakt(ObjectProvider<ProcessEngine> engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Skrivevakt(() -> restEngine(engine), webappPath));
    registration.setName("skrivevakt");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /**
   * The engine the REST API addresses (and sets the caller's authentication on): the same as the application's in
   * production; in a test JVM that runs several nodes the REST API's lookup decides, so the guard sees what it sees.
   */
  static ProcessEngine restEngine(ObjectProvider<ProcessEngine> application) {
    ProcessEngine rest = org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(null);
    return rest != null ? rest : application.getObject();
  }

  @Bean
  FilterRegistrationBean<Filter> engineSvar(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineSvar());
    registration.setName("engine-svar");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }
}
