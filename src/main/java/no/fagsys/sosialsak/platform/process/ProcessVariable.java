package no.fagsys.sosialsak.platform.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name and type declared once (in the process's constants class), read and written
 * as {@code SOKNADSDATO.get(execution)} / {@code .set(execution, value)}. Values are stored as the SPEC's types:
 * String, Boolean, Integer, and dates as ISO-8601 strings {@code yyyy-MM-dd} (what a Camunda Forms date field
 * submits), parsed to {@link LocalDate} here and nowhere else.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Class<T> type, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class, Object::toString, v -> v);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class, v -> v instanceof Boolean b ? b
        : v instanceof String s && (s.equals("true") || s.equals("false")) ? Boolean.valueOf(s) : null, v -> v);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class, v -> v instanceof Number n && n.longValue() == n.intValue()
        ? Integer.valueOf(n.intValue()) : null, v -> v);
  }

  /** A date stored as an ISO-8601 string {@code yyyy-MM-dd}. */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, LocalDate.class, ProcessVariable::parseDate, LocalDate::toString);
  }

  /**
   * The one place dates are parsed: an ISO date {@code yyyy-MM-dd} (also the date part of an ISO date-time such as
   * {@code 2026-03-13T00:00:00}), a {@link LocalDate}, or a {@link Date} (its UTC calendar day is not used: the
   * caller should not store {@code Date}s; accepted for robustness, read as the JVM's local day).
   */
  public static LocalDate parseDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value, or {@code null} when the variable is absent or null; a value of another type is an error. */
  public T get(VariableScope scope) {
    Object raw = scope.getVariable(name);
    if (raw == null) {
      return null;
    }
    T value = type.isInstance(raw) ? type.cast(raw) : reader.apply(raw);
    if (value == null) {
      throw new ProcessEngineException("Prosessvariabelen " + name + " har feil type: forventet "
          + type.getSimpleName() + ", fikk " + raw.getClass().getSimpleName() + ".");
    }
    return value;
  }

  /** A String variable's value with surrounding blanks removed, {@code null} when absent or blank. */
  public static String text(VariableScope scope, ProcessVariable<String> variable) {
    String value = variable.get(scope);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Sets the value (dates as ISO strings); {@code null} removes the variable. */
  public void set(VariableScope scope, T value) {
    if (value == null) {
      scope.removeVariable(name);
    } else {
      scope.setVariable(name, writer.apply(value));
    }
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
