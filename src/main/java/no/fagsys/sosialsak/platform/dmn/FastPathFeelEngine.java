package no.fagsys.sosialsak.platform.dmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Evaluates the trivial FEEL that decision tables consist of without calling feel-scala, and everything
 * else with the FEEL engine it wraps.
 *
 * <p>Why: feel-scala 1.19.3 (Camunda 7.24) rebuilds its map of built-in functions on every evaluation
 * ({@code FeelEngine.rootContext()}) and Camunda's {@code ScalaFeelEngine} re-parses the expression every
 * time, so each input expression, input entry and output entry costs 30–50 µs: a 10-rule table took
 * about 2 ms, 500 evaluations per second. This class brings that down by two orders of magnitude.
 *
 * <p>What it evaluates itself, with the same result as feel-scala (a differential test runs every
 * expression of {@code decisions/} through both):
 * <ul>
 *   <li>simple expressions: a variable name whose value is a string, boolean or whole number; a string
 *       literal without escapes; {@code true}, {@code false}, {@code null}; an integer literal;</li>
 *   <li>unary tests: {@code -}; and comma-separated lists of string literals, {@code true}/{@code false},
 *       integers, comparisons {@code < n}, {@code <= n}, {@code > n}, {@code >= n} and ranges
 *       {@code [a..b]} (any bracket form) — each only for an input of the matching type.</li>
 * </ul>
 * Anything else (other syntax, escapes, {@code not(...)}, null input, a decimal, a date, a type mismatch)
 * goes to the wrapped engine unchanged, so behaviour there, errors included, is feel-scala's.
 */
public class FastPathFeelEngine implements FeelEngine {

