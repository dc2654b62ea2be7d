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
 * Sosialtjenesteloven § 27: midlertidig botilbud.
 * Table: decisions/rettTilMidlertidigBotilbud.dmn, decision {@code rettTilMidlertidigBotilbud}; rows: src/test/resources/decisions/rettTilMidlertidigBotilbud.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettTilMidlertidigBotilbudTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettTilMidlertidigBotilbud.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettTilMidlertidigBotilbud(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettTilMidlertidigBotilbud", rad));
  }
}
