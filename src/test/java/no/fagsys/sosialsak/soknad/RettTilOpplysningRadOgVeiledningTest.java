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
 * Sosialtjenesteloven § 17: opplysning, råd og veiledning.
 * Table: decisions/rettTilOpplysningRadOgVeiledning.dmn, decision {@code rettTilOpplysningRadOgVeiledning}; rows: src/test/resources/decisions/rettTilOpplysningRadOgVeiledning.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettTilOpplysningRadOgVeiledningTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettTilOpplysningRadOgVeiledning.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettTilOpplysningRadOgVeiledning(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettTilOpplysningRadOgVeiledning", rad));
  }
}
