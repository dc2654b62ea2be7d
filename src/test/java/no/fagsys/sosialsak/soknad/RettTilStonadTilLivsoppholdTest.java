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
 * Sosialtjenesteloven § 18: stønad til livsopphold.
 * Table: decisions/rettTilStonadTilLivsopphold.dmn, decision {@code rettTilStonadTilLivsopphold}; rows: src/test/resources/decisions/rettTilStonadTilLivsopphold.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettTilStonadTilLivsoppholdTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettTilStonadTilLivsopphold.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettTilStonadTilLivsopphold(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettTilStonadTilLivsopphold", rad));
  }
}
