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
 * Tilgang til tjenesten etter oppholdsstatus, evaluert som DRD fra de fire oppholdsfaktaene.
 * Table: decisions/tilgangTilTjeneste.dmn, decision {@code tilgangTilTjeneste}; rows: src/test/resources/decisions/tilgangTilTjeneste.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class TilgangTilTjenesteTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/tilgangTilTjeneste.csv", useHeadersInDisplayName = true, nullValues = "null")
  void tilgangTilTjeneste(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("tilgangTilTjeneste", rad));
  }
}
