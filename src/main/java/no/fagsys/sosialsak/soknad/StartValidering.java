package no.fagsys.sosialsak.soknad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Collects every problem with a set of variables and refuses them together, each message naming its field, so a
 * caller fixes all at once. Nothing is saved: the exception rolls back the start or the task completion.
 */
final class StartValidering {

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  StartValidering(VariableScope scope) {
    this.scope = scope;
  }

  private <T> T read(ProcessVariable<T> variable) {
    try {
      return variable.get(scope);
    } catch (ProcessEngineException wrongType) {
      problems.add(variable.name() + ": har feil type, forventet " + variable.type().getSimpleName());
      return null;
    }
  }

  <T> T required(ProcessVariable<T> variable) {
    T value = read(variable);
    if (value == null && problems.stream().noneMatch(p -> p.startsWith(variable.name() + ":"))) {
      problems.add(variable.name() + ": mangler");
    }
    return value;
  }

  <E extends Enum<E>> E oneOf(ProcessVariable<String> variable, Class<E> values) {
    String value = required(variable);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(values, value);
    } catch (IllegalArgumentException e) {
      problems.add(variable.name() + ": ugyldig verdi '" + value + "', gyldige verdier er "
          + Arrays.toString(values.getEnumConstants()));
      return null;
    }
  }

  String kommunenummer(ProcessVariable<String> variable) {
    String value = required(variable);
    if (value != null && !FOUR_DIGITS.matcher(value).matches()) {
      problems.add(variable.name() + ": et kommunenummer har fire sifre");
    }
    return value;
  }

  LocalDate dateNotAfter(ProcessVariable<LocalDate> variable, LocalDate latest) {
    Object raw = scope.getVariable(variable.name());
    if (raw == null) {
      problems.add(variable.name() + ": mangler");
      return null;
    }
    LocalDate value = ProcessVariable.parseDate(raw);
    if (value == null) {
      problems.add(variable.name() + ": er ikke en dato på formen åååå-mm-dd");
    } else if (value.isAfter(latest)) {
      problems.add(variable.name() + ": kan ikke være etter dagens dato");
    }
    return value;
  }

  Integer nonNegative(ProcessVariable<Integer> variable) {
    Integer value = required(variable);
    if (value != null && value < 0) {
      problems.add(variable.name() + ": kan ikke være negativt");
    }
    return value;
  }

  /** The longest applicant reference accepted, as on the domain API. */
  static final int MAX_REFERENCE = 64;

  /**
   * A pseudonymous applicant reference: at most {@value #MAX_REFERENCE} characters and never something that reads as
   * a national identity number, however written (spaces, dots or a dash between the parts, full-width or other
   * Unicode digits: the text is normalized (NFKC), spaces and dots dropped, and exactly eleven digits in a row, or
   * six and five around a dash, refused; a longer number, such as a time stamp, is not a national id).
   */
  void pseudonym(ProcessVariable<String> variable) {
    String value = required(variable);
    if (value == null) {
      return;
    }
    if (value.length() > MAX_REFERENCE) {
      problems.add(variable.name() + ": kan ikke være lengre enn " + MAX_REFERENCE + " tegn");
    }
    if (lesesSomFodselsnummer(value)) {
      problems.add(variable.name() + ": bruk en pseudonym søkerreferanse, ikke fødselsnummer");
    }
  }

  private static final Pattern FODSELSNUMMER = Pattern.compile("(?<!\\d)(\\d{11}|\\d{6}[-\u2010\u2011\u2013]\\d{5})(?!\\d)");

  static boolean lesesSomFodselsnummer(String value) {
    String normalized = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
    StringBuilder ascii = new StringBuilder();
    normalized.codePoints().forEach(cp -> {
      if (Character.isDigit(cp)) {
        ascii.append(Character.getNumericValue(cp));
      } else if (!Character.isWhitespace(cp) && cp != '.') {
        ascii.appendCodePoint(cp);
      }
    });
    return FODSELSNUMMER.matcher(ascii).find();
  }


  void requireText(ProcessVariable<String> variable, String why) {
    String value = read(variable);
    if (value == null || value.isBlank()) {
      problems.add(variable.name() + ": " + why);
    }
  }

  void problem(String field, String message) {
    problems.add(field + ": " + message);
  }

  void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Ugyldige opplysninger: " + String.join("; ", problems));
    }
  }
}
