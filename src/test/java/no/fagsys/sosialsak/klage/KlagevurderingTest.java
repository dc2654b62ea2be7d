package no.fagsys.sosialsak.klage;

import no.fagsys.sosialsak.platform.dmn.DecisionCsv;
import no.fagsys.sosialsak.platform.dmn.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Forvaltningsloven §§ 28–33: kan klagen realitetsbehandles.
 * Table: decisions/klagevurdering.dmn, decision {@code klagevurdering}; rows: src/test/resources/decisions/klagevurdering.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class KlagevurderingTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/klagevurdering.csv", useHeadersInDisplayName = true, nullValues = "null")
  void klagevurdering(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("klagevurdering", rad));
  }
}
