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
 * Statlige veiledende retningslinjer for økonomisk stønad til livsopphold (SPEC § 7): the rates valid on the day of
 * the calculation, newest first, each valid from its first day. Table: decisions/satserLivsopphold.dmn; rows:
 * src/test/resources/decisions/satserLivsopphold.csv (columns and markers: {@link DecisionCsv}).
 */
class SatserLivsoppholdTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/satserLivsopphold.csv", useHeadersInDisplayName = true, nullValues = "null")
  void satserLivsopphold(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("satserLivsopphold", rad));
  }
}
