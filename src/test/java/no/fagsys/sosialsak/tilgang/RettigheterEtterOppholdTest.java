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
 * Sosialtjenesteloven § 2 og forskriften om personer uten fast bopel: rettigheter etter oppholdsstatus (evaluert alene, uten DRD-en rundt).
 * Table: decisions/tilgangTilTjeneste.dmn, decision {@code rettigheterEtterOpphold}; rows: src/test/resources/decisions/rettigheterEtterOpphold.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettigheterEtterOppholdTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettigheterEtterOpphold.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettigheterEtterOpphold(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettigheterEtterOpphold", rad));
  }
}
