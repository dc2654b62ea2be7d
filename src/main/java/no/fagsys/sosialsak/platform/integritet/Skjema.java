package no.fagsys.sosialsak.platform.integritet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a deployed Camunda Form: each component with a {@code key} (nested in groups too), and whether
 * Tasklist shows it read-only ({@code readonly} or {@code disabled}) and so must send it back unchanged.
 */
public record Skjema(Map<String, Boolean> felt) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** No form: nothing may be submitted. */
  public static final Skjema INGEN = new Skjema(Map.of());

  public static Skjema les(InputStream form) throws IOException {
    Map<String, Boolean> felt = new LinkedHashMap<>();
    samle(JSON.readTree(form).path("components"), felt);
    return new Skjema(Map.copyOf(felt));
  }

  private static void samle(JsonNode components, Map<String, Boolean> felt) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        felt.put(key, component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false));
      }
      samle(component.path("components"), felt);
    }
  }

  public boolean har(String navn) {
    return felt.containsKey(navn);
  }

  public boolean skrivebeskyttet(String navn) {
    return Boolean.TRUE.equals(felt.get(navn));
  }
}