  /** Returned by a compiled expression that cannot decide on the given values: ask feel-scala. */
  private static final Object DELEGATE = new Object();

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)\\s*(-?\\d{1,18})");
  private static final Pattern RANGE = Pattern.compile("([\\[\\](])\\s*(-?\\d{1,18})\\s*\\.\\.\\s*(-?\\d{1,18})\\s*([\\])\\[])");
  private static final Set<String> KEYWORDS = Set.of(
      "true", "false", "null", "not", "and", "or", "if", "then", "else", "for", "in", "return",
      "some", "every", "satisfies", "between", "instance", "of", "function", "external");

  /** A compiled simple expression: the value, or {@link #DELEGATE}. */
  @FunctionalInterface
  interface Expression {
    Object evaluate(VariableContext context);
  }

  /** A compiled single unary test: TRUE, FALSE, or null when it cannot decide for this input. */
  @FunctionalInterface
  interface UnaryTest {
    Boolean test(Object input);
  }

  private static final Expression UNSUPPORTED_EXPRESSION = context -> DELEGATE;
  private static final List<UnaryTest> UNSUPPORTED_TESTS = List.of();

  private final FeelEngine delegate;
  private final Map<String, Expression> expressions = new ConcurrentHashMap<>();
  private final Map<String, List<UnaryTest>> unaryTests = new ConcurrentHashMap<>();

  public FastPathFeelEngine(FeelEngine delegate) {
    this.delegate = delegate;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    Object value = expressions.computeIfAbsent(expression, FastPathFeelEngine::compileExpression).evaluate(variableContext);
    return value == DELEGATE ? delegate.evaluateSimpleExpression(expression, variableContext) : (T) value;
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    List<UnaryTest> tests = unaryTests.computeIfAbsent(expression, FastPathFeelEngine::compileUnaryTests);
    if (tests != UNSUPPORTED_TESTS) {
      TypedValue input = variableContext.resolve(inputVariable);
      Boolean result = anyMatches(tests, input == null ? null : input.getValue());
      if (result != null) {
        return result;
      }
    }
    return delegate.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  private static Boolean anyMatches(List<UnaryTest> tests, Object input) {
    boolean matched = false;
    for (UnaryTest test : tests) {
      Boolean result = test.test(input);
      if (result == null) {
        return null;
      }
      matched |= result;
    }
    return matched;
  }

  // ---------------------------------------------------------------------------------------------------
  // Compilation

  static Expression compileExpression(String expression) {
    String text = expression == null ? "" : expression.trim();
    switch (text) {
      case "true":
        return context -> Boolean.TRUE;
      case "false":
        return context -> Boolean.FALSE;
      case "null":
        return context -> null;
      default:
        break;
    }
    String string = stringLiteral(text);
    if (string != null) {
      return context -> string;
    }
    if (INTEGER.matcher(text).matches()) {
      Long number = Long.valueOf(text);
      return context -> number;
    }
    if (NAME.matcher(text).matches() && !KEYWORDS.contains(text)) {
      return context -> variable(context, text);
    }
    return UNSUPPORTED_EXPRESSION;
  }

  /** A variable's value as feel-scala returns it: strings and booleans as they are, whole numbers as Long. */
  private static Object variable(VariableContext context, String name) {
    if (!context.containsVariable(name)) {
      return DELEGATE;
    }
    TypedValue typed = context.resolve(name);
    Object value = typed == null ? null : typed.getValue();
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return DELEGATE;
  }

  static List<UnaryTest> compileUnaryTests(String expression) {
    String text = expression == null ? "" : expression.trim();
    if (text.equals("-")) {
      return List.of(input -> Boolean.TRUE);
    }
    List<String> parts = splitTopLevel(text);
    if (parts == null || parts.isEmpty()) {
      return UNSUPPORTED_TESTS;
    }
    List<UnaryTest> tests = new ArrayList<>();
    for (String part : parts) {
      UnaryTest test = compileUnaryTest(part.trim());
      if (test == null) {
        return UNSUPPORTED_TESTS;
      }
      tests.add(test);
    }
    return List.copyOf(tests);
  }

  private static UnaryTest compileUnaryTest(String text) {
    if (text.equals("true") || text.equals("false")) {
      Boolean expected = Boolean.valueOf(text);
      return input -> input instanceof Boolean ? expected.equals(input) : null;
    }
    String string = stringLiteral(text);
    if (string != null) {
      return input -> input instanceof String ? string.equals(input) : null;
    }
    if (INTEGER.matcher(text).matches()) {
      long expected = Long.parseLong(text);
      return input -> whole(input) == null ? null : whole(input) == expected;
    }
    Matcher comparison = COMPARISON.matcher(text);
    if (comparison.matches()) {
      String operator = comparison.group(1);
      long bound = Long.parseLong(comparison.group(2));
      return input -> {
        Long value = whole(input);
        if (value == null) {
          return null;
        }
        return switch (operator) {
          case "<" -> value < bound;
          case "<=" -> value <= bound;
          case ">" -> value > bound;
          default -> value >= bound;
        };
      };
    }
    Matcher range = RANGE.matcher(text);
    if (range.matches()) {
      boolean startIncluded = range.group(1).equals("[");
      long start = Long.parseLong(range.group(2));
      long end = Long.parseLong(range.group(3));
      boolean endIncluded = range.group(4).equals("]");
      return input -> {
        Long value = whole(input);
        if (value == null) {
          return null;
        }
        return (startIncluded ? value >= start : value > start) && (endIncluded ? value <= end : value < end);
      };
    }
    return null;
  }

  private static Long whole(Object input) {
    if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
      return ((Number) input).longValue();
    }
    return null;
  }

  /** The content of {@code "..."} with no escapes and no inner quote, else null. */
  private static String stringLiteral(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      String content = text.substring(1, text.length() - 1);
      if (content.indexOf('"') < 0 && content.indexOf('\\') < 0) {
        return content;
      }
    }
    return null;
  }

  /** Splits on commas outside string literals and brackets; null if quotes or brackets are unbalanced. */
  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == ']')) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (quoted) {
      return null;
    }
    parts.add(text.substring(start));
    return parts;
  }
}
