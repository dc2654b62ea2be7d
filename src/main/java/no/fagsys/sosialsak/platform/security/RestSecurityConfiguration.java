package no.fagsys.sosialsak.platform.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open to anyone unless a filter authenticates the caller. This one requires
 * HTTP Basic against the engine's identity service for every path under {@code /engine-rest} except
 * {@code GET /engine-rest/engine} (the filter's own allow-list); the authenticated user, groups and
 * tenants then drive the engine's authorization and tenant checks. The domain API under {@code /api} has its own
 * HTTP Basic filter against the same identity service ({@link ApiAuthenticationFilter}), with no open path.
 */
@Configuration(proxyBeanMethods = false)
public class RestSecurityConfiguration {

  public static final String ENGINE_REST_PATH = "/engine-rest/*";
  public static final String DOMAIN_API_PATH = "/api/*";

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
    registration.addUrlPatterns(ENGINE_REST_PATH);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** HTTP Basic for the domain API, against the engine's identity service (see {@link ApiAuthenticationFilter}). */
  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(ObjectProvider<IdentityService> identityService) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("api-authentication");
    registration.addUrlPatterns(DOMAIN_API_PATH);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Logs logins to and logouts from the webapps (see {@link WebappLoginLogFilter}). */
  @Bean
  FilterRegistrationBean<Filter> webappLoginLogFilter(ObjectProvider<IdentityService> identityService,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new WebappLoginLogFilter(identityService));
    registration.setName("webapp-login-log");
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Security headers and {@code Cache-Control: no-store} for the engine REST API, the domain API and the webapps' own
   * API (what Tasklist and Cockpit call, {@code /camunda/api/*}); the webapps' pages get theirs from
   * {@code camunda.bpm.webapp.header-security}.
   */
  @Bean
  FilterRegistrationBean<Filter> apiSecurityHeadersFilter(SecurityHeaderProperties properties,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiSecurityHeadersFilter(properties));
    registration.setName("api-security-headers");
    registration.addUrlPatterns(ENGINE_REST_PATH, DOMAIN_API_PATH, webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
