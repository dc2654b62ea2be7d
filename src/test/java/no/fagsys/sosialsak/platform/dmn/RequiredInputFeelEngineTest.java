package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

class RequiredInputFeelEngineTest {

  private static final FeelEngine SCALA_FEEL = new ScalaFeelEngineFactory().createInstance();
  private static final FeelEngine GUARDED = new RequiredInputFeelEngine(SCALA_FEEL, DecisionInputConstraints.DEFAULT);

  @Test
  void camundasScalaFeelEvaluatesAMissingVariableToNullWithoutAnError() {
    // The reason for the guard: feel-scala 1.19 treats an unknown name as a suppressed failure (null).
    Object value = SCALA_FEEL.evaluateSimpleExpression("alder", context());

    assertThat(value).isNull();
  }

  @Test
  void aMissingInputIsAnErrorThatNamesIt() {
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression("alder", context()))
        .isInstanceOf(DecisionInputException.class)
        .hasMessage("Påkrevd input 'alder' mangler")
        .extracting("inputName", "problem").containsExactly("alder", DecisionInputException.Problem.MANGLER);
  }

  @Test
  void aNullInputIsAnErrorThatNamesIt() {
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression(" nodsituasjon ", context("nodsituasjon", null)))
        .isInstanceOf(DecisionInputException.class)
        .hasMessage("Påkrevd input 'nodsituasjon' er null");
  }

  @Test
  void aNegativeAgeIsAnErrorThatNamesIt() {
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression("alder", context("alder", -1)))
        .isInstanceOf(DecisionInputException.class)
        .hasMessage("Ugyldig input 'alder': -1 (må være et helt antall år, 0 eller mer)");
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression("alder", context("alder", 17.5)))
        .hasMessageContaining("'alder'");
  }

  @Test
  void anUnknownServiceOrResidenceLevelIsAnError() {
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression("tjeneste", context("tjeneste", "BARNEHAGE")))
        .hasMessageStartingWith("Ugyldig input 'tjeneste': BARNEHAGE (må være en av ");
    assertThatThrownBy(() -> GUARDED.evaluateSimpleExpression("rettighetsniva", context("rettighetsniva", "NOEN")))
        .hasMessageStartingWith("Ugyldig input 'rettighetsniva'");
  }

  @Test
  void aPresentValidInputIsEvaluatedByFeel() {
    assertThat((Object) GUARDED.evaluateSimpleExpression("alder", context("alder", 0))).isEqualTo(0L);
    assertThat((Object) GUARDED.evaluateSimpleExpression("tjeneste", context("tjeneste", "OKONOMISK_STONAD")))
        .isEqualTo("OKONOMISK_STONAD");
    assertThat((Object) GUARDED.evaluateSimpleExpression("nodsituasjon", context("nodsituasjon", false))).isEqualTo(false);
  }

  @Test
  void literalsAndCompoundExpressionsAreLeftToFeel() {
    assertThat((Object) GUARDED.evaluateSimpleExpression("true", context())).isEqualTo(true);
    assertThat((Object) GUARDED.evaluateSimpleExpression("null", context())).isNull();
    assertThat((Object) GUARDED.evaluateSimpleExpression("\"RETT\"", context())).isEqualTo("RETT");
    assertThat((Object) GUARDED.evaluateSimpleExpression("alder + 1", context("alder", 1))).isEqualTo(2L);
    assertThat(GUARDED.evaluateSimpleUnaryTests("[18..67]", "cellInput", context("cellInput", 18))).isTrue();
  }

  private static VariableContext context(Object... namesAndValues) {
    var variables = Variables.createVariables();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables.asVariableContext();
  }
}
