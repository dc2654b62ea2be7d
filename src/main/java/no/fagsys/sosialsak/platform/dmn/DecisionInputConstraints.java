package no.fagsys.sosialsak.platform.dmn;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The value ranges that decision inputs must respect, by variable name, in addition to being present and
 * not null. Kept deliberately small: only what the SPEC (§ 3) fixes and a type check cannot express.
 * A value that violates a constraint fails the evaluation with a {@link DecisionInputException}.
 */
public final class DecisionInputConstraints {

  /** A requirement on one input: a test and the Norwegian wording of what it requires. */
  public record Constraint(Predicate<Object> test, String requirement) {}

  /** Service values of SPEC § 3.4 ({@code tjeneste}). */
  public static final Set<String> TJENESTER = Set.of(
      "OPPLYSNING_RAD_VEILEDNING", "OKONOMISK_STONAD", "MIDLERTIDIG_BOTILBUD",
      "INDIVIDUELL_PLAN", "KVALIFISERINGSPROGRAM", "INTRODUKSJONSPROGRAM_FORLENGELSE");

  /** Residence-rights levels of SPEC § 3.2 ({@code rettighetsniva}). */
  public static final Set<String> RETTIGHETSNIVAER = Set.of(
      "FULLE", "BEGRENSEDE", "MER_BEGRENSEDE", "MEST_BEGRENSEDE");

  /** The constraints installed in production and in the tests. */
  public static final DecisionInputConstraints DEFAULT = new DecisionInputConstraints(Map.of(
      "alder", new Constraint(DecisionInputConstraints::isNonNegativeWholeNumber,
          "må være et helt antall år, 0 eller mer"),
      "tjeneste", new Constraint(TJENESTER::contains,
          "må være en av " + String.join(", ", TJENESTER.stream().sorted().toList())),
      "rettighetsniva", new Constraint(RETTIGHETSNIVAER::contains,
          "må være en av " + String.join(", ", RETTIGHETSNIVAER.stream().sorted().toList()))));

  private final Map<String, Constraint> constraints;

  public DecisionInputConstraints(Map<String, Constraint> constraints) {
    this.constraints = Map.copyOf(constraints);
  }

  /** Throws {@link DecisionInputException} when {@code value} (never null here) breaks the input's constraint. */
  void check(String inputName, Object value) {
    Constraint constraint = constraints.get(inputName);
    if (constraint != null && !constraint.test().test(value)) {
      throw DecisionInputException.invalid(inputName, value, constraint.requirement());
    }
  }

  private static boolean isNonNegativeWholeNumber(Object value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return false;
    }
    return number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0;
  }
}
