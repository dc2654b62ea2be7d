package no.fagsys.sosialsak.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Norwegian (bokmål) translation of Camunda's webapps is complete against Camunda's own English: every key of
 * {@code en.json} in the webjar is in our {@code nb.json} (and nothing else), with the same placeholders and HTML
 * tags, and each app's {@code config.js} makes Norwegian the default with English still available. When an upgrade of
 * Camunda adds or renames a text, this test names the keys to translate.
 */
class OversettelseTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLASSHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|\\{\\d+}");
  private static final Pattern TAGG = Pattern.compile(
      "</?(a|b|i|u|em|strong|br|code|pre|span|p|div|ul|ol|li|small|kbd|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

  private static JsonNode les(String app, String sprak) throws IOException {
    String sti = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + sprak + ".json";
    try (InputStream in = OversettelseTest.class.getClassLoader().getResourceAsStream(sti)) {
      assertThat(in).as(sti).isNotNull();
      String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void norskHarAlleEngelskeNoklerOgIngenAndre(String app) throws IOException {
    JsonNode en = les(app, "en");
    JsonNode nb = les(app, "nb");
    List<String> mangler = new ArrayList<>();
    List<String> ukjente = new ArrayList<>();
    List<String> feil = new ArrayList<>();
    sammenlign("", en, nb, mangler, ukjente, feil);
    assertThat(mangler).as("nøkler i Camundas en.json som mangler i nb.json for " + app).isEmpty();
    assertThat(ukjente).as("nøkler i nb.json som ikke finnes i Camundas en.json for " + app).isEmpty();
    assertThat(feil).as("oversettelser som mister plassholdere eller HTML for " + app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void tekstaneErOversatt(String app) throws IOException {
    Map<String, String> en = tekster(les(app, "en").path("labels"));
    Map<String, String> nb = tekster(les(app, "nb").path("labels"));
    long like = en.entrySet().stream()
        .filter(e -> e.getValue().matches(".*[a-z]{3,}.*") && e.getValue().equals(nb.get(e.getKey()))).count();
    // Product names, types and a few words that are the same in both languages (Filter, Start, Type) stay as they are.
    assertThat(like).as("tekster i " + app + " som fortsatt er engelske").isLessThan(Math.max(30, en.size() / 20));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void norskErStandardOgEngelskKanVelges(String app) throws IOException {
    String sti = "META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js";
    try (InputStream in = OversettelseTest.class.getClassLoader().getResourceAsStream(sti)) {
      String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(config).contains("availableLocales: ['nb', 'en']", "fallbackLocale: 'nb'",
          "'../felles/sosialsak.js'");
    }
  }

  private static Map<String, String> tekster(JsonNode labels) {
    Map<String, String> m = new java.util.HashMap<>();
    labels.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private static void sammenlign(String sti, JsonNode en, JsonNode nb, List<String> mangler, List<String> ukjente,
      List<String> feil) {
    if (en.isObject()) {
      if (!nb.isObject()) {
        feil.add(sti + ": skal være et objekt");
        return;
      }
      for (Iterator<String> it = en.fieldNames(); it.hasNext(); ) {
        String navn = it.next();
        if (!nb.has(navn)) {
          mangler.add(sti + navn);
        } else {
          sammenlign(sti + navn + ".", en.get(navn), nb.get(navn), mangler, ukjente, feil);
        }
      }
      for (Iterator<String> it = nb.fieldNames(); it.hasNext(); ) {
        String navn = it.next();
        if (!en.has(navn)) {
          ukjente.add(sti + navn);
        }
      }
    } else if (en.isArray()) {
      if (!nb.isArray() || nb.size() != en.size()) {
        feil.add(sti + ": skal være en liste med " + en.size() + " elementer");
      }
    } else if (en.isTextual()) {
      if (!nb.isTextual()) {
        feil.add(sti + ": skal være tekst");
      } else if (!en.asText().isEmpty() && nb.asText().isBlank()) {
        feil.add(sti + ": er tom");
      } else if (!alle(PLASSHOLDER, en.asText(), 0).equals(alle(PLASSHOLDER, nb.asText(), 0))) {
        feil.add(sti + ": plassholderne " + alle(PLASSHOLDER, en.asText(), 0) + " ble "
            + alle(PLASSHOLDER, nb.asText(), 0));
      } else if (!alle(TAGG, en.asText(), 1).equals(alle(TAGG, nb.asText(), 1))) {
        feil.add(sti + ": HTML-taggene " + alle(TAGG, en.asText(), 1) + " ble " + alle(TAGG, nb.asText(), 1));
      }
    } else if (!en.equals(nb)) {
      feil.add(sti + ": skal være " + en);
    }
  }

  private static TreeSet<String> alle(Pattern p, String tekst, int gruppe) {
    TreeSet<String> funn = new TreeSet<>();
    Matcher m = p.matcher(tekst);
    while (m.find()) {
      funn.add(m.group(gruppe).replace(" ", ""));
    }
    return funn;
  }
}
