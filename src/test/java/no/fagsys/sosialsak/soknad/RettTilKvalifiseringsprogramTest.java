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
 * Sosialtjenesteloven § 29: kvalifiseringsprogram (aldersgrensene 17/18 og 67/68).
 * Table: decisions/rettTilKvalifiseringsprogram.dmn, decision {@code rettTilKvalifiseringsprogram}; rows: src/test/resources/decisions/rettTilKvalifiseringsprogram.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettTilKvalifiseringsprogramTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettTilKvalifiseringsprogram.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettTilKvalifiseringsprogram(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettTilKvalifiseringsprogram", rad));
  }
}
