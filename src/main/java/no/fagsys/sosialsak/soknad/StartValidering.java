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
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{11}");

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

  void pseudonym(ProcessVariable<String> variable) {
    String value = required(variable);
    if (value != null && NATIONAL_ID.matcher(value.replace(" ", "")).matches()) {
      problems.add(variable.name() + ": bruk en pseudonym søkerreferanse, ikke fødselsnummer");
    }
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
