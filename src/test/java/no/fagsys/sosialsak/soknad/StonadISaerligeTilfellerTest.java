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
 * Sosialtjenesteloven § 19: stønad i særlige tilfeller.
 * Table: decisions/stonadISaerligeTilfeller.dmn, decision {@code stonadISaerligeTilfeller}; rows: src/test/resources/decisions/stonadISaerligeTilfeller.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class StonadISaerligeTilfellerTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/stonadISaerligeTilfeller.csv", useHeadersInDisplayName = true, nullValues = "null")
  void stonadISaerligeTilfeller(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("stonadISaerligeTilfeller", rad));
  }
}
