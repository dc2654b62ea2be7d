package no.fagsys.sosialsak.tilgang;

import no.fagsys.sosialsak.platform.dmn.DecisionCsv;
import no.fagsys.sosialsak.platform.dmn.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Sosialtjenesteloven § 3: hvilken kommune har ansvaret.
 * Table: decisions/ansvarligKommune.dmn, decision {@code ansvarligKommune}; rows: src/test/resources/decisions/ansvarligKommune.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class AnsvarligKommuneTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/ansvarligKommune.csv", useHeadersInDisplayName = true, nullValues = "null")
  void ansvarligKommune(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("ansvarligKommune", rad));
  }
}
