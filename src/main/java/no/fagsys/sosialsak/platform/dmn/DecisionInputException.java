package no.fagsys.sosialsak.platform.dmn;

import org.camunda.bpm.dmn.feel.impl.FeelException;

/**
 * A decision was evaluated with a required input that is missing, null or outside its declared range.
 *
 * <p>It is a {@link FeelException}, the exception the DMN engine already expects from expression
 * evaluation, so it fails the evaluation everywhere a decision is evaluated: a standalone
 * {@code DmnEngine}, the process engine's {@code DecisionService} and business rule tasks. The message is
 * Norwegian (it may reach a caseworker in Cockpit or Tasklist) and always names the input in quotes, e.g.
 * {@code Påkrevd input 'alder' mangler}.
 */
public class DecisionInputException extends FeelException {

  /** Why the input was refused. */
  public enum Problem {
    MANGLER,
    NULL,
    UGYLDIG
  }

  private final String inputName;
  private final Problem problem;

  private DecisionInputException(String inputName, Problem problem, String message) {
    super(message);
    this.inputName = inputName;
    this.problem = problem;
  }

  static DecisionInputException missing(String inputName) {
    return new DecisionInputException(inputName, Problem.MANGLER,
        "Påkrevd input '" + inputName + "' mangler");
  }

  static DecisionInputException isNull(String inputName) {
    return new DecisionInputException(inputName, Problem.NULL,
        "Påkrevd input '" + inputName + "' er null");
  }

  static DecisionInputException invalid(String inputName, Object value, String requirement) {
    return new DecisionInputException(inputName, Problem.UGYLDIG,
        "Ugyldig input '" + inputName + "': " + value + " (" + requirement + ")");
  }

  /** The variable name of the refused input, as written in the decision table's input expression. */
  public String getInputName() {
    return inputName;
  }

  public Problem getProblem() {
    return problem;
  }
}
