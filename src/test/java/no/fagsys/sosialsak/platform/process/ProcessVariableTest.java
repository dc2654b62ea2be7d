package no.fagsys.sosialsak.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

  static final ProcessVariable<String> NAVN = ProcessVariable.string("navn");
  static final ProcessVariable<Boolean> SVAR = ProcessVariable.bool("svar");
  static final ProcessVariable<Integer> ANTALL = ProcessVariable.integer("antall");
  static final ProcessVariable<LocalDate> DATO = ProcessVariable.date("dato");

  /** A variable scope on a map: get, set, has and remove, no engine. */
  static VariableScope scope() {
    Map<String, Object> variables = new HashMap<>();
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getVariable" -> variables.get((String) args[0]);
          case "setVariable" -> variables.put((String) args[0], args[1]);
          case "hasVariable" -> variables.containsKey((String) args[0]);
          case "removeVariable" -> variables.remove((String) args[0]);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void typedValuesAreReadAndWrittenAndDatesStoredAsIsoStrings() {
    VariableScope scope = scope();
    NAVN.set(scope, "Kari");
    SVAR.set(scope, true);
    ANTALL.set(scope, 2);
    DATO.set(scope, LocalDate.of(2026, 3, 13));
    assertThat(NAVN.get(scope)).isEqualTo("Kari");
    assertThat(SVAR.get(scope)).isTrue();
    assertThat(ANTALL.get(scope)).isEqualTo(2);
    assertThat(scope.getVariable("dato")).isEqualTo("2026-03-13");
    assertThat(DATO.get(scope)).isEqualTo(LocalDate.of(2026, 3, 13));
    NAVN.set(scope, null);
    assertThat(scope.hasVariable("navn")).isFalse();
    assertThat(NAVN.get(scope)).isNull();
  }

  @Test
  void formAndRestValuesAreAccepted() {
    VariableScope scope = scope();
    scope.setVariable("svar", "false");
    scope.setVariable("antall", 3L);
    scope.setVariable("dato", "2026-04-07T00:00:00");
    scope.setVariable("navn", "  ");
    assertThat(SVAR.get(scope)).isFalse();
    assertThat(ANTALL.get(scope)).isEqualTo(3);
    assertThat(DATO.get(scope)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(ProcessVariable.text(scope, NAVN)).isNull();
  }

  @Test
  void aValueOfTheWrongTypeNamesTheVariable() {
    VariableScope scope = scope();
    scope.setVariable("antall", "mange");
    scope.setVariable("dato", "13.03.2026");
    assertThatThrownBy(() -> ANTALL.get(scope)).isInstanceOf(ProcessEngineException.class).hasMessageContaining("antall");
    assertThatThrownBy(() -> DATO.get(scope)).hasMessageContaining("dato");
  }
}
