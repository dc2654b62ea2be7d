package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.platform.dmn.DecisionCsv;
import no.fagsys.sosialsak.platform.dmn.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Grunnbeløpet i folketrygden (G), SPEC § 7 and sosialtjenesteloven § 35: the G valid on the day of
 * the calculation, newest first, each valid from 1 May. Table: decisions/grunnbelop.dmn; rows:
 * src/test/resources/decisions/grunnbelop.csv (columns and markers: {@link DecisionCsv}).
 */
class GrunnbelopTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/grunnbelop.csv", useHeadersInDisplayName = true, nullValues = "null")
  void grunnbelop(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("grunnbelop", rad));
  }
}
