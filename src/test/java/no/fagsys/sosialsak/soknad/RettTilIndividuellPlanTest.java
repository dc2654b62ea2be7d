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
 * Sosialtjenesteloven §§ 28 og 33: individuell plan.
 * Table: decisions/rettTilIndividuellPlan.dmn, decision {@code rettTilIndividuellPlan}; rows: src/test/resources/decisions/rettTilIndividuellPlan.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class RettTilIndividuellPlanTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/rettTilIndividuellPlan.csv", useHeadersInDisplayName = true, nullValues = "null")
  void rettTilIndividuellPlan(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("rettTilIndividuellPlan", rad));
  }
}
