package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The fast path must give feel-scala's answer or step aside. Differential: every expression of every file
 * in {@code decisions/} is evaluated both ways over typical and boundary values.
 */
class FastPathFeelEngineTest {

  private static final FeelEngine SCALA_FEEL = new ScalaFeelEngineFactory().createInstance();

  /** Input values to try every input entry with: every type our tables use, boundaries, and mismatches. */
  private static final List<Object> SAMPLE_INPUTS = samples();

  @Test
  void everyInputEntryOfOurTablesGetsFeelScalasAnswerOrIsDelegated() {
    List<String> mismatches = new ArrayList<>();
    for (String entry : texts(InputEntry.class)) {
      assertThat(FastPathFeelEngine.compileUnaryTests(entry)).as("input entry %s på hurtigstien", entry).isNotEmpty();
      for (Object input : SAMPLE_INPUTS) {
        Boolean fast = decide(entry, input);
        if (fast == null) {
          continue;
        }
        Boolean scala = scalaUnaryTests(entry, input);
        if (!fast.equals(scala)) {
          mismatches.add(entry + " med " + input + ": hurtigsti " + fast + ", feel-scala " + scala);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyOutputEntryOfOurTablesIsAConstantThatFeelScalaEvaluatesTheSame() {
    VariableContext empty = Variables.createVariables().asVariableContext();
    for (String entry : texts(OutputEntry.class)) {
      Object fast = FastPathFeelEngine.compileExpression(entry).evaluate(empty);
      assertThat(fast).as(entry).isEqualTo((Object) SCALA_FEEL.evaluateSimpleExpression(entry, empty));
    }
  }

  @Test
  void aVariableIsReturnedAsFeelScalaReturnsIt() {
    FastPathFeelEngine engine = new FastPathFeelEngine(SCALA_FEEL);
    for (Object value : List.of(17, 0L, (short) 3, true, "OKONOMISK_STONAD", "")) {
      VariableContext context = Variables.createVariables().putValue("x", value).asVariableContext();
      assertThat((Object) engine.evaluateSimpleExpression("x", context))
          .as("x = %s", value).isEqualTo((Object) SCALA_FEEL.evaluateSimpleExpression("x", context));
    }
  }

  @Test
  void whatTheFastPathDoesNotKnowGoesToFeelScala() {
    FastPathFeelEngine engine = new FastPathFeelEngine(SCALA_FEEL);
    VariableContext context = Variables.createVariables().putValue("x", 2.5).putValue("cellInput", 2.5)
        .putValue("s", "a\"b").asVariableContext();

    assertThat((Object) engine.evaluateSimpleExpression("x + 1", context)).isEqualTo(3.5);
    assertThat((Object) engine.evaluateSimpleExpression("x", context)).isEqualTo(2.5);
    assertThat((Object) engine.evaluateSimpleExpression("\"a\\\"b\"", context)).isEqualTo("a\"b");
    assertThat(engine.evaluateSimpleUnaryTests("[2..3]", "cellInput", context)).isTrue();
    assertThat(engine.evaluateSimpleUnaryTests("not(< 3)", "cellInput", context)).isFalse();
    assertThat(FastPathFeelEngine.compileUnaryTests("not(< 3)")).isEmpty();
    assertThat(FastPathFeelEngine.compileUnaryTests("date(\"2024-01-01\")")).isEmpty();
    assertThat(FastPathFeelEngine.compileUnaryTests("\"a, b")).isEmpty();
  }

  @Test
  void rangesAndComparisonsFollowFeel() {
    for (String test : List.of("[18..67]", "(18..67)", "]18..67[", "[18..67)", "(18..67]", "< 18, > 67", "<= 18",
        ">= 67", "18", "-1, 0", "-")) {
      for (int value : List.of(-1, 0, 17, 18, 19, 66, 67, 68)) {
        assertThat(decide(test, value))
            .as("%s med %s", test, value).isEqualTo(scalaUnaryTests(test, value));
      }
    }
  }

  /** The fast path's answer, or null where it hands the test to feel-scala. */
  private static Boolean decide(String expression, Object input) {
    FastPathFeelEngine engine = new FastPathFeelEngine(new FeelEngine() {
      @Override
      public <T> T evaluateSimpleExpression(String text, VariableContext variableContext) {
        throw new DelegatedException();
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String text, String inputVariable, VariableContext variableContext) {
        throw new DelegatedException();
      }
    });
    try {
      return engine.evaluateSimpleUnaryTests(expression, "cellInput",
          Variables.createVariables().putValue("cellInput", input).asVariableContext());
    } catch (DelegatedException e) {
      return null;
    }
  }

  private static Boolean scalaUnaryTests(String expression, Object input) {
    try {
      return SCALA_FEEL.evaluateSimpleUnaryTests(expression, "cellInput",
          Variables.createVariables().putValue("cellInput", input).asVariableContext());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final class DelegatedException extends RuntimeException {
  }

  private static Set<String> texts(Class<? extends ModelElementInstance> type) {
    Set<String> texts = new TreeSet<>();
    for (String file : DecisionTables.filesOnClasspath()) {
      DecisionTables.model(file).getModelElementsByType(type).forEach(element ->
          texts.add(element.getUniqueChildElementByType(Text.class).getTextContent()));
    }
    return texts;
  }

  private static List<Object> samples() {
    List<Object> samples = new ArrayList<>(List.of(true, false, -1, 0, 17, 18, 29, 30, 67, 68, 120, 18L, (short) 18, 18.0, ""));
    samples.addAll(DecisionInputConstraints.TJENESTER);
    samples.addAll(DecisionInputConstraints.RETTIGHETSNIVAER);
    samples.add("UKJENT");
    return samples;
  }
}
