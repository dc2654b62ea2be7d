package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputClause;
import org.camunda.bpm.model.dmn.instance.OutputClause;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;

/**
 * The decision test tables in {@code src/test/resources/decisions/<key>.csv}: one row per path of the
 * seed's tree, plus boundaries and invalid input.
 *
 * <p>Columns: the decision's inputs (variable names), then expected outputs (output names of the
 * decision, e.g. {@code rett}, {@code hjemmel}), then {@code regel} (the rule id the row must hit) and
 * {@code feil} (for an invalid row: the input the error message must name; the outputs are then empty).
 * An input cell {@code <mangler>} means the variable is not passed at all, {@code null} (or empty) that it
 * is passed as null. Inputs are typed by their table's {@code typeRef}. Lines starting with {@code #} are
 * comments; a value with a comma is quoted.
 */
public final class DecisionCsv {

  public static final String MISSING = "<mangler>";
  public static final String RULE = "regel";
  public static final String ERROR = "feil";

  private static final Map<DmnEngine, Map<String, DmnDecision>> PARSED = Collections.synchronizedMap(new WeakHashMap<>());

  /** One row of a decision's CSV. */
  public record Row(String key, Map<String, String> cells) {

    public String get(String column) {
      return cells.get(column);
    }

    public boolean expectsError() {
      return cells.get(ERROR) != null;
    }
  }

  /** What evaluating a row gave: a result or an error, and the rules that matched. */
  public record Outcome(DmnDecisionResult result, RuntimeException error, List<MatchedRules.Hit> hits) {}

  private DecisionCsv() {
  }

  /** The row JUnit's {@code @CsvFileSource} read, with the column names of the file's header. */
  public static Row row(String key, ArgumentsAccessor arguments) {
    List<String> header = header(key);
    assertThat(arguments.size()).as("antall kolonner i %s.csv", key).isEqualTo(header.size());
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), arguments.getString(i));
    }
    return new Row(key, cells);
  }

  /** All rows of a decision's CSV, read without JUnit (for tests that look at every row at once). */
  public static List<Row> rows(String key) {
    List<List<String>> records = records(key);
    List<String> header = records.get(0);
    List<Row> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record).as("rad i %s.csv: %s", key, record).hasSameSizeAs(header);
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i);
        cells.put(header.get(i), value.isEmpty() || "null".equals(value) ? null : value);
      }
      rows.add(new Row(key, cells));
    }
    return rows;
  }

  public static List<String> header(String key) {
    return records(key).get(0);
  }

  /** Evaluates a row with the given engine and checks every expectation of the row. */
  public static void verify(DmnEngine engine, Row row) {
    Outcome outcome = evaluate(engine, row);
    if (row.expectsError()) {
      assertThat(outcome.error())
          .as("%s skal feile med en melding som nevner input '%s'", row.key(), row.get(ERROR))
          .isNotNull();
      assertThat(causeChain(outcome.error())).anySatisfy(cause -> {
        assertThat(cause).isInstanceOf(DecisionInputException.class);
        assertThat(cause.getMessage()).contains("'" + row.get(ERROR) + "'");
      });
      return;
    }
    if (outcome.error() != null) {
      throw new AssertionError(row.key() + " feilet uventet: " + outcome.error().getMessage(), outcome.error());
    }
    assertThat(outcome.result()).as("%s skal treffe nøyaktig én regel", row.key()).hasSize(1);
    DmnDecisionResultEntries result = outcome.result().getSingleResult();
    for (String output : outputNames(row.key())) {
      assertThat(result.<Object>getEntry(output)).as("utdata %s", output).isNotNull();
      String expected = row.get(output);
      if (row.cells().containsKey(output)) {
        assertThat(String.valueOf(result.<Object>getEntry(output))).as("utdata %s", output).isEqualTo(expected);
      }
    }
    assertThat(result.<String>getEntry("begrunnelse")).as("begrunnelse er én setning").endsWith(".");
    if (row.get(RULE) != null) {
      assertThat(outcome.hits()).as("regelen raden treffer i %s", row.key())
          .filteredOn(hit -> hit.decisionKey().equals(row.key()))
          .extracting(MatchedRules.Hit::ruleId)
          .containsExactly(row.get(RULE));
    }
  }

  /** Evaluates a row; never throws for the decision's own errors (they are in the outcome). */
  public static Outcome evaluate(DmnEngine engine, Row row) {
    VariableMap variables = variables(row);
    MatchedRules.clear();
    try {
      DmnDecisionResult result = engine.evaluateDecision(parsed(engine, row.key()), variables);
      return new Outcome(result, null, MatchedRules.recorded());
    } catch (RuntimeException e) {
      return new Outcome(null, e, MatchedRules.recorded());
    }
  }

  /** The row's inputs as typed variables (missing cells left out, null cells null). */
  public static VariableMap variables(Row row) {
    Set<String> outputs = Set.copyOf(outputNames(row.key()));
    Map<String, String> typeRefs = inputTypeRefs(row.key());
    VariableMap variables = Variables.createVariables();
    row.cells().forEach((column, value) -> {
      if (outputs.contains(column) || RULE.equals(column) || ERROR.equals(column) || MISSING.equals(value)) {
        return;
      }
      String typeRef = typeRefs.get(column);
      if (typeRef == null) {
        fail("Kolonnen %s i %s.csv er verken input eller utdata for beslutningen", column, row.key());
      }
      variables.putValue(column, value == null ? null : convert(typeRef, value, column));
    });
    return variables;
  }

  private static Object convert(String typeRef, String value, String column) {
    return switch (typeRef) {
      case "boolean" -> switch (value) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("Kolonnen " + column + " skal være true/false: " + value);
      };
      case "integer" -> Integer.valueOf(value);
      default -> value;
    };
  }

  /** The output names of a decision. */
  public static List<String> outputNames(String key) {
    return DecisionTables.decision(key).getExpression().getChildElementsByType(OutputClause.class).stream()
        .map(OutputClause::getName).toList();
  }

  /** Input variable → typeRef, for every decision table in the key's file (a DRD's inputs included). */
  private static Map<String, String> inputTypeRefs(String key) {
    DmnModelInstance model = DecisionTables.model(DecisionTables.FILES.get(key));
    return model.getModelElementsByType(InputClause.class).stream()
        .collect(Collectors.toMap(input -> input.getInputExpression().getText().getTextContent().trim(),
            input -> input.getInputExpression().getTypeRef(), (a, b) -> a));
  }

  private static DmnDecision parsed(DmnEngine engine, String key) {
    return PARSED.computeIfAbsent(engine, e -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> {
          try (InputStream stream = DecisionTables.open(DecisionTables.FILES.get(k))) {
            return engine.parseDecision(k, stream);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static List<Throwable> causeChain(Throwable error) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  /** Parses the CSV: comma separated, {@code "} quotes (doubled inside), {@code #} comment lines, blank lines skipped. */
  private static List<List<String>> records(String key) {
    String resource = "/decisions/" + key + ".csv";
    InputStream stream = DecisionCsv.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalArgumentException("Fant ikke " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      List<List<String>> records = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          records.add(split(line));
        }
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
