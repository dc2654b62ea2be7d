package no.fagsys.sosialsak.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with demo data, with an administrator password that is missing,
 * short, equal to the user id or a well-known default, or with a municipality whose office has no postal address
 * (every decision letter tells the citizen where to send a complaint). Runs before any bean (and before the database is
 * touched), registered in {@code META-INF/spring.factories}.
 */
public class ProdSafetyCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final String DEMO = "demo";
  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Set<String> DEFAULT_PASSWORDS =
      Set.of("demo", "admin", "password", "passord", "changeit", "camunda", "secret", "hemmelig");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Set<String> active = Set.copyOf(Arrays.asList(environment.getActiveProfiles()));
    if (!active.contains(PROD)) {
      return;
    }
    if (active.contains(DEMO)) {
      throw new IllegalStateException("Profilen prod kan ikke kjøres sammen med demo (demobrukere i produksjon).");
    }
    String id = environment.getProperty("camunda.bpm.admin-user.id");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    String problem = passwordProblem(id, password);
    if (problem != null) {
      throw new IllegalStateException("Profilen prod starter ikke: " + problem
          + " Sett SOSIALSAK_ADMIN_PASSWORD til et sterkt passord.");
    }
    Binder binder = Binder.get(environment);
    Map<String, String> kommuner = binder.bind("sosialsak.kommuner", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    Map<String, List<String>> kontorer = binder.bind("sosialsak.adressebok.kontorer",
        Bindable.of(ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
            ResolvableType.forClassWithGenerics(List.class, String.class)))).map(m -> {
              @SuppressWarnings("unchecked")
              Map<String, List<String>> typed = (Map<String, List<String>>) m;
              return typed;
            }).orElse(Map.of());
    List<String> utenAdresse = kommuner.keySet().stream().sorted()
        .filter(k -> kontorer.getOrDefault(k, List.of()).stream().allMatch(String::isBlank)).toList();
    if (!utenAdresse.isEmpty()) {
      throw new IllegalStateException("Profilen prod starter ikke: Nav-kontoret i kommune "
          + String.join(", ", utenAdresse) + " har ingen postadresse. Sett sosialsak.adressebok.kontorer.<kommunenummer>"
          + " (vedtaksbrevene sier hvor klagen skal sendes).");
    }
  }

  static String passwordProblem(String id, String password) {
    if (password == null || password.isBlank()) {
      return "administratorpassordet er ikke satt.";
    }
    if (DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(id)) {
      return "administratorpassordet er et standardpassord.";
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return "administratorpassordet er kortere enn " + MIN_PASSWORD_LENGTH + " tegn.";
    }
    return null;
  }
}
