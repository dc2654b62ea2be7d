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
 * Integreringsloven: forlengelse av introduksjonsprogrammet.
 * Table: decisions/forlengelseIntroduksjonsprogram.dmn, decision {@code forlengelseIntroduksjonsprogram}; rows: src/test/resources/decisions/forlengelseIntroduksjonsprogram.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class ForlengelseIntroduksjonsprogramTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/forlengelseIntroduksjonsprogram.csv", useHeadersInDisplayName = true, nullValues = "null")
  void forlengelseIntroduksjonsprogram(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("forlengelseIntroduksjonsprogram", rad));
  }
}
