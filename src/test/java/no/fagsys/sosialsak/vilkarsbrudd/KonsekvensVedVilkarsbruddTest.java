package no.fagsys.sosialsak.vilkarsbrudd;

import no.fagsys.sosialsak.platform.dmn.DecisionCsv;
import no.fagsys.sosialsak.platform.dmn.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Sosialtjenesteloven § 20 tredje ledd: konsekvens ved vilkårsbrudd.
 * Table: decisions/konsekvensVedVilkarsbrudd.dmn, decision {@code konsekvensVedVilkarsbrudd}; rows: src/test/resources/decisions/konsekvensVedVilkarsbrudd.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class KonsekvensVedVilkarsbruddTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/konsekvensVedVilkarsbrudd.csv", useHeadersInDisplayName = true, nullValues = "null")
  void konsekvensVedVilkarsbrudd(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("konsekvensVedVilkarsbrudd", rad));
  }
}
