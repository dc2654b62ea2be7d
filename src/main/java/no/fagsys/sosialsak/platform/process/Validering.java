package no.fagsys.sosialsak.platform.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one validation guard of every entry point that writes variables (a process start, a task completion, a step
 * that checks what it was given; the domain API starts processes, so its writes pass here too): reads the variables
 * through the process packages' typed constants ({@link ProcessVariable}), collects every problem, each naming its
 * field, and refuses them together, so the caller fixes all at once. Nothing is saved: the exception (a
 * {@link BadUserRequestException}, 400 on the REST APIs) rolls back the start or the completion.
 */
public final class Validering {

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public Validering(VariableScope scope) {
    this.scope = scope;
  }

  /** The value, or {@code null} when absent or of the wrong type (a problem then). */
  public <T> T read(ProcessVariable<T> variable) {
    try {
      return variable.get(scope);
    } catch (ProcessEngineException wrongType) {
      problems.add(variable.name() + ": har feil type, forventet " + typenavn(variable.type()));
      return null;
    }
  }

  public <T> T required(ProcessVariable<T> variable) {
    T value = read(variable);
    if (value == null && problems.stream().noneMatch(p -> p.startsWith(variable.name() + ":"))) {
      problems.add(variable.name() + ": mangler");
    }
    return value;
  }

  public <E extends Enum<E>> E oneOf(ProcessVariable<String> variable, Class<E> values) {
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

  public String kommunenummer(ProcessVariable<String> variable) {
    String value = required(variable);
    if (value != null && !FOUR_DIGITS.matcher(value).matches()) {
      problems.add(variable.name() + ": et kommunenummer har fire sifre");
    }
    return value;
  }

  public LocalDate dateNotAfter(ProcessVariable<LocalDate> variable, LocalDate latest) {
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

  public Integer nonNegative(ProcessVariable<Integer> variable) {
    Integer value = required(variable);
    if (value != null && value < 0) {
      problems.add(variable.name() + ": kan ikke være negativt");
    }
    return value;
  }

  /** The longest applicant reference accepted, as on the domain API. */
  public static final int MAX_REFERENCE = 64;

  /**
   * A pseudonymous applicant reference: at most {@value #MAX_REFERENCE} characters and never something that reads as
   * a national identity number, however written (spaces, dots or a dash between the parts, full-width or other
   * Unicode digits: the text is normalized (NFKC), spaces and dots dropped, and exactly eleven digits in a row, or
   * six and five around a dash, refused; a longer number, such as a time stamp, is not a national id).
   */
  public void pseudonym(ProcessVariable<String> variable) {
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

  public static boolean lesesSomFodselsnummer(String value) {
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


  public void requireText(ProcessVariable<String> variable, String why) {
    String value = read(variable);
    if (value == null || value.isBlank()) {
      problems.add(variable.name() + ": " + why);
    }
  }

  private static String typenavn(Class<?> type) {
    if (type == String.class) {
      return "tekst";
    }
    if (type == Boolean.class) {
      return "ja/nei";
    }
    if (type == Integer.class || type == Long.class) {
      return "et heltall";
    }
    if (type == LocalDate.class) {
      return "en dato på formen åååå-mm-dd";
    }
    return type.getSimpleName();
  }

  /** A text that is given and not blank, stripped; {@code "mangler"} otherwise. */
  public String requiredText(ProcessVariable<String> variable) {
    String value = read(variable);
    if ((value == null || value.isBlank()) && !hasProblem(variable.name())) {
      problems.add(variable.name() + ": mangler");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A problem with the field, {@code "field: message"}. */
  public void problem(String field, String message) {
    problems.add(field + ": " + message);
  }

  /** A problem said as a sentence that names its field itself. */
  public void problem(String sentence) {
    problems.add(sentence);
  }

  /** Whether a problem with the field is already noted. */
  public boolean hasProblem(String field) {
    return problems.stream().anyMatch(p -> p.startsWith(field + ":"));
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public void throwIfInvalid() {
    throwIfInvalid("Ugyldige opplysninger");
  }

  /** Refuses all problems at once: {@code "intro: problem; problem"} (sentences joined by a space). */
  public void throwIfInvalid(String intro) {
    throwIfInvalid(intro, BadUserRequestException::new);
  }

  /** As {@link #throwIfInvalid(String)}, with the process's own refusal type. */
  public void throwIfInvalid(String intro, Function<String, ? extends BadUserRequestException> refusal) {
    if (!problems.isEmpty()) {
      throw refusal.apply(intro + ": " + message());
    }
  }

  private String message() {
    StringBuilder message = new StringBuilder();
    for (String problem : problems) {
      if (!message.isEmpty()) {
        message.append(message.charAt(message.length() - 1) == '.' ? " " : "; ");
      }
      message.append(problem);
    }
    return message.toString();
  }
}
