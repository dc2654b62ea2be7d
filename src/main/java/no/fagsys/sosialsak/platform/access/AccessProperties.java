package no.fagsys.sosialsak.platform.access;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipalities (tenants) this installation serves, kommunenummer → name, e.g.
 * {@code sosialsak.kommuner.5028=Melhus}. Created as tenants at start if missing.
 */
@ConfigurationProperties("sosialsak")
public record AccessProperties(Map<String, String> kommuner) {

  public AccessProperties {
    kommuner = kommuner == null ? Map.of() : Map.copyOf(kommuner);
  }
}
