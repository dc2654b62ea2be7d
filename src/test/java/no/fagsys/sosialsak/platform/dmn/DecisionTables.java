package no.fagsys.sosialsak.platform.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The decisions of SPEC § 3: their keys, the file in {@code decisions/} that holds each, and the DMN
 * engine the decision tests use (the production one: {@link DmnEngines}, plus {@link MatchedRules}).
 */
public final class DecisionTables {

  /** Every decision key of SPEC § 3, in SPEC order, then the dated reference tables of § 7, with their files. */
  public static final Map<String, String> FILES = files(
      "ansvarligKommune", "ansvarligKommune.dmn",
      "rettigheterEtterOpphold", "tilgangTilTjeneste.dmn",
      "tilgangTilTjeneste", "tilgangTilTjeneste.dmn",
      "rettTilOpplysningRadOgVeiledning", "rettTilOpplysningRadOgVeiledning.dmn",
      "rettTilStonadTilLivsopphold", "rettTilStonadTilLivsopphold.dmn",
      "stonadISaerligeTilfeller", "stonadISaerligeTilfeller.dmn",
      "rettTilMidlertidigBotilbud", "rettTilMidlertidigBotilbud.dmn",
      "rettTilIndividuellPlan", "rettTilIndividuellPlan.dmn",
      "rettTilKvalifiseringsprogram", "rettTilKvalifiseringsprogram.dmn",
      "forlengelseIntroduksjonsprogram", "forlengelseIntroduksjonsprogram.dmn",
      "vilkarOmAktivitet", "vilkarOmAktivitet.dmn",
      "vilkarGyldig", "vilkarGyldig.dmn",
      "konsekvensVedVilkarsbrudd", "konsekvensVedVilkarsbrudd.dmn",
      "klagevurdering", "klagevurdering.dmn",
      "satserLivsopphold", "satserLivsopphold.dmn",
      "grunnbelop", "grunnbelop.dmn");

  public static final List<String> KEYS = List.copyOf(FILES.keySet());

  private static final Map<String, DmnModelInstance> MODELS = new ConcurrentHashMap<>();

  private DecisionTables() {
  }

  /** The DMN engine of the decision tests, one per test class: production FEEL guard plus rule recording. */
  public static DmnEngineExtension dmnEngineExtension() {
    return DmnEngineExtension.forConfiguration(DmnEngines.standaloneConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(new MatchedRules())));
  }

  /** Classpath resource of a decision file, as the application deploys it. */
  public static String resource(String file) {
    return "decisions/" + file;
  }

  public static InputStream open(String file) {
    InputStream stream = DecisionTables.class.getClassLoader().getResourceAsStream(resource(file));
    if (stream == null) {
      throw new IllegalArgumentException("Fant ikke " + resource(file) + " på klassestien");
    }
    return stream;
  }

  /** The {@code .dmn} files in {@code decisions/} on the classpath (what the build packages and the application deploys). */
  public static List<String> filesOnClasspath() {
    try {
      List<String> names = new ArrayList<>();
      for (URL directory : Collections.list(DecisionTables.class.getClassLoader().getResources("decisions"))) {
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
          files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".dmn")).forEach(names::add);
        }
      }
      return names.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parsed model of a decision file (DMN model API, which validates against the DMN 1.3 schema). */
  public static DmnModelInstance model(String file) {
    return MODELS.computeIfAbsent(file, name -> {
      try (InputStream stream = open(name)) {
        return Dmn.readModelFromStream(stream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public static Decision decision(String key) {
    Decision decision = model(FILES.get(key)).getModelElementById(key);
    if (decision == null) {
      throw new IllegalArgumentException("Ukjent beslutning " + key);
    }
    return decision;
  }

  private static Map<String, String> files(String... keysAndFiles) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < keysAndFiles.length; i += 2) {
      files.put(keysAndFiles[i], keysAndFiles[i + 1]);
    }
    return Collections.unmodifiableMap(files);
  }
}
