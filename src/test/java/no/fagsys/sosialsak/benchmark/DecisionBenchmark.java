package no.fagsys.sosialsak.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import no.fagsys.sosialsak.platform.dmn.DmnEngines;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.LoggerFactory;

/**
 * Throughput of decision evaluation with the production DMN engine (Scala FEEL behind the
 * required-input guard), on one thread: {@code tilgangTilTjeneste} (a DRD that evaluates
 * {@code rettigheterEtterOpphold} first) and {@code rettTilKvalifiseringsprogram}. Target: at least 50,000
 * evaluations per second each. For comparison it also measures Camunda's stock DMN engine (Scala FEEL
 * alone, no guard, no fast path) briefly. Not a unit test: run it with
 * {@code ./mvnw -q -Pbench-dmn test-compile exec:java} (system properties {@code bench.warmupSeconds},
 * {@code bench.seconds}, {@code bench.stockSeconds}; 0 skips the comparison).
 */
public final class DecisionBenchmark {

  private static final double TARGET_PER_SECOND = 50_000;

  private DecisionBenchmark() {
  }

  public static void main(String[] args) {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    long warmupNanos = Long.getLong("bench.warmupSeconds", 3) * 1_000_000_000L;
    long measureNanos = Long.getLong("bench.seconds", 5) * 1_000_000_000L;
    long stockNanos = Long.getLong("bench.stockSeconds", 2) * 1_000_000_000L;
    DmnEngine engine = DmnEngines.standaloneEngine();
    DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    List<VariableMap> tilgang = List.of(
        residence(false, true, false, true).putValue("tjeneste", "OKONOMISK_STONAD").putValue("nodsituasjon", false),
        residence(false, true, false, false).putValue("tjeneste", "MIDLERTIDIG_BOTILBUD").putValue("nodsituasjon", false),
        residence(false, false, false, false).putValue("tjeneste", "OKONOMISK_STONAD").putValue("nodsituasjon", true),
        residence(true, false, false, false).putValue("tjeneste", "OPPLYSNING_RAD_VEILEDNING").putValue("nodsituasjon", false),
        residence(false, true, true, false).putValue("tjeneste", "KVALIFISERINGSPROGRAM").putValue("nodsituasjon", false));
    List<VariableMap> kvalifiseringsprogram = List.of(
        kvp(17, true, false), kvp(18, true, false), kvp(40, true, false), kvp(67, false, false), kvp(68, true, true),
        kvp(30, true, true));

    System.out.printf(Locale.ROOT, "DMN-ytelse med produksjonsmotoren, én tråd, oppvarming %d s, måling %d s per beslutning"
        + " (mål: minst %,.0f/s):%n",
        warmupNanos / 1_000_000_000L, measureNanos / 1_000_000_000L, TARGET_PER_SECOND);
    run("tilgangTilTjeneste (med rettigheterEtterOpphold)", engine, "tilgangTilTjeneste.dmn", "tilgangTilTjeneste",
        tilgang, warmupNanos, measureNanos, true);
    run("rettTilKvalifiseringsprogram", engine, "rettTilKvalifiseringsprogram.dmn", "rettTilKvalifiseringsprogram",
        kvalifiseringsprogram, warmupNanos, measureNanos, true);
    if (stockNanos > 0) {
      System.out.println("Til sammenligning: Camundas standard DMN-motor (7.24, bare feel-scala, uten vakt og hurtigsti):");
      run("tilgangTilTjeneste (med rettigheterEtterOpphold)", stock, "tilgangTilTjeneste.dmn", "tilgangTilTjeneste",
          tilgang, stockNanos, stockNanos, false);
      run("rettTilKvalifiseringsprogram", stock, "rettTilKvalifiseringsprogram.dmn", "rettTilKvalifiseringsprogram",
          kvalifiseringsprogram, stockNanos, stockNanos, false);
    }
  }

  private static void run(String name, DmnEngine engine, String file, String key, List<VariableMap> inputs,
      long warmupNanos, long measureNanos, boolean judge) {
    DmnDecision decision = parse(engine, file, key);
    long sink = measure(engine, decision, inputs, warmupNanos)[1];
    long[] measured = measure(engine, decision, inputs, measureNanos);
    double seconds = measured[2] / 1e9;
    double perSecond = measured[0] / seconds;
    System.out.printf(Locale.ROOT, "  %-50s %,12.0f evalueringer/s  (%,d på %.2f s, %.1f µs per evaluering) %s%n",
        name, perSecond, measured[0], seconds, 1e6 / perSecond,
        !judge ? "" : perSecond >= TARGET_PER_SECOND ? "OK" : "UNDER MÅLET");
    if (sink == 42) {
      System.out.println();
    }
  }

  /** Evaluates round-robin until the time is up; returns {evaluations, checksum, elapsed nanos}. */
  private static long[] measure(DmnEngine engine, DmnDecision decision, List<VariableMap> inputs, long nanos) {
    long evaluations = 0;
    long checksum = 0;
    long start = System.nanoTime();
    long deadline = start + nanos;
    long now = start;
    int size = inputs.size();
    while (now < deadline) {
      for (int i = 0; i < 256; i++) {
        DmnDecisionResult result = engine.evaluateDecision(decision, inputs.get((int) (evaluations % size)));
        checksum += result.getSingleResult().getEntryMap().hashCode();
        evaluations++;
      }
      now = System.nanoTime();
    }
    return new long[] {evaluations, checksum, now - start};
  }

  private static DmnDecision parse(DmnEngine engine, String file, String key) {
    try (InputStream stream = DecisionBenchmark.class.getClassLoader().getResourceAsStream("decisions/" + file)) {
      return engine.parseDecision(key, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VariableMap residence(boolean statligInnkvartering, boolean lovligOpphold, boolean paragraf1, boolean bopel) {
    return Variables.createVariables()
        .putValue("rettPaStatligInnkvartering", statligInnkvartering)
        .putValue("dokumentertLovligOpphold", lovligOpphold)
        .putValue("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", paragraf1)
        .putValue("bopelINorge", bopel);
  }

  private static VariableMap kvp(int alder, boolean nedsattArbeidsevne, boolean byrdefullt) {
    return Variables.createVariables()
        .putValue("alder", alder)
        .putValue("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", nedsattArbeidsevne)
        .putValue("tettOgKoordinertBistandHensiktsmessigOgNodvendig", true)
        .putValue("ingenEllerSvaertBegrensedeYtelser", true)
        .putValue("uforholdsmessigByrdefullt", byrdefullt)
        .putValue("mottarUforetrygdEllerOvergangsstonad", false)
        .putValue("sonerDomOverSeksManeder", false)
        .putValue("arbeidsevnevurderingGjennomfort", true);
  }
}
