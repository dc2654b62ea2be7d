package no.fagsys.sosialsak.platform.dmn;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A FEEL engine that refuses to evaluate a decision with a missing, null or out-of-range input, and
 * otherwise delegates to the engine it wraps (Camunda's Scala FEEL engine).
 *
 * <p>Why: feel-scala (1.19, in Camunda 7.24) evaluates a name that is not in the context to {@code null}
 * (a "suppressed failure"), and Camunda's {@code ScalaFeelEngine} drops that failure without even a log
 * line, so a decision table with a missing input silently matches no rule or a rule for {@code null}.
 * SPEC § 3 requires an error instead.
 *
 * <p>How: an input expression of our tables is always a plain variable name ({@code alder}). For every
 * simple expression that is a plain name (and not a FEEL literal such as {@code true} or {@code null}),
 * the variable must be in the context and not null, and must respect {@link DecisionInputConstraints}.
 * Output entries are string or boolean literals and pass untouched; unary tests (input entries) are
 * never checked.
 */
public class RequiredInputFeelEngine implements FeelEngine {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> FEEL_KEYWORDS = Set.of(
      "true", "false", "null", "not", "and", "or", "if", "then", "else", "for", "in", "return",
      "some", "every", "satisfies", "between", "instance", "of", "function", "external");
  /** Marks an expression that is not a plain variable name in {@link #plainNames}. */
  private static final String NOT_A_NAME = "";

  private final FeelEngine delegate;
  private final DecisionInputConstraints constraints;
  /** Expression text → the variable name it consists of, or {@link #NOT_A_NAME}. Bounded by the deployed models. */
  private final Map<String, String> plainNames = new ConcurrentHashMap<>();

  public RequiredInputFeelEngine(FeelEngine delegate, DecisionInputConstraints constraints) {
    this.delegate = delegate;
    this.constraints = constraints;
  }

  @Override
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    String name = plainNames.computeIfAbsent(expression, RequiredInputFeelEngine::plainName);
    if (!name.isEmpty()) {
      requirePresent(name, variableContext);
    }
    return delegate.evaluateSimpleExpression(expression, variableContext);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    return delegate.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  private void requirePresent(String name, VariableContext variableContext) {
    if (!variableContext.containsVariable(name)) {
      throw DecisionInputException.missing(name);
    }
    TypedValue typedValue = variableContext.resolve(name);
    Object value = typedValue == null ? null : typedValue.getValue();
    if (value == null) {
      throw DecisionInputException.isNull(name);
    }
    constraints.check(name, value);
  }

  static String plainName(String expression) {
    if (expression == null) {
      return NOT_A_NAME;
    }
    String trimmed = expression.trim();
    return PLAIN_NAME.matcher(trimmed).matches() && !FEEL_KEYWORDS.contains(trimmed) ? trimmed : NOT_A_NAME;
  }
}
