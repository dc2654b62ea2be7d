package no.fagsys.sosialsak.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security headers for the APIs ({@code /engine-rest}, {@code /api}); the webapps get theirs from
 * {@code camunda.bpm.webapp.header-security}. HSTS is only meaningful behind HTTPS, so it is
 * configurable and on in the {@code prod} profile.
 *
 * @param hstsEnabled send {@code Strict-Transport-Security}
 * @param hstsMaxAge its max-age in seconds
 */
@ConfigurationProperties("sosialsak.security.headers")
public record SecurityHeaderProperties(boolean hstsEnabled, Long hstsMaxAge) {

  public SecurityHeaderProperties {
    if (hstsMaxAge == null) {
      hstsMaxAge = 31_536_000L;
    }
  }
}
