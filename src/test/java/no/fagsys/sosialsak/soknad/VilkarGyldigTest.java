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
 * Sosialtjenesteloven § 20 andre ledd: kan vilkåret stilles.
 * Table: decisions/vilkarGyldig.dmn, decision {@code vilkarGyldig}; rows: src/test/resources/decisions/vilkarGyldig.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class VilkarGyldigTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/vilkarGyldig.csv", useHeadersInDisplayName = true, nullValues = "null")
  void vilkarGyldig(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("vilkarGyldig", rad));
  }
}
